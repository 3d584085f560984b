/** Reading any answer document for the check, and taking one written without the add-in into its structure. */
export { snapshotOfDocument } from "./snapshot";
export { recogniseLegacy, type Recognition } from "./legacy";
export { adoptFlatOpc, adoptMainPart, keepsEveryWord, type AdoptResult, type AdoptedSection } from "./adopt";
