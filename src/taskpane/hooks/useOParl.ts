/** The recent inquiries of the council's information system, a search over them, and the one the user chose. */
import { useCallback, useMemo, useState } from "react";
import { createOParlClient, type OParlClient } from "../../core/oparl/client";
import { OParlError, oparlFailureOf } from "../../core/oparl/errors";
import { readInquiry, recentPapers, type OParlInquiry, type PaperSummary } from "../../core/oparl/inquiries";
import type { OParlSettings } from "../../core/profile/types";
import { choiceKey } from "../../core/check/values/choices";
import { localDate } from "../../core/dates";
import type { OParlSource } from "../oparlSource";
import { connectAllowed } from "./connectPolicy";

/** Loaded once per session and endpoint: reopening the list, or a second search, asks the server nothing. */
const sessionCache = new Map<string, Promise<PaperSummary[]>>();

export type OParlLoad =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "ready"; papers: PaperSummary[] }
  | { state: "failed"; error: OParlError };

export interface OParlModel {
  load: OParlLoad;
  /** Loads the list (from the session's cache when it was loaded before). */
  open: () => Promise<void>;
  query: string;
  setQuery: (query: string) => void;
  /** The papers the query matches: inquiries, and answers only when searched for. */
  shown: PaperSummary[];
  /** The paper being read in full, by id. */
  choosing: string | null;
  chosen: OParlInquiry | null;
  chooseError: OParlError | null;
  choose: (paper: PaperSummary) => Promise<OParlInquiry | null>;
}

function matches(paper: PaperSummary, query: string): boolean {
  const key = choiceKey(query);
  return [paper.reference, paper.subject].some((text) => choiceKey(text).includes(key));
}

/** Blocked by the page's policy: the same message every time, and not a single request. */
function blockedError(source: OParlSource): OParlError {
  return new OParlError("blocked", { allowed: new URL(source.endpoint).origin });
}

export function useOParl(source: OParlSource, settings: OParlSettings, now: () => Date = () => new Date()): OParlModel {
  const client: OParlClient = useMemo(
    () => createOParlClient({ endpoint: source.endpoint, get: source.get, redirect: source.redirect }),
    [source],
  );
  const [load, setLoad] = useState<OParlLoad>({ state: "idle" });
  const [query, setQuery] = useState("");
  const [choosing, setChoosing] = useState<string | null>(null);
  const [chosen, setChosen] = useState<OParlInquiry | null>(null);
  const [chooseError, setChooseError] = useState<OParlError | null>(null);

  const open = useCallback(async () => {
    if (!source.sample && !connectAllowed(source.endpoint))
      return setLoad({ state: "failed", error: blockedError(source) });
    let pending = sessionCache.get(source.endpoint);
    if (!pending) {
      setLoad({ state: "loading" });
      pending = recentPapers(client, source.endpoint, settings, localDate(now()));
      sessionCache.set(source.endpoint, pending);
    }
    try {
      setLoad({ state: "ready", papers: await pending });
    } catch (error) {
      // A failure is not cached: the next try asks again.
      sessionCache.delete(source.endpoint);
      setLoad({ state: "failed", error: oparlFailureOf(error) });
    }
  }, [client, now, settings, source]);

  const choose = useCallback(
    async (paper: PaperSummary) => {
      setChoosing(paper.id);
      setChooseError(null);
      try {
        const inquiry = await readInquiry(client, paper.id, settings);
        setChosen(inquiry);
        return inquiry;
      } catch (error) {
        setChooseError(oparlFailureOf(error));
        return null;
      } finally {
        setChoosing(null);
      }
    },
    [client, settings],
  );

  const papers = load.state === "ready" ? load.papers : [];
  const shown = query.trim()
    ? papers.filter((paper) => matches(paper, query))
    : papers.filter((paper) => paper.kind === "inquiry");
  return { load, open, query, setQuery, shown, choosing, chosen, chooseError, choose };
}

/** For tests: forget what this session loaded. */
export function clearOParlCache(): void {
  sessionCache.clear();
}
