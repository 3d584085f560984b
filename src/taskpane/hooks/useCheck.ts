/**
 * The pre-submission check as the pane runs it: read the document (one round trip), apply the rules,
 * follow the user's edits once a check has run, go to a finding, and repair without touching user text.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Profile } from "../../core/profile/types";
import type { Adoption, DocumentGateway } from "../../core/document/gateway";
import type { DocumentSnapshot } from "../../core/check/snapshot";
import type { Finding } from "../../core/check/findings";
import type { DocumentModel } from "../../core/check/model";
import { failureNotice, type Notice } from "./notices";
import { sectionTitle } from "../../core/profile/sections";
import { localDate } from "../../core/dates";
import { titleOfModel } from "../../core/document/title";

export interface CheckResult {
  findings: Finding[];
  snapshot: DocumentSnapshot;
}

/** The rules, the document model and the repairs load with the first check, not with the pane: its first paint stays small. */
type CheckModule = typeof import("../../core/check");
let checkModule: Promise<CheckModule> | null = null;
function loadCheck() {
  checkModule ??= import(/* webpackChunkName: "check" */ "../../core/check");
  return checkModule;
}

/** Quiet time after the last edit before the check runs again. */
export const RECHECK_DELAY_MS = 1500;

const today = () => localDate(new Date());

/** The check as the pane shows it: the last result, what is under way, and what the user can do. */
export interface CheckModel {
  /** The last check's findings and the snapshot they were found in; null before the first check. */
  result: CheckResult | null;
  running: boolean;
  notice: Notice | null;
  /** A check has run on a document with our controls: findings can be gone to and repaired. */
  canAct: boolean;
  adoption: AdoptionModel;
  check: () => Promise<void>;
  /** Selects the control a finding is about. */
  goTo: (finding: Finding) => Promise<void>;
  restoreSection: (sectionId: string) => Promise<void>;
  /** Deletes the empty paragraphs of a spacing finding (only those still empty). */
  removeSpacing: (finding: Finding) => Promise<void>;
  /** Gives the document the title its fields make. */
  setTitle: () => Promise<void>;
  renumber: (sectionId: string) => Promise<void>;
  dismissNotice: () => void;
}

export function useCheck(gateway: DocumentGateway, profile: Profile, visible = true): CheckModel {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  /** One check at a time; a request during a check runs once more afterwards, on the newest text. */
  const check = useCallback((): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const once = async () => {
      setRunning(true);
      try {
        do {
          again.current = false;
          const [snapshot, { checkDocument }] = await Promise.all([gateway.readSnapshot(), loadCheck()]);
          setResult({ snapshot, findings: checkDocument(snapshot, profile, { today: today() }) });
          // A partial read is said once per check; other notices (a repair's) stay.
          setNotice((shown) =>
            snapshot.partial
              ? { intent: "warning", key: "checkPartial" }
              : shown?.key === "checkPartial"
                ? null
                : shown,
          );
        } while (again.current);
      } catch (error) {
        setNotice(failureNotice(error));
      } finally {
        setRunning(false);
        inFlight.current = null;
      }
    };
    inFlight.current = once();
    return inFlight.current;
  }, [gateway, profile]);

  /**
   * Once a check has run, it follows the document while its tab is shown: when the tab appears again, after Word's
   * selection events (which typing does not raise, office-js #2964, and a co-author's edits do, #4114) and whenever
   * the user comes back to the pane to look. Hidden, it reads nothing.
   */
  const hasResult = result !== null;
  const following = hasResult && visible;
  const wasVisible = useRef(visible);
  useEffect(() => {
    const appeared = visible && !wasVisible.current;
    wasVisible.current = visible;
    if (!following) return undefined;
    if (appeared) void check();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = gateway.onActivity(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
    });
    const onFocus = () => {
      clearTimeout(timer);
      void check();
    };
    window.addEventListener("focus", onFocus);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("focus", onFocus);
    };
  }, [following, visible, gateway, check]);

  const goTo = useCallback(
    async (finding: Finding) => {
      if (!result) return;
      const going =
        finding.target !== null
          ? gateway.select(result.snapshot.controls[finding.target].locator)
          : finding.place
            ? gateway.selectParagraph(finding.place)
            : null;
      await going?.catch((error) => setNotice(failureNotice(error)));
    },
    [gateway, result],
  );

  /** Runs a repair, then checks again: the findings show what the repair did. */
  const repair = useCallback(
    async (action: (model: DocumentModel, check: CheckModule) => Promise<Notice>) => {
      if (!result) return;
      setNotice(null);
      try {
        const check = await loadCheck();
        setNotice(await action(check.modelOf(result.snapshot, profile), check));
      } catch (error) {
        setNotice(failureNotice(error));
      }
      await check();
    },
    [result, profile, check],
  );

  const restoreSection = useCallback(
    (sectionId: string) =>
      repair(async (model, { restoreAnchor }) => {
        const count = await gateway.restoreSection(sectionId, restoreAnchor(model, sectionId));
        const title = sectionTitle(profile, sectionId);
        return count > 0
          ? { intent: "success", key: "sectionRestored", params: { section: title } }
          : { intent: "warning", key: "insertIncomplete" };
      }),
    [repair, gateway, profile],
  );

  const renumber = useCallback(
    (sectionId: string) =>
      repair(async (model, { renumberingEdits }) => {
        const edits = renumberingEdits(model, sectionId);
        if (edits.length > 0) await gateway.applyEdits(edits);
        return { intent: "success", key: "questionsRenumbered" };
      }),
    [repair, gateway],
  );

  const removeSpacing = useCallback(
    (finding: Finding) =>
      repair(async () => {
        const count = typeof finding.data.count === "number" ? finding.data.count : 1;
        if (!finding.place) return { intent: "warning", key: "spacingNotRemoved" };
        const removed = await gateway.removeSpacing(finding.place, count);
        return removed > 0
          ? { intent: "success", key: "spacingRemoved" }
          : { intent: "warning", key: "spacingNotRemoved" };
      }),
    [repair, gateway],
  );

  const setTitle = useCallback(
    () =>
      repair(async (model) => {
        const title = titleOfModel(model);
        await gateway.setTitle(title);
        return { intent: "success", key: "titleSet", params: { title } };
      }),
    [repair, gateway],
  );

  // Recognised, not read (an answer without our controls): there is no control to go to or to repair.
  const canAct = result !== null && !result.snapshot.recognised;
  const adoption = useAdoption(gateway, result, repair, setNotice);
  return {
    result,
    running,
    notice,
    canAct,
    adoption,
    check,
    goTo,
    restoreSection,
    renumber,
    removeSpacing,
    setTitle,
    dismissNotice: () => setNotice(null),
  };
}

