/** The small readers the splitter is built from: letter parts, and where sentences and words begin and end. */
import { describe, expect, test } from "@jest/globals";
import { isHeading, isSalutation } from "../../../src/core/questions/letterParts";
import {
  asksQuestion,
  boundaryAt,
  endsSentence,
  endsWithQuestionMark,
  nextWord,
  previousWord,
} from "../../../src/core/questions/boundaries";

describe("letter parts", () => {
  test.each([
    "Sehr geehrte Damen und Herren,",
    "Sehr  geehrter Herr Meier,",
    "Liebe Kolleginnen,",
    "Lieber Herr Meier,",
    "Liebes Team,",
    "Hallo zusammen,",
    "Guten  Tag,",
  ])("%s is a salutation", (line) => expect(isSalutation(line)).toBe(true));

  test.each(["Wir sagen: Sehr geehrte Damen", "Liebenswert ist das nicht.", "Lieben Gruß", "Hallodri", "Guten Abend"])(
    "%s is not",
    (line) => expect(isSalutation(line)).toBe(false),
  );

  test.each([
    "Betreff: Radwege",
    "Betr. Radwege",
    "Thema: Kitas",
    "Anfrage der Fraktion",
    "Große  Anfrage der SPD",
    "kleine  anfrage zu Bäumen",
  ])("%s is a heading", (line) => expect(isHeading(line)).toBe(true));

  test.each(["Die Anfrage vom Mai", "Anfragen gibt es viele", "Großes Interesse"])("%s is not", (line) =>
    expect(isHeading(line)).toBe(false),
  );
});

describe("boundaries", () => {
  test("a number may start a question at a line start, or after a sentence and a space; never glued to a word", () => {
    expect(boundaryAt("1. Wie?", 0)).toBe("lineStart");
    expect(boundaryAt("Text\n  2. Wer?", 7)).toBe("lineStart");
    expect(boundaryAt("Wir fragen: 1. Wie?", 12)).toBe("inline");
    expect(boundaryAt("am 1. Juli", 3)).toBeUndefined();
    expect(boundaryAt("Nr.1", 3)).toBeUndefined();
    expect(boundaryAt("Ende.\nam 3. Mai", 9)).toBeUndefined();
    expect(boundaryAt(`${"x".repeat(40)}. 3. Wie?`, 42)).toBe("inline");
  });

  test("the word before and after a place, across spaces and line breaks", () => {
    expect(previousWord("laut Ziffer\n 3.", 13)).toBe("Ziffer");
    expect(previousWord("  ", 2)).toBe("");
    expect(nextWord("3.  Januar 2019", 2)).toBe("Januar");
    expect(nextWord("3. 2019", 2)).toBe("");
    expect(nextWord("x".repeat(70) + "Januar", 0)).toBe("x".repeat(60));
  });

  test("sentence ends and question marks, with closing quotes and brackets, and spaces after them", () => {
    expect([endsSentence("Er sagte: „Nein.“  "), endsSentence("und weiter "), endsSentence("  (siehe oben)")]).toEqual([
      true,
      false,
      true,
    ]);
    expect([
      endsWithQuestionMark("Wann?“) "),
      endsWithQuestionMark("Wann? Jetzt."),
      endsWithQuestionMark("a?b"),
    ]).toEqual([true, false, false]);
    expect([
      asksQuestion("Wie? Bitte aufschlüsseln."),
      asksQuestion("https://x.de/?a=1"),
      asksQuestion("„Wann?“"),
    ]).toEqual([true, false, true]);
  });
});
