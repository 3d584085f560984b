/**
 * The Word editions the in-page Word stands in for, each as harsh as Microsoft's reference and the office-js issue
 * tracker say that edition is, never kinder (docs/word-behaviour.md has a row, with its source, for each rule here).
 * Every edition shares the rules no Word escapes: the `contentControls` collections list rich text only, Word
 * puts its own placeholder into an emptied control, "End" inserts land inside a last control, tracked deletions
 * are part of `text`, and typing raises no DocumentSelectionChanged.
 */
import type { ControlKind } from "../core/ooxml/tree";

export type EditionId = "2019" | "2024" | "365" | "web";

export interface Edition {
  id: EditionId;
  platform: "PC" | "OfficeOnline";
  /** Office.context.diagnostics.version of a typical build. */
  version: string;
  requirementSets: Record<string, string>;
  /** Kinds `getContentControls({ types })` (WordApi 1.5) can list besides rich text; none below 1.5. */
  typesListed: ControlKind[];
  /** Word on the web leaves controls in table cells out of the document's and the body's collections (office-js #2040). */
  tableControlsMissing: boolean;
  /** Setting ContentControl.placeholderText fails with NotAllowed "not supported by Word in a browser" (office-js #785). */
  placeholderTextReadOnly: boolean;
}

export const EDITIONS: Record<EditionId, Edition> = {
  "2019": {
    id: "2019",
    platform: "PC",
    version: "16.0.10417.20095",
    requirementSets: { WordApi: "1.3", WordApiHiddenDocument: "1.3" },
    typesListed: [],
    tableControlsMissing: false,
    placeholderTextReadOnly: false,
  },
  "2024": {
    id: "2024",
    platform: "PC",
    version: "16.0.17932.20222",
    requirementSets: { WordApi: "1.8", WordApiDesktop: "1.1", WordApiHiddenDocument: "1.5" },
    typesListed: ["plainText", "checkbox"],
    tableControlsMissing: false,
    placeholderTextReadOnly: false,
  },
  "365": {
    id: "365",
    platform: "PC",
    version: "16.0.19822.20168",
    requirementSets: { WordApi: "1.9", WordApiDesktop: "1.5", WordApiHiddenDocument: "1.5" },
    typesListed: ["plainText", "checkbox", "dropDown", "comboBox", "date"],
    tableControlsMissing: false,
    placeholderTextReadOnly: false,
  },
  web: {
    id: "web",
    platform: "OfficeOnline",
    version: "16.0.20260722.1",
    requirementSets: { WordApi: "1.9", WordApiOnline: "1.1" },
    // Date pickers need WordApiDesktop 1.3, which the web never has.
    typesListed: ["plainText", "checkbox", "dropDown", "comboBox"],
    tableControlsMissing: true,
    placeholderTextReadOnly: true,
  },
};

export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

export function isEditionId(value: unknown): value is EditionId {
  return typeof value === "string" && (EDITION_IDS as string[]).includes(value);
}

/**
 * The placeholder Word shows in a control the user has emptied, in Word's UI language: its default one, not the
 * control's own (office-js #1515 on the web; modelled on every edition, as the harsher case).
 */
export function wordDefaultPlaceholder(kind: ControlKind, language: string): string {
  const german = language.toLowerCase().startsWith("de");
  if (kind === "date")
    return german ? "Klicken oder tippen Sie, um ein Datum einzugeben." : "Click or tap to enter a date.";
  if (kind === "dropDown" || kind === "comboBox") return german ? "Wählen Sie ein Element aus." : "Choose an item.";
  return german ? "Klicken oder tippen Sie hier, um Text einzugeben." : "Click or tap here to enter text.";
}
