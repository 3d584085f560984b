/** Content controls (w:sdt) in WordprocessingML, in the element order ECMA-376 requires. */
import { el, escapeXml as escapeText, val } from "./xml";
import { LANGUAGE, STYLE_PLACEHOLDER } from "./styles";
import { textLines } from "../textLines";

/**
 * Which kinds of content control, besides rich text, the running Word both shows and lists again (through
 * getContentControls, WordApi 1.5); every other kind is written as rich text, the one kind every Word lists
 * (docs/word-behaviour.md, "kinds listed"). A .docx for any Word has them all.
 */
export interface Capabilities {
  plainText: boolean;
  dropDown: boolean;
  comboBox: boolean;
  datePicker: boolean;
}

export const ALL_CONTROL_KINDS: Capabilities = { plainText: true, dropDown: true, comboBox: true, datePicker: true };

export type ControlType =
  | { type: "richText" }
  | { type: "plainText"; multiLine?: boolean }
  | { type: "date"; fullDate?: string }
  | { type: "dropDown"; choices: string[] }
  | { type: "comboBox"; choices: string[] };

/** sdtLocked: the control cannot be deleted, its content can be edited; sdtContentLocked: neither. */
export type Lock = "none" | "sdtLocked" | "sdtContentLocked";

export interface ControlProperties {
  title: string;
  tag: string;
  id: number;
  lock: Lock;
  control: ControlType;
  showingPlaceholder: boolean;
  bold?: boolean;
}

export const DATE_FORMAT = "dd.MM.yyyy";
export const DATE_LANGUAGE = "de-DE";

function listItems(choices: string[]): string[] {
  return choices.map((choice) => el("w:listItem", { "w:displayText": choice, "w:value": choice }));
}

function typeElement(control: ControlType): string {
  switch (control.type) {
    case "richText":
      return "";
    case "plainText":
      return el("w:text", { "w:multiLine": control.multiLine ? 1 : undefined });
    case "date":
      return el(
        "w:date",
        { "w:fullDate": control.fullDate },
        val("w:dateFormat", DATE_FORMAT),
        val("w:lid", DATE_LANGUAGE),
        val("w:storeMappedDataAs", "dateTime"),
        val("w:calendar", "gregorian"),
      );
    case "dropDown":
      return el("w:dropDownList", {}, ...listItems(control.choices));
    case "comboBox":
      return el("w:comboBox", {}, ...listItems(control.choices));
  }
}

/** Bold on (true), explicitly off (false: inside a bold paragraph style), or inherited (undefined). */
function boldElements(bold: boolean | undefined): string {
  if (bold === undefined) return "";
  return bold ? el("w:b") + el("w:bCs") : el("w:b", { "w:val": 0 }) + el("w:bCs", { "w:val": 0 });
}

export function boldRunProperties(bold: boolean | undefined): string {
  return bold === undefined ? "" : el("w:rPr", {}, boldElements(bold));
}

/** Every run we write says it is German: inserted into a document of another language, it is still read as German. */
const language = () => val("w:lang", LANGUAGE);

/** A control's w:sdtPr. */
export function sdtProperties(p: ControlProperties): string {
  return el(
    "w:sdtPr",
    {},
    boldRunProperties(p.bold),
    val("w:alias", p.title),
    val("w:tag", p.tag),
    val("w:id", p.id),
    p.lock === "none" ? "" : val("w:lock", p.lock),
    p.showingPlaceholder ? el("w:showingPlcHdr") : "",
    typeElement(p.control),
  );
}

/** A control around whole paragraphs and tables. */
export function blockControl(p: ControlProperties, ...blocks: string[]): string {
  return el("w:sdt", {}, sdtProperties(p), el("w:sdtContent", {}, ...blocks));
}

/** A control inside a paragraph. */
export function inlineControl(p: ControlProperties, ...runs: string[]): string {
  return el("w:sdt", {}, sdtProperties(p), el("w:sdtContent", {}, ...runs));
}

/** A run of text; line breaks become w:br, so that plain-text and inline controls keep their single paragraph. */
export function textRun(text: string, bold?: boolean): string {
  const parts = textLines(text).flatMap((line, i) => [
    i > 0 ? el("w:br") : "",
    line ? el("w:t", { "xml:space": "preserve" }, escapeText(line)) : "",
  ]);
  return el("w:r", {}, el("w:rPr", {}, boldElements(bold), language()), ...parts);
}

/** Placeholder text, shown grey by Word until the user types; written here because Word on the web cannot set it (office-js #785). */
export function placeholderRun(text: string, bold?: boolean): string {
  const rPr = el("w:rPr", {}, val("w:rStyle", STYLE_PLACEHOLDER), boldElements(bold), language());
  return el("w:r", {}, rPr, el("w:t", { "xml:space": "preserve" }, escapeText(text)));
}
