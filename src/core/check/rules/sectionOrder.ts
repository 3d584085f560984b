/**
 * Sections stand in the profile's order. The sections that stay in order are the longest run that is
 * already ordered; the others are the misplaced ones, so moving one section gives one finding.
 */
import type { Finding, Rule } from "../findings";
import type { DocumentModel } from "../model";
import { de, en, error } from "./finding";

const ID = "sectionOrder";

interface Placed {
  sectionId: string;
  index: number;
  rank: number;
}

/** First frame of each section, in document order, with the section's place in the profile. */
function firstFrames(model: DocumentModel): Placed[] {
  const rank = new Map(model.profile.sections.map((s, i) => [s.id, i]));
  const seen = new Set<string>();
  return model.frames.flatMap((f) => {
    if (seen.has(f.sectionId) || !rank.has(f.sectionId)) return [];
    seen.add(f.sectionId);
    return [{ sectionId: f.sectionId, index: f.index, rank: rank.get(f.sectionId)! }];
  });
}

/** Positions of a longest strictly increasing subsequence of ranks (few sections: quadratic is fine). */
function inOrder(placed: Placed[]): Set<number> {
  const length = placed.map(() => 1);
  const previous = placed.map(() => -1);
  placed.forEach((p, i) => {
    for (let j = 0; j < i; j++) {
      if (placed[j].rank < p.rank && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  });
  const kept = new Set<number>();
  let at = length.length > 0 ? length.indexOf(Math.max(...length)) : -1;
  for (; at >= 0; at = previous[at]) kept.add(at);
  return kept;
}

function where(model: DocumentModel, misplaced: Placed, present: Set<string>): { de: string; en: string } {
  const sections = model.profile.sections;
  const before = sections.slice(0, misplaced.rank).reverse().find((s) => present.has(s.id));
  const after = sections.slice(misplaced.rank + 1).find((s) => present.has(s.id));
  if (before && after) return { de: `nach ${de(before.title)} und vor ${de(after.title)}`, en: `after ${en(before.title)} and before ${en(after.title)}` };
  if (before) return { de: `nach ${de(before.title)}`, en: `after ${en(before.title)}` };
  if (after) return { de: `vor ${de(after.title)}`, en: `before ${en(after.title)}` };
  return { de: "an eine andere Stelle", en: "elsewhere" };
}

export const sectionOrder: Rule = {
  id: ID,
  check(model) {
    const placed = firstFrames(model);
    const kept = inOrder(placed);
    const present = new Set(placed.map((p) => p.sectionId));
    const titles = new Map(model.profile.sections.map((s) => [s.id, s.title]));
    return placed.flatMap((p, i): Finding[] => {
      if (kept.has(i)) return [];
      const title = titles.get(p.sectionId) ?? p.sectionId;
      const place = where(model, p, present);
      return [error(ID, { sectionId: p.sectionId, target: p.index },
        `Der Abschnitt ${de(title)} steht an der falschen Stelle: Er gehört ${place.de}. Bitte verschieben.`,
        `Section ${en(title)} is in the wrong place: it belongs ${place.en}. Please move it.`)];
    });
  },
};