type AdoptionPlan = Extract<Adoption, { ok: true }>;
const refused = (reason: string): Notice => ({ intent: "error", key: "adoptRefused", params: { reason } });

/** Taking an answer written without the add-in into the structure, as the check offers it. */
export interface AdoptionModel {
  /** The check recognised an answer written without the add-in, and the gateway can adopt it. */
  offered: boolean;
  /** What the adoption would do, shown for confirmation; null when nothing is shown. */
  plan: AdoptionPlan | null;
  /** The last adoption can be undone by the pane (Word on the web may offer no undo). */
  undoable: boolean;
  /** Reads what the adoption would do and shows it (or why it cannot be done). */
  show: () => Promise<void>;
  /** Adopts the shown plan, then checks again. */
  confirm: () => Promise<void>;
  /** Undoes the last adoption, then checks again. */
  undo: () => Promise<void>;
  /** Closes the shown plan without adopting. */
  cancel: () => void;
}

/**
 * Taking an answer written without the add-in into the structure: offered when the check recognised one, shown
 * first (what goes where, what stays outside), done on confirmation, then checked again.
 */
function useAdoption(
  gateway: DocumentGateway,
  result: CheckResult | null,
  repair: (action: () => Promise<Notice>) => Promise<void>,
  setNotice: (notice: Notice | null) => void,
): AdoptionModel {
  const [plan, setPlan] = useState<AdoptionPlan | null>(null);
  const [undoable, setUndoable] = useState(false);
  const offered = gateway.previewAdoption !== undefined && result?.snapshot.recognised?.how === "legacy";
  const show = useCallback(async () => {
    setNotice(null);
    try {
      const outcome = await gateway.previewAdoption!();
      if (outcome.ok) setPlan(outcome);
      else setNotice(refused(outcome.error));
    } catch (error) {
      setNotice(failureNotice(error));
    }
  }, [gateway, setNotice]);
  const confirm = useCallback(() => {
    setPlan(null);
    return repair(async () => {
      const outcome = await gateway.adopt!();
      setUndoable(outcome.ok && gateway.undoAdoption !== undefined);
      return outcome.ok ? { intent: "success", key: "adopted" } : refused(outcome.error);
    });
  }, [gateway, repair]);
  // Word on the web may offer no undo after the replacement (office-js #6423): the pane offers its own.
  const undo = useCallback(() => {
    setUndoable(false);
    return repair(async () =>
      (await gateway.undoAdoption!())
        ? { intent: "success", key: "adoptUndone" }
        : { intent: "warning", key: "adoptUndoRefused" },
    );
  }, [gateway, repair]);
  return { offered, plan, undoable, show, confirm, undo, cancel: () => setPlan(null) };
}
