/** 1, 50 and 500 questions: the check runs and finds numbering problems after pairs are deleted or moved. */
import { describe, expect, test } from "@jest/globals";
import { checkDocument } from "../../../src/core/check";
import {
  moveSubtreeBefore,
  pairFrames,
  passingSeed,
  profile,
  context,
  removeSubtree,
  indexOfTag,
  tagOf,
  withText,
} from "./support";

function documentWith(count: number) {
  const questions = Array.from({ length: count }, (_, i) => ({
    question: `Frage Nummer ${i + 1}?`,
    answer: i % 7 === 6 ? "Siehe 1." : `Antwort auf Frage ${i + 1}.`,
  }));
  return passingSeed({}, { reasons: questions });
}

const rulesOf = (snapshot: ReturnType<typeof documentWith>) =>
  checkDocument(snapshot, profile, context).map((f) => f.rule);

describe.each([1, 50, 500])("%i questions", (count) => {
  const snapshot = documentWith(count);
  const frames = pairFrames(snapshot);
  // Tests that need more pairs than there are exist only where there are enough: none passes by returning early.
  const withAtLeast = (pairs: number) => (count >= pairs ? test : () => undefined);

  test("the whole document passes", () => {
    expect(frames).toHaveLength(count);
    expect(checkDocument(snapshot, profile, context)).toEqual([]);
  });

  withAtLeast(2)("deleting the first pair: one numbering finding", () => {
    const findings = checkDocument(removeSubtree(snapshot, frames[0]), profile, context);
    const numbering = findings.filter((f) => f.rule === "questionNumbering");
    expect(numbering).toHaveLength(1);
    expect(numbering[0]).toMatchObject({ repair: "renumberQuestions", sectionId: "reasons" });
    expect(numbering[0].message.de).toContain("fehlt die Nummer 1.");
  });

  withAtLeast(3)("deleting a pair in the middle leaves a gap", () => {
    const middle = Math.floor(count / 2);
    const findings = checkDocument(removeSubtree(snapshot, frames[middle]), profile, context);
    expect(findings.map((f) => f.message.de)).toContainEqual(
      `„Begründung“: In der Zählung der Fragen (1–${count - 1}) fehlt die Nummer ${middle + 1}. Bitte neu nummerieren.`,
    );
  });

  withAtLeast(2)("moving the last pair to the front puts the numbers out of order", () => {
    const moved = moveSubtreeBefore(snapshot, frames[count - 1], frames[0]);
    const findings = checkDocument(moved, profile, context).filter((f) => f.rule === "questionNumbering");
    expect(findings.map((f) => [f.message.de, f.target])).toEqual([
      [
        `„Begründung“: Frage ${count} steht an 1. Stelle: Die Fragen sind nicht der Reihe nach nummeriert. Bitte neu nummerieren.`,
        indexOfTag(moved, tagOf("qn", "reasons"), 0),
      ],
    ]);
  });

  test("a number typed twice is a duplicate", () => {
    const last = indexOfTag(snapshot, tagOf("qn", "reasons"), count - 1);
    const changed = withText(snapshot, last, count === 1 ? "2." : "1.");
    expect(rulesOf(changed).filter((r) => r === "questionNumbering").length).toBeGreaterThanOrEqual(1);
  });
});

test("deleting the only pair leaves no question: one Fehler, and no numbering finding", () => {
  const snapshot = documentWith(1);
  const findings = checkDocument(removeSubtree(snapshot, pairFrames(snapshot)[0]), profile, context);
  expect(findings.map((f) => f.rule)).toEqual(["questionsComplete"]);
});
