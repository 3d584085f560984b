/** Which of a document's controls are fields a user types into, for the preview's view and its locks. */
import type { WmlNode } from "../core/ooxml/tree";
import type { ControlNode } from "../word-emulator";

const VALUE_KINDS = new Set(["plainText", "date", "dropDown", "comboBox"]);

const isRun = (node: WmlNode) => node.type === "text" || node.type === "break" || node.type === "tab";

/** A control holding nothing but text, as runs (inline) or paragraphs of runs: rich text a user types into. */
function holdsTextOnly(control: ControlNode): boolean {
  const { children } = control;
  return (
    children.length > 0 &&
    (children.every(isRun) || children.every((child) => child.type === "paragraph" && child.children.every(isRun)))
  );
}

/** A value (text, date, choice), or rich text of plain paragraphs; frames, question pairs and tables around fields are not. */
export function isFieldControl(control: ControlNode): boolean {
  return VALUE_KINDS.has(control.control.kind) || (control.control.kind === "richText" && holdsTextOnly(control));
}

/** Word's content locks (w:lock contentLocked, sdtContentLocked): a heading of ours, or a protected field. */
export function isContentLocked(control: ControlNode): boolean {
  return control.control.lock === "contentLocked" || control.control.lock === "sdtContentLocked";
}
