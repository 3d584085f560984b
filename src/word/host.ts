/**
 * What the pane's start needs of the Office it runs in. Only src/word touches Office's globals; the pane asks here.
 * Inside the preview, the globals are the Word emulator's, so the same code serves both.
 */

export { meetsMinimum, MINIMUM_WORD_API } from "./capabilities";

/** Waits for Office.js and tells whether the page runs in Word; without Office.js (a plain browser) it does not. */
export function officeHost(): Promise<"word" | "elsewhere"> {
  if (typeof Office === "undefined") return Promise.resolve("elsewhere");
  // The callback returns nothing to Office: its onReady would otherwise chain on our promise with Office.Promise,
  // which the preview replaces along with the rest of the global Office.
  return new Promise(
    (resolve) => void Office.onReady((info) => void resolve(info.host === Office.HostType.Word ? "word" : "elsewhere")),
  );
}

export interface HostSettings {
  /** Word's UI language, e.g. "de-DE". */
  displayLanguage: string;
  /** Word's background colour: a dark one is Word's dark theme. */
  background: string | undefined;
  /** Word on the web partitions an add-in's storage; the key keeps one user's details apart. */
  storagePartition: string | undefined;
}

export function hostSettings(): HostSettings {
  const context = Office.context;
  return {
    displayLanguage: context.displayLanguage,
    background: context.officeTheme?.bodyBackgroundColor,
    storagePartition: context.partitionKey || undefined,
  };
}
