/**
 * Every section of the profile is in the document. A section whose frame is gone but whose fields are
 * still there gets no restore repair: restoring would put a second, empty copy next to the user's text.
 */
import type { SectionSpec } from "../../profile/types";
import type { Finding, Rule } from "../findings";
import type { DocumentModel } from "../model";
import { de, en, error } from "./finding";
import { firstFrame } from "./lookup";

const ID = "sectionMissing";

/** First control that belongs to the section although its frame is gone, or null. */
function firstContent(model: DocumentModel, sectionId: string): number | null {
  const indexes = [...model.values.entries()]
    .filter(([key]) => key.startsWith(`${sectionId}.`))
    .flatMap(([, occurrences]) => occurrences.map((o) => o.index));
  indexes.push(...(model.questions.get(sectionId) ?? []).map((p) => p.index));
  return indexes.length > 0 ? Math.min(...indexes) : null;
}

function missing(model: DocumentModel, section: SectionSpec): Finding[] {
  if (firstFrame(model, section.id) !== null) return [];
  const content = firstContent(model, section.id);
  if (content !== null) {
    return [error(ID, { sectionId: section.id, target: content },
      `Der Rahmen des Abschnitts ${de(section.title)} fehlt; sein Inhalt steht noch im Dokument. Bitte das Löschen rückgängig machen oder den Abschnitt neu einfügen und den Inhalt übernehmen.`,
      `The frame of section ${en(section.title)} is missing; its content is still in the document. Please undo the deletion, or insert the section again and move the content into it.`)];
  }
  return [error(ID, { sectionId: section.id, target: null },
    `Der Abschnitt ${de(section.title)} fehlt. Bitte den Abschnitt wiederherstellen.`,
    `Section ${en(section.title)} is missing. Please restore the section.`, "restoreSection")];
}

export const sectionMissing: Rule = {
  id: ID,
  check(model) {
    return model.profile.sections.flatMap((section) => missing(model, section));
  },
};
