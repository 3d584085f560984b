import type { Profile } from "../core/profile/types";
import type { DocumentGateway } from "../core/document/gateway";
import { localDate } from "../core/dates";
import { detectCapabilities } from "./capabilities";
import { readDocumentState, readSelectedText } from "./state";
import { onDocumentActivity } from "./events";

/**
 * Reading for the check, going to a finding and the repairs load with the first check, as its rules do (the same
 * chunk): they bring the OOXML reader, which the pane's first view does not need.
 */
const checking = () => import(/* webpackChunkName: "check" */ "./check");
const adopting = () => import(/* webpackChunkName: "adopt" */ "./adopt");
/** The insertions and the writer they need: fetched after the first render, run on the first click. */
const inserting = () => import(/* webpackChunkName: "insert", webpackPrefetch: true */ "./document");

/** The task pane's view of Word; control kinds are chosen once, for the Word that runs. */
export function createWordGateway(profile: Profile): DocumentGateway {
  const capabilities = detectCapabilities();
  return {
    readState: () => readDocumentState(profile),
    insertAnswer: async (state, prefill) => (await inserting()).insertAnswer(profile, state, capabilities, prefill),
    insertSection: async (sectionId, state) =>
      (await inserting()).insertSection(profile, sectionId, state, capabilities),
    appendQuestions: async (sectionId, pairs, state) =>
      (await inserting()).appendQuestions(profile, sectionId, state, pairs, capabilities),
    readSelectedText,
    readSnapshot: async () => (await checking()).readSnapshot(profile),
    select: async (locator) => (await checking()).selectControl(locator),
    applyEdits: async (edits) => (await checking()).applyEdits(edits),
    restoreSection: async (sectionId, anchor) =>
      (await checking()).restoreSection(profile, sectionId, anchor, capabilities),
    selectParagraph: async (place) => (await checking()).selectParagraph(place),
    removeSpacing: async (place, count) => (await checking()).removeEmptyParagraphs(place, count),
    setTitle: async (title) => (await checking()).setDocumentTitle(title),
    // Only for answers written without the add-in: loaded when the check offers it.
    previewAdoption: async () => (await adopting()).previewAdoption(profile),
    adopt: async () => (await adopting()).adoptDocument(profile),
    undoAdoption: async () => (await adopting()).undoAdoption(),
    onActivity: onDocumentActivity,
    // Loaded on demand: administrators run it once per Word version, nobody else.
    runSelftest: async () => {
      const { runSelftest, formatSelftest } = await import(/* webpackChunkName: "selftest" */ "./selftest");
      return formatSelftest(await runSelftest(profile, localDate(new Date())));
    },
  };
}
