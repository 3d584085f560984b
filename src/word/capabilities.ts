/** What the running Word can do, from Office's requirement sets (docs/word-behaviour.md, "kinds listed"). */
import type { Capabilities } from "../core/ooxml/controls";

/** Everything the add-in needs at the least: parent lookups and ranges (Word 2019, Microsoft 365, Word on the web). */
export const MINIMUM_WORD_API = "1.3";

const supports = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);

export function meetsMinimum(): boolean {
  return supports("WordApi", MINIMUM_WORD_API);
}

export function isWordOnTheWeb(): boolean {
  return typeof Office !== "undefined" && Office.context?.diagnostics?.platform === Office.PlatformType.OfficeOnline;
}

/**
 * A kind is written only where the running Word lists it again through getContentControls: plain text from WordApi
 * 1.5, drop-downs and combo boxes from 1.9, date pickers from WordApiDesktop 1.3 (never on the web). Elsewhere the
 * same field is rich text, the one kind every Word lists.
 */
export function detectCapabilities(): Capabilities {
  const lists = supports("WordApi", "1.9");
  return {
    plainText: listsMoreThanRichText(),
    dropDown: lists,
    comboBox: lists,
    datePicker: supports("WordApiDesktop", "1.3"),
  };
}

/** From WordApi 1.5, getContentControls lists plain text too; below, Word lists rich-text controls only. */
export function listsMoreThanRichText(): boolean {
  return supports("WordApi", "1.5");
}

/** The kinds getContentControls({ types }) can list on this Word (WordApi 1.5 and later). */
function listedTypes(): Word.ContentControlType[] {
  const types = [Word.ContentControlType.richText, Word.ContentControlType.plainText];
  if (supports("WordApi", "1.7")) types.push(Word.ContentControlType.checkBox);
  if (supports("WordApi", "1.9")) types.push(Word.ContentControlType.dropDownList, Word.ContentControlType.comboBox);
  if (supports("WordApiDesktop", "1.3")) types.push(Word.ContentControlType.datePicker);
  return types;
}

type Scope =
  | Pick<Word.Document, "contentControls" | "getContentControls">
  | Pick<Word.Range, "contentControls" | "getContentControls">;

/**
 * Every control in a scope that this Word can list. The `contentControls` property lists rich text only (the
 * Body.contentControls reference; office-js #2160, #228, #6144), so from WordApi 1.5 the add-in asks for each kind.
 */
export function listedControls(scope: Scope): Word.ContentControlCollection {
  return listsMoreThanRichText() ? scope.getContentControls({ types: listedTypes() }) : scope.contentControls;
}
