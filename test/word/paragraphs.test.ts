/**
 * Finding a finding's paragraph again (src/word/paragraphs.ts): by its position among body.paragraphs while its text
 * still begins there, else the first paragraph with its text; an empty paragraph only where it was. What the check
 * saw may have changed since: a paragraph typed above, text typed into an empty one, a paragraph deleted.
 */
import { afterEach, describe, expect, test } from "@jest/globals";
import { paragraphIndex, removeEmptyParagraphs, selectParagraph } from "../../src/word/paragraphs";
import { EDITION_IDS, installTestWord, paragraph, type TestWord } from "../../src/word-emulator/testing";

describe("paragraphIndex", () => {
  const texts = ["Vorwort", "", "Ergänzende Hinweise zur Statistik", "", "Stand: Juni 2013."];

  test("a paragraph still where the check saw it is found there, by the beginning of its text", () => {
    expect(paragraphIndex(texts, { paragraph: 2, text: "Ergänzende Hinweise" })).toBe(2);
    expect(paragraphIndex(texts, { paragraph: 0, text: "Vorwort" })).toBe(0);
    expect(paragraphIndex(texts, { paragraph: 1, text: "" })).toBe(1);
  });

  test("Word's line breaks, tabs and runs of spaces compare as one space; spaces around the text do not count", () => {
    const word = ["Sitzung am\v24.06.2013", "Gremium\t\tHauptausschuss", "ab"];
    expect(paragraphIndex(word, { paragraph: 0, text: "Sitzung am 24.06.2013" })).toBe(0);
    expect(paragraphIndex(word, { paragraph: 1, text: "  Gremium Hauptausschuss " })).toBe(1);
    // Spacing still tells words apart: "a b" is not "ab".
    expect(paragraphIndex(word, { paragraph: 2, text: "a b" })).toBe(-1);
  });

  test("a paragraph that moved is found by its text, the first that begins with it", () => {
    const moved = ["Neu getippt", ...texts];
    expect(paragraphIndex(moved, { paragraph: 2, text: "Ergänzende Hinweise" })).toBe(3);
    // Where the position now holds a paragraph that merely ends with the text, that is not it.
    expect(paragraphIndex(["Statistik: Hinweise", "Hinweise"], { paragraph: 0, text: "Hinweise" })).toBe(1);
  });

  test("an empty paragraph is found only where it was: another empty one is not it", () => {
    expect(paragraphIndex(["Neu getippt", "", ""], { paragraph: 0, text: "" })).toBe(-1);
    expect(paragraphIndex(["Vorwort", "Text"], { paragraph: 1, text: "" })).toBe(-1);
  });

  test("a text found nowhere, and positions outside the list, give -1 without failing", () => {
    expect(paragraphIndex(texts, { paragraph: 2, text: "Gelöscht" })).toBe(-1);
    expect(paragraphIndex(texts, { paragraph: texts.length, text: "" })).toBe(-1);
    expect(paragraphIndex(texts, { paragraph: -1, text: "" })).toBe(-1);
    expect(paragraphIndex([], { paragraph: 0, text: "" })).toBe(-1);
    expect(paragraphIndex(texts, { paragraph: 99, text: "Stand:" })).toBe(4);
  });
});

let word: TestWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

describe.each(EDITION_IDS)("on the Word stand-in, edition %s", (edition) => {
  const install = (...texts: string[]) => {
    word = installTestWord({ edition, body: texts.map((text) => paragraph(text)) });
    return word;
  };

  test("a click selects the paragraph at its place, also the first of the document", async () => {
    const test = install("Vorwort", "Ergänzende Hinweise");
    await selectParagraph({ paragraph: 0, text: "Vorwort" });
    expect(test.selection()).toMatchObject({ extent: "whole", text: "Vorwort" });
  });

  test("a paragraph typed above since the check: the click still finds the finding's paragraph", async () => {
    const test = install("Neu getippt", "Vorwort", "Ergänzende Hinweise");
    await selectParagraph({ paragraph: 1, text: "Ergänzende Hinweise" });
    expect(test.selection()).toMatchObject({ extent: "whole", text: "Ergänzende Hinweise" });
  });

  test("a paragraph deleted since the check: Word's 'not found', and the selection stays", async () => {
    const test = install("Vorwort", "Text");
    const before = test.selection();
    await expect(selectParagraph({ paragraph: 1, text: "Ergänzende Hinweise" })).rejects.toMatchObject({
      kind: "notFound",
    });
    expect(test.selection()).toEqual(before);
  });

  test("spacing at the top of the document is removed, and only the empty paragraphs go", async () => {
    const test = install("", "", "Text");
    expect(await removeEmptyParagraphs({ paragraph: 0, text: "" }, 2)).toBe(2);
    expect(test.bodyText()).toBe("Text");
  });

  test("fewer empty paragraphs left than the check counted: nothing is deleted", async () => {
    const test = install("Vorwort", "", "");
    await expect(removeEmptyParagraphs({ paragraph: 1, text: "" }, 3)).rejects.toMatchObject({ kind: "notFound" });
    expect(test.body).toHaveLength(3);
  });

  test("text typed into the second of two empty paragraphs: neither is deleted", async () => {
    const test = install("Vorwort", "", "Nachgetragen", "Text");
    await expect(removeEmptyParagraphs({ paragraph: 1, text: "" }, 2)).rejects.toMatchObject({ kind: "notFound" });
    expect(test.bodyText()).toBe("Vorwort\n\nNachgetragen\nText");
  });
});
