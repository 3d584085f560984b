import type { Profile } from "../core/profile/types";
import type { DocumentGateway } from "../core/document/gateway";
import { detectCapabilities } from "./capabilities";
import { appendQuestions, insertAnswer, insertSection, readDocumentState, readSelectedText } from "./document";
import { applyEdits, readSnapshot, restoreSection, selectControl } from "./check";
import { onDocumentActivity } from "./events";

/** The task pane's view of Word; control kinds are chosen once, for the Word that runs. */
export function createWordGateway(profile: Profile): DocumentGateway {
  const capabilities = detectCapabilities();
  return {
    readState: () => readDocumentState(profile),
    insertAnswer: (state, prefill) => insertAnswer(profile, state, capabilities, prefill),
    insertSection: (sectionId, state) => insertSection(profile, sectionId, state, capabilities),
    appendQuestions: (sectionId, pairs, state) => appendQuestions(profile, sectionId, state, pairs, capabilities),
    readSelectedText,
    readSnapshot,
    select: selectControl,
    applyEdits,
    restoreSection: (sectionId, anchor) => restoreSection(profile, sectionId, anchor, capabilities),
    onActivity: onDocumentActivity,
    // Loaded on demand: administrators run it once per Word version, nobody else.
    runSelftest: async () => {
      const { runSelftest, formatSelftest } = await import(/* webpackChunkName: "selftest" */ "./selftest");
      const now = new Date();
      return formatSelftest(await runSelftest(profile, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }));
    },
  };
}
