/** Every section appears once; each further copy is a finding at that copy (which copy to keep is the user's call). */
import type { Rule } from "../findings";
import { de, en, error } from "./finding";

const ID = "sectionDuplicated";

export const sectionDuplicated: Rule = {
  id: ID,
  check(model) {
    const titles = new Map(model.profile.sections.map((s) => [s.id, s.title]));
    const seen = new Map<string, number>();
    return model.frames.flatMap((frame) => {
      const count = (seen.get(frame.sectionId) ?? 0) + 1;
      seen.set(frame.sectionId, count);
      if (count === 1) return [];
      const title = titles.get(frame.sectionId) ?? frame.sectionId;
      return [error(ID, { sectionId: frame.sectionId, target: frame.index },
        `Der Abschnitt ${de(title)} kommt mehrfach vor (hier zum ${count}. Mal). Bitte den Inhalt in eine Fassung übernehmen und die andere entfernen.`,
        `Section ${en(title)} appears more than once (here for the ${count}. time). Please keep the content in one copy and remove the other.`)];
    });
  },
};
