/**
 * Controls in the add-in's namespace that this version cannot place (unknown role or key, a newer tag
 * scheme, a pair's part outside any pair). A hint: they do not make the document wrong by themselves,
 * and whatever they were meant to fill is reported by the rule for that place (a missing answer, say).
 * At most a few individually, then one summary, so that a broken document does not flood the pane.
 */
import type { Finding, Rule } from "../findings";
import type { DocumentModel } from "../model";
import { de, en, hint } from "./finding";

const ID = "unknownControls";
const LISTED = 5;

function single(model: DocumentModel, index: number): Finding {
  const control = model.snapshot.controls[index];
  const titled = control.title.trim() !== "";
  const name = titled ? `${de(control.title)} (Kennung ${de(control.tag)})` : de(control.tag);
  const nameEn = titled ? `${en(control.title)} (tag ${en(control.tag)})` : en(control.tag);
  return hint(ID, { sectionId: null, target: index },
    `Das Steuerelement ${name} kennt diese Version des Add-ins nicht; es wird nicht geprüft. Bitte prüfen, ob es in das Dokument gehört.`,
    `This version of the add-in does not know the control ${nameEn}; it is not checked. Please check whether it belongs in the document.`);
}

export const unknownControls: Rule = {
  id: ID,
  check(model) {
    const listed = model.unknown.slice(0, LISTED).map((index) => single(model, index));
    const rest = model.unknown.length - listed.length;
    if (rest <= 0) return listed;
    return [...listed, hint(ID, { sectionId: null, target: model.unknown[LISTED] },
      `Dazu ${rest} weitere unbekannte Steuerelemente.`,
      `And ${rest} more unknown controls.`)];
  },
};
