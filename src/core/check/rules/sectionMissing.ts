/**
 * Every section of the profile is in the document. A section whose frame is gone but whose fields are
 * still there gets no restore repair: restoring would put a second, empty copy next to the user's text.
 */
import type { SectionSpec } from "../../profile/types";
import { defineRule, type Report } from "../findings";
import { quoted } from "../messages";
import type { DocumentModel } from "../model";
import { firstFrame } from "../support/lookup";

type MessageId = "frameMissing" | "missing";

/** First control that belongs to the section although its frame is gone, or null. */
function firstContent(model: DocumentModel, sectionId: string): number | null {
  const indexes = [...model.values.entries()]
    .filter(([key]) => key.startsWith(`${sectionId}.`))
    .flatMap(([, occurrences]) => occurrences.map((o) => o.index));
  indexes.push(...(model.questions.get(sectionId) ?? []).map((p) => p.index));
  return indexes.length > 0 ? Math.min(...indexes) : null;
}

function missing(model: DocumentModel, section: SectionSpec): Report<MessageId>[] {
  if (firstFrame(model, section.id) !== null) return [];
  const content = firstContent(model, section.id);
  const data = { section: quoted(section.title) };
  if (content !== null) return [{ messageId: "frameMissing", sectionId: section.id, target: content, data }];
  return [{ messageId: "missing", sectionId: section.id, target: null, data, repair: "restoreSection" }];
}

export default defineRule<MessageId>({
  id: "sectionMissing",
  description: {
    de: "Jeder Abschnitt des Profils steht im Dokument.",
    en: "Every section of the profile is in the document.",
  },
  messages: {
    frameMissing: {
      severity: "error",
      de: "Der Rahmen des Abschnitts {{section}} fehlt; sein Inhalt steht noch im Dokument. Bitte das Löschen rückgängig machen oder den Abschnitt neu einfügen und den Inhalt übernehmen.",
      en: "The frame of section {{section}} is missing; its content is still in the document. Please undo the deletion, or insert the section again and move the content into it.",
    },
    missing: {
      severity: "error",
      de: "Der Abschnitt {{section}} fehlt. Bitte den Abschnitt wiederherstellen.",
      en: "Section {{section}} is missing. Please restore the section.",
    },
  },
  check(model) {
    return model.profile.sections.flatMap((section) => missing(model, section));
  },
});
