/** Which of a document's controls are fields a user types into, for the preview's view and its locks. */
import type { ControlNode } from "./word";

const VALUE_KINDS = new Set(["plainText", "date", "dropDown", "comboBox"]);

/** A control holding nothing but paragraphs of text: rich text a user types into. */
function holdsTextOnly(control: ControlNode): boolean {
  return control.children.length > 0 && control.children.every((child) => child.type === "paragraph" && child.children.every((run) => run.type === "text" || run.type === "break" || run.type === "tab"));
}

/** A value (text, date, choice), or rich text of plain paragraphs; frames, question pairs and tables around fields are not. */
export function isFieldControl(control: ControlNode): boolean {
  return VALUE_KINDS.has(control.control.kind) || (control.control.kind === "richText" && holdsTextOnly(control));
}

/** Word's content locks (w:lock contentLocked, sdtContentLocked): a heading of ours, or a protected field. */
export function isContentLocked(control: ControlNode): boolean {
  return control.control.lock === "contentLocked" || control.control.lock === "sdtContentLocked";
}
