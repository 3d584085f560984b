/** What the running Word can do, from Office's requirement sets. */
import type { Capabilities } from "../core/ooxml/controls";

/** Everything the add-in needs at the least: parent lookups and ranges (Word 2019, Microsoft 365, Word on the web). */
export const MINIMUM_WORD_API = "1.3";

export function meetsMinimum(): boolean {
  return Office.context.requirements.isSetSupported("WordApi", MINIMUM_WORD_API);
}

function isWordOnTheWeb(): boolean {
  return Office.context.diagnostics?.platform === Office.PlatformType.OfficeOnline;
}

/**
 * Word on the desktop has shown drop-down and date controls since 2007. On the web they arrived with
 * WordApi 1.9 (drop-downs, combo boxes) and only in desktop sets for date pickers; missing kinds become plain text.
 */
export function detectCapabilities(): Capabilities {
  const desktop = !isWordOnTheWeb();
  const lists = desktop || Office.context.requirements.isSetSupported("WordApi", "1.9");
  return {
    dropDown: lists,
    comboBox: lists,
    datePicker: desktop || Office.context.requirements.isSetSupported("WordApiDesktop", "1.3"),
  };
}
