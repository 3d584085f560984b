/**
 * Sections stand in the profile's order. The sections that stay in order are the longest run that is
 * already ordered; the others are the misplaced ones, so moving one section gives one finding.
 */
import { defineRule, type Report } from "../findings";
import { phrase, quoted, type MessageValue } from "../messages";
import type { DocumentModel } from "../model";
import { sectionTitle } from "../../profile/sections";

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
  // Of no sections, the maximum is -Infinity, found nowhere: -1, and nothing is kept.
  let at = length.indexOf(Math.max(...length));
  for (; at >= 0; at = previous[at]) kept.add(at);
  return kept;
}

function where(model: DocumentModel, misplaced: Placed, present: Set<string>): MessageValue {
  const sections = model.profile.sections;
  const before = sections
    .slice(0, misplaced.rank)
    .reverse()
    .find((s) => present.has(s.id));
  const after = sections.slice(misplaced.rank + 1).find((s) => present.has(s.id));
  if (before && after) return phrase("between", { before: quoted(before.title), after: quoted(after.title) });
  if (before) return phrase("after", { section: quoted(before.title) });
  // A section is misplaced only against another one that is there, so one of them is.
  return phrase("before", { section: quoted(after!.title) });
}

export default defineRule<"misplaced">({
  id: "sectionOrder",
  description: {
    de: "Die Abschnitte stehen in der Reihenfolge des Profils.",
    en: "The sections stand in the profile's order.",
  },
  messages: {
    misplaced: {
      severity: "error",
      de: "Der Abschnitt {{section}} steht an der falschen Stelle: Er gehört {{place}}. Bitte verschieben.",
      en: "Section {{section}} is in the wrong place: it belongs {{place}}. Please move it.",
    },
  },
  phrases: {
    between: { de: "nach {{before}} und vor {{after}}", en: "after {{before}} and before {{after}}" },
    after: { de: "nach {{section}}", en: "after {{section}}" },
    before: { de: "vor {{section}}", en: "before {{section}}" },
  },
  check(model) {
    const placed = firstFrames(model);
    const kept = inOrder(placed);
    const present = new Set(placed.map((p) => p.sectionId));
    return placed.flatMap((p, i): Report<"misplaced">[] => {
      if (kept.has(i)) return [];
      const data = { section: quoted(sectionTitle(model.profile, p.sectionId)), place: where(model, p, present) };
      return [{ messageId: "misplaced", sectionId: p.sectionId, target: p.index, data }];
    });
  },
});
