/**
 * The pane's working state: what the document holds, what the user asked for, and what happened.
 * While its tab is shown, it reads the document when the tab appears and whenever the pane gets focus (the
 * moment before a click), so that each insertion itself costs a single round trip to Word.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Profile } from "../../core/profile/types";
import type { AnswerPrefill, DocumentGateway, DocumentState, InsertResult } from "../../core/document/gateway";
import { hasAnswer } from "../../core/document/outline";
import type { QuestionContent } from "../../core/ooxml/document";
import { failureNotice, type Notice } from "./notices";
import { sectionTitle } from "../../core/profile/sections";

/** Values and document properties a new answer starts with (from the inquiry form). */

export type PendingConfirmation = { kind: "answer"; prefill: AnswerPrefill } | { kind: "section"; sectionId: string };

function placementNotice(result: InsertResult, profile: Profile): Notice {
  const { placement } = result;
  switch (placement.location) {
    case "afterCursorParagraph":
      return { intent: "success", key: "insertedAtCursor" };
    case "beforeCursorParagraph":
      return { intent: "success", key: "insertedAtCursorParagraph" };
    case "sectionEnd": {
      const section = sectionTitle(profile, placement.sectionId);
      return placement.firstNumber === placement.lastNumber
        ? { intent: "success", key: "questionAdded", params: { number: placement.firstNumber, section } }
        : {
            intent: "success",
            key: "questionsAdded",
            params: { first: placement.firstNumber, last: placement.lastNumber, section },
          };
    }
    case "documentEnd": {
      const keys = {
        insideControl: "insertedAtEndInsideControl",
        insideTable: "insertedAtEndInsideTable",
        outsideMainBody: "insertedAtEndOutsideBody",
      } as const;
      return { intent: "warning", key: keys[placement.reason] };
    }
  }
}

/** The insert tab's working state and actions. */
export interface AnswerDocumentModel {
  /** What the document holds, as last read; null before the first read. */
  state: DocumentState | null;
  /** An insertion is under way. */
  busy: boolean;
  notice: Notice | null;
  /** An insertion waiting for the user's confirmation (it would double an answer or a section). */
  pending: PendingConfirmation | null;
  /** Inserts the whole answer at the cursor, asking first when the document already holds one. */
  /** True when the answer went in now; false when it waits for a confirmation or failed (the notice says why). */
  insertAnswer: (prefill?: AnswerPrefill) => Promise<boolean>;
  /** Inserts a section, asking first when the document already holds it. */
  insertSection: (sectionId: string) => Promise<void>;
  /** Appends a blank question pair to a section; true when complete. */
  appendQuestion: (sectionId: string) => Promise<boolean>;
  /** Appends question pairs to a section; true when complete. */
  appendQuestions: (sectionId: string, pairs: QuestionContent[]) => Promise<boolean>;
  readSelectedText: () => Promise<string>;
  /** Runs the pending insertion. */
  confirm: () => Promise<void>;
  /** Drops the pending insertion. */
  cancel: () => void;
  dismissNotice: () => void;
}

export function useAnswerDocument(gateway: DocumentGateway, profile: Profile, visible = true): AnswerDocumentModel {
  const [state, setState] = useState<DocumentState | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  const reading = useRef<Promise<DocumentState> | null>(null);

  /** One read at a time; callers share a read already under way. */
  const refresh = useCallback((): Promise<DocumentState> => {
    if (!reading.current) {
      reading.current = gateway
        .readState()
        .then((next) => {
          setState(next);
          return next;
        })
        .finally(() => {
          reading.current = null;
        });
    }
    return reading.current;
  }, [gateway]);

  // Hidden behind the check tab, the pane reads nothing for this tab: one round trip per focus, not two.
  useEffect(() => {
    if (!visible) return undefined;
    const onFocus = () => void refresh().catch(() => undefined); // a failed background read is retried on the next focus
    refresh().catch((error) => setNotice(failureNotice(error)));
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refresh, visible]);

  const currentState = useCallback(
    () => reading.current ?? (state ? Promise.resolve(state) : refresh()),
    [refresh, state],
  );

  /**
   * Runs an insertion and reports where it went and whether Word kept it where it belongs. The insertion's round
   * trip also brought the document's new state, so nothing is read again. True when complete.
   */
  const run = useCallback(
    async (
      insert: (s: DocumentState) => Promise<InsertResult>,
      countBefore: (s: DocumentState) => number,
    ): Promise<boolean> => {
      setBusy(true);
      setNotice(null);
      try {
        const before = await currentState();
        const result = await insert(before);
        const complete = !result.misplaced && result.countAfter > countBefore(before);
        if (result.misplaced) setNotice({ intent: "warning", key: "insertMisplaced" });
        else setNotice(complete ? placementNotice(result, profile) : { intent: "warning", key: "insertIncomplete" });
        setState(result.state);
        return complete;
      } catch (error) {
        setNotice(failureNotice(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [currentState, profile],
  );

  const firstSectionId = profile.sections[0].id;
  const doInsertAnswer = useCallback(
    (prefill: AnswerPrefill) =>
      run(
        (s) => gateway.insertAnswer(s, prefill),
        (s) => s.outline.sectionCounts[firstSectionId] ?? 0,
      ),
    [run, gateway, firstSectionId],
  );
  const doInsertSection = useCallback(
    (sectionId: string) =>
      run(
        (s) => gateway.insertSection(sectionId, s),
        (s) => s.outline.sectionCounts[sectionId] ?? 0,
      ),
    [run, gateway],
  );

  /** Asks before a second answer or a second copy of a section; a document is never silently doubled. */
  const insertAnswer = useCallback(
    async (prefill: AnswerPrefill = {}) => {
      try {
        const s = await currentState();
        if (!hasAnswer(s.outline)) return await doInsertAnswer(prefill);
        setPending({ kind: "answer", prefill });
      } catch (error) {
        setNotice(failureNotice(error));
      }
      return false;
    },
    [currentState, doInsertAnswer],
  );

  const insertSection = useCallback(
    async (sectionId: string) => {
      try {
        const s = await currentState();
        if (s.outline.sectionCounts[sectionId]) setPending({ kind: "section", sectionId });
        else await doInsertSection(sectionId);
      } catch (error) {
        setNotice(failureNotice(error));
      }
    },
    [currentState, doInsertSection],
  );

  const appendQuestions = useCallback(
    (sectionId: string, pairs: QuestionContent[]) =>
      run(
        (s) => gateway.appendQuestions(sectionId, pairs, s),
        (s) => (s.outline.questionCounts[sectionId] ?? 0) + pairs.length - 1,
      ),
    [run, gateway],
  );
  const appendQuestion = useCallback(
    (sectionId: string) => appendQuestions(sectionId, [{ question: "", answer: "" }]),
    [appendQuestions],
  );

  const confirm = useCallback(async () => {
    const request = pending;
    setPending(null);
    if (request?.kind === "answer") await doInsertAnswer(request.prefill);
    if (request?.kind === "section") await doInsertSection(request.sectionId);
  }, [pending, doInsertAnswer, doInsertSection]);

  return {
    state,
    busy,
    notice,
    pending,
    insertAnswer,
    insertSection,
    appendQuestion,
    appendQuestions,
    readSelectedText: () => gateway.readSelectedText(),
    confirm,
    cancel: () => setPending(null),
    dismissNotice: () => setNotice(null),
  };
}
