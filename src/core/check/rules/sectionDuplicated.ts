/** Every section appears once; each further copy is a finding at that copy (which copy to keep is the user's call). */
import { defineRule } from "../findings";
import { quoted } from "../messages";
import { sectionTitle } from "../../profile/sections";

export default defineRule<"duplicated">({
  id: "sectionDuplicated",
  description: { de: "Kein Abschnitt kommt mehrfach vor.", en: "No section appears more than once." },
  messages: {
    duplicated: {
      severity: "error",
      de: "Der Abschnitt {{section}} kommt mehrfach vor (hier zum {{count}}. Mal). Bitte den Inhalt in eine Fassung übernehmen und die andere entfernen.",
      en: "Section {{section}} appears more than once (here for the {{count}}. time). Please keep the content in one copy and remove the other.",
    },
  },
  check(model) {
    const seen = new Map<string, number>();
    return model.frames.flatMap((frame) => {
      const count = (seen.get(frame.sectionId) ?? 0) + 1;
      seen.set(frame.sectionId, count);
      if (count === 1) return [];
      const section = quoted(sectionTitle(model.profile, frame.sectionId));
      return [
        { messageId: "duplicated" as const, sectionId: frame.sectionId, target: frame.index, data: { section, count } },
      ];
    });
  },
});
