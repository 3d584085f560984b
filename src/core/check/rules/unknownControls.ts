/**
 * Controls in the add-in's namespace that this version cannot place (unknown role or key, a newer tag
 * scheme, a pair's part outside any pair). A hint: they do not make the document wrong by themselves,
 * and whatever they were meant to fill is reported by the rule for that place (a missing answer, say).
 * At most a few individually, then one summary, so that a broken document does not flood the pane.
 */
import { defineRule, type Report } from "../findings";
import { phrase, quoted } from "../messages";
import type { DocumentModel } from "../model";

type MessageId = "unknown" | "more";
const LISTED = 5;

function single(model: DocumentModel, index: number): Report<MessageId> {
  const control = model.snapshot.controls[index];
  const name =
    control.title.trim() !== ""
      ? phrase("titled", { title: quoted(control.title), tag: quoted(control.tag) })
      : quoted(control.tag);
  return { messageId: "unknown", sectionId: null, target: index, data: { name } };
}

export default defineRule<MessageId>({
  id: "unknownControls",
  description: {
    de: "Steuerelemente des Add-ins mit Kennungen, die diese Version nicht kennt, werden genannt.",
    en: "Controls of the add-in whose tags this version does not know are named.",
  },
  messages: {
    unknown: {
      severity: "hint",
      de: "Das Steuerelement {{name}} kennt diese Version des Add-ins nicht; es wird nicht geprüft. Bitte prüfen, ob es in das Dokument gehört.",
      en: "This version of the add-in does not know the control {{name}}; it is not checked. Please check whether it belongs in the document.",
    },
    more: {
      severity: "hint",
      de: "Dazu {{count}} weitere unbekannte Steuerelemente.",
      en: "And {{count}} more unknown controls.",
    },
  },
  phrases: { titled: { de: "{{title}} (Kennung {{tag}})", en: "{{title}} (tag {{tag}})" } },
  check(model) {
    const listed = model.unknown.slice(0, LISTED).map((index) => single(model, index));
    const rest = model.unknown.length - listed.length;
    if (rest <= 0) return listed;
    return [...listed, { messageId: "more", sectionId: null, target: model.unknown[LISTED], data: { count: rest } }];
  },
});
