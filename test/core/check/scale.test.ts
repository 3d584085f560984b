/** 1, 50 and 500 questions: the check runs and finds numbering problems after pairs are deleted or moved. */
import { describe, expect, test } from "@jest/globals";
import { checkDocument } from "../../../src/core/check";
import { moveSubtreeBefore, pairFrames, passingSeed, profile, context, removeSubtree, indexOfTag, tagOf, withText } from "./support";

function documentWith(count: number) {
  const questions = Array.from({ length: count }, (_, i) => ({ question: `Frage Nummer ${i + 1}?`, answer: i % 7 === 6 ? "Siehe 1." : `Antwort auf Frage ${i + 1}.` }));
  return passingSeed({}, { reasons: questions });
}

const rulesOf = (snapshot: ReturnType<typeof documentWith>) => checkDocument(snapshot, profile, context).map((f) => f.rule);

describe.each([1, 50, 500])("%i questions", (count) => {
  const snapshot = documentWith(count);
  const frames = pairFrames(snapshot);

  test("the whole document passes", () => {
    expect(frames).toHaveLength(count);
    expect(checkDocument(snapshot, profile, context)).toEqual([]);
  });

  test("deleting the first pair: one numbering finding (or, for the only pair, no question left)", () => {
    const findings = checkDocument(removeSubtree(snapshot, frames[0]), profile, context);
    if (count === 1) {
      expect(findings.map((f) => f.rule)).toEqual(["questionsComplete"]);
      return;
    }
    const numbering = findings.filter((f) => f.rule === "questionNumbering");
    expect(numbering).toHaveLength(1);
    expect(numbering[0]).toMatchObject({ repair: "renumberQuestions", sectionId: "reasons" });
    expect(numbering[0].message.de).toContain("fehlt die Nummer 1.");
  });

  test("deleting a pair in the middle leaves a gap", () => {
    if (count < 3) return;
    const middle = Math.floor(count / 2);
    const findings = checkDocument(removeSubtree(snapshot, frames[middle]), profile, context);
    expect(findings.map((f) => f.message.de)).toContainEqual(`„Begründung“: In der Zählung der Fragen (1–${count - 1}) fehlt die Nummer ${middle + 1}. Bitte neu nummerieren.`);
  });

  test("moving the last pair to the front puts the numbers out of order", () => {
    if (count < 2) return;
    const moved = moveSubtreeBefore(snapshot, frames[count - 1], frames[0]);
    const findings = checkDocument(moved, profile, context).filter((f) => f.rule === "questionNumbering");
    expect(findings.map((f) => [f.message.de, f.target])).toEqual([
      [`„Begründung“: Frage ${count} steht an 1. Stelle: Die Fragen sind nicht der Reihe nach nummeriert. Bitte neu nummerieren.`, indexOfTag(moved, tagOf("qn", "reasons"), 0)],
    ]);
  });

  test("a number typed twice is a duplicate", () => {
    const last = indexOfTag(snapshot, tagOf("qn", "reasons"), count - 1);
    const changed = withText(snapshot, last, count === 1 ? "2." : "1.");
    expect(rulesOf(changed).filter((r) => r === "questionNumbering").length).toBeGreaterThanOrEqual(1);
  });
});
