/** Focused cases for the heuristics that keep numbers inside a question from splitting it. */
import { describe, expect, test } from "@jest/globals";
import { splitQuestions } from "../../../src/core/questions";

const split = (text: string): string[] => splitQuestions(text).questions;

describe("numbers inside a question never split it", () => {
  test.each([
    ["a date", "1. Wie viele Anträge lagen am 31.12.2012 vor?\n2. Wie viele wurden bewilligt?"],
    ["a thousands separator", "1. Reichen 2.500 Plätze aus?\n2. Wie viele fehlen?"],
    ["a paragraph of a law", "1. Wie oft wurde nach § 31 SGB II sanktioniert?\n2. Wie oft nach § 32 SGB II?"],
    ["a school year", "1. Wie viele Kinder wurden 2013/2014 eingeschult?\n2. Wie viele 2014/2015?"],
    ["an attachment", "1. Ist der Plan in Anlage 1 aktuell? 2. Wer hat ihn erstellt?"],
    ["a clause reference", "1. Gilt Ziffer 3. der Satzung auch für Pflegekinder? 2. Seit wann?"],
  ])("%s", (_label, text) => {
    expect(split(text)).toHaveLength(2);
  });

  test("a number out of sequence is not a split point", () => {
    const text =
      "1. Wie viele Anträge wurden gestellt, seit die Frist auf\n3. Wochen verkürzt wurde?\n2. Wie viele wurden abgelehnt?";
    expect(split(text)).toEqual([
      "Wie viele Anträge wurden gestellt, seit die Frist auf 3. Wochen verkürzt wurde?",
      "Wie viele wurden abgelehnt?",
    ]);
  });

  test("a clause number wrapped to the start of a line stays in its question", () => {
    const text = "1. Gilt die Regelung nach Ziffer\n2. der Satzung auch für Pflegekinder?\n2. Seit wann?";
    expect(split(text)).toEqual(["Gilt die Regelung nach Ziffer 2. der Satzung auch für Pflegekinder?", "Seit wann?"]);
  });

  test("a date written out at the start of a line stays in its question", () => {
    const text =
      "1. Wie viele Anträge gingen zwischen Oktober 2013 und\n2. Januar 2014 ein?\n2. Wie viele wurden bewilligt?";
    expect(split(text)).toEqual([
      "Wie viele Anträge gingen zwischen Oktober 2013 und 2. Januar 2014 ein?",
      "Wie viele wurden bewilligt?",
    ]);
  });

  test("a number in the middle of a sentence is not a split point", () => {
    const text = "1. Wie viele Kinder der 1., 2. und 3. Klasse besuchen den Offenen Ganztag?\n2. Wie viele warten?";
    expect(split(text)).toEqual([
      "Wie viele Kinder der 1., 2. und 3. Klasse besuchen den Offenen Ganztag?",
      "Wie viele warten?",
    ]);
  });
});

describe("numbering forms", () => {
  test.each([
    ["1.", "1. Wie viele?\n2. Welche?"],
    ["1.)", "1.) Wie viele?\n2.) Welche?"],
    ["1)", "1) Wie viele?\n2) Welche?"],
    ["(1)", "(1) Wie viele?\n(2) Welche?"],
    ["Frage 1:", "Frage 1: Wie viele?\nFrage 2: Welche?"],
    ["Frage 1.", "Frage 1. Wie viele?\nFrage 2. Welche?"],
    ["Frage Nr. 1", "Frage Nr. 1: Wie viele?\nFrage Nr. 2: Welche?"],
    ["FRAGE 1 –", "FRAGE 1 – Wie viele?\nFRAGE 2 – Welche?"],
    ["numbers inside running text", "Wir fragen: 1. Wie viele? 2. Welche?"],
    ["a tab after the number", "1.\tWie viele?\n2.\tWelche?"],
    ["a bullet before the number", "• 1. Wie viele?\n• 2. Welche?"],
  ])("%s", (_label, text) => {
    expect(split(text)).toEqual(["Wie viele?", "Welche?"]);
  });

  test("a single numbered question is still a question", () => {
    expect(split("Sehr geehrte Damen und Herren,\n\n1. Wie viele Plätze gibt es?\n\nMit freundlichen Grüßen")).toEqual([
      "Wie viele Plätze gibt es?",
    ]);
  });
});

describe("the introduction ends the preamble", () => {
  test.each(["Wir bitten um Beantwortung folgender Fragen:", "Wir erbitten daher Auskunft:", "Dazu fragen wir:"])(
    "„%s“: a question asked before it is preamble",
    (introduction) => {
      expect(
        split(`Ist das gerecht?\n\n${introduction}\n\nWie viele Plätze gibt es?\n\nWer trägt die Kosten?`),
      ).toEqual(["Wie viele Plätze gibt es?", "Wer trägt die Kosten?"]);
    },
  );
});

describe("sub-points stay with their question", () => {
  test("lettered sub-points on their own lines are kept, one per line", () => {
    const text = "1. Welche Kosten entstehen\na) für Personal,\nb) für Sachmittel?\n2. Wann?";
    expect(split(text)).toEqual(["Welche Kosten entstehen\na) für Personal,\nb) für Sachmittel?", "Wann?"]);
  });

  test("sub-points inside a sentence stay inline", () => {
    const text = "1. Welche Kosten entstehen (a) für Personal, (b) für Sachmittel?\n2. Wann?";
    expect(split(text)[0]).toBe("Welche Kosten entstehen (a) für Personal, (b) für Sachmittel?");
  });

  test("sub-points of the last question survive, the closing does not", () => {
    const text =
      "1. Wie viele?\n2. Welche Schulen sind betroffen?\naa) Grundschulen?\nbb) Gesamtschulen?\n\nMit freundlichen Grüßen\ngez. Jürgen Groß";
    expect(split(text)[1]).toBe("Welche Schulen sind betroffen?\naa) Grundschulen?\nbb) Gesamtschulen?");
  });
});

describe("the letter around the questions", () => {
  test("salutation, introduction, closing and signature are not questions", () => {
    const text = [
      "Sehr geehrter Herr Oberbürgermeister,",
      "wir bitten um Beantwortung folgender Fragen:",
      "1. Wie groß ist die Fläche?",
      "2. Wem gehört sie?",
      "Mit freundlichen Grüßen",
      "gez. Käthe Weiß",
      "Fraktionsvorsitzende",
    ].join("\n");
    expect(split(text)).toEqual(["Wie groß ist die Fläche?", "Wem gehört sie?"]);
  });

  test("a Begründung after the questions is cut off, even with its own question mark", () => {
    const text = "1. Wie viele?\n2. Welche?\n\nBegründung:\nWarum fragen wir? Weil es wichtig ist.";
    expect(split(text)).toEqual(["Wie viele?", "Welche?"]);
  });

  test("a closing in running text is cut off", () => {
    expect(split("1. Wie viele? 2. Welche? Wir bitten um schriftliche Beantwortung. Mit freundlichen Grüßen")).toEqual([
      "Wie viele?",
      "Welche?",
    ]);
  });

  test("a remark that follows the last question is not part of it", () => {
    const text = "1. Wie viele?\n2. Welche?\nDie Fraktion behält sich weitere Fragen vor.\nErika Mustermann";
    expect(split(text)).toEqual(["Wie viele?", "Welche?"]);
  });

  test("a blank line between the number and the last question does not lose it", () => {
    expect(split("Frage 1:\n\nWie viele?\n\nFrage 2:\n\nWelche?\n\nMit freundlichen Grüßen")).toEqual([
      "Wie viele?",
      "Welche?",
    ]);
  });

  test("sub-points after a blank line still belong to the last question", () => {
    expect(split("1. Wie viele?\n2. Welche Schulen?\n\na) Grundschulen?\n\nb) Gymnasien?\n\nHans Groß")[1]).toBe(
      "Welche Schulen?\na) Grundschulen?\nb) Gymnasien?",
    );
  });

  test("a follow-up question on the next line belongs to the last question", () => {
    expect(split("1. Wie viele?\n2. Gibt es eine Warteliste?\nWie lang ist sie?\nHans Groß")[1]).toBe(
      "Gibt es eine Warteliste? Wie lang ist sie?",
    );
  });

  test("a request qualifier after the last question is part of it", () => {
    const text =
      "1. Wie viele?\n2. Welche Kosten entstehen?\nBitte nach Jahren aufschlüsseln.\n\nMit freundlichen Grüßen";
    expect(split(text)[1]).toBe("Welche Kosten entstehen? Bitte nach Jahren aufschlüsseln.");
  });
});

describe("unnumbered inquiries", () => {
  test("paragraphs ending with a question mark are the questions", () => {
    const text =
      "Sehr geehrte Damen und Herren,\n\nwie viele Plätze gibt es?\n\nWelche Kosten entstehen?\n\nMit freundlichen Grüßen\nMax Mustermann";
    expect(split(text)).toEqual(["wie viele Plätze gibt es?", "Welche Kosten entstehen?"]);
  });

  test("rhetorical questions before the introduction are not questions", () => {
    const text = "Ist das gerecht?\n\nWir fragen daher:\n\nWie viele Familien sind betroffen?\n\nWas kostet das?";
    expect(split(text)).toEqual(["Wie viele Familien sind betroffen?", "Was kostet das?"]);
  });

  test("a title that ends with a question mark is not a question", () => {
    const text =
      "Anfrage: Wie sicher sind unsere Schulwege?\n\nWie viele Unfälle gab es 2015?\n\nWelche Maßnahmen sind geplant?";
    expect(split(text)).toEqual(["Wie viele Unfälle gab es 2015?", "Welche Maßnahmen sind geplant?"]);
  });

  test("nothing after the closing counts, not even a rhetorical question in the Begründung", () => {
    const text =
      "Wie viele Unfälle gab es?\n\nWelche Maßnahmen sind geplant?\n\nBegründung:\nWarum fragen wir? Weil Eltern sich sorgen.";
    expect(split(text)).toEqual(["Wie viele Unfälle gab es?", "Welche Maßnahmen sind geplant?"]);
  });

  test("a numbered Sachverhalt does not hide the unnumbered questions after it", () => {
    const text = [
      "Zum Sachverhalt:",
      "1. Das Hallenbad ist seit Mai geschlossen.",
      "2. Die Vereine weichen nach Vohwinkel aus.",
      "",
      "Wann öffnet das Bad wieder?",
      "",
      "Welche Wasserzeiten erhalten die Schulen bis dahin?",
    ].join("\n");
    expect(split(text)).toEqual(["Wann öffnet das Bad wieder?", "Welche Wasserzeiten erhalten die Schulen bis dahin?"]);
  });

  test("a request to report that ends with a colon does not discard the questions before it", () => {
    const text =
      "Wie viele Plätze gibt es?\n\nWie hoch sind die Kosten? Bitte schlüsseln Sie auf nach:\na) Personal,\nb) Sachmitteln.";
    expect(split(text)).toEqual([
      "Wie viele Plätze gibt es?",
      "Wie hoch sind die Kosten? Bitte schlüsseln Sie auf nach:\na) Personal,\nb) Sachmitteln.",
    ]);
  });

  test("a question on the line right after the salutation is found", () => {
    expect(split("Sehr geehrte Damen und Herren,\nwie viele Plätze gibt es?\nMit freundlichen Grüßen")).toEqual([
      "wie viele Plätze gibt es?",
    ]);
  });

  test("each bullet that asks is a question of its own", () => {
    expect(split("Wir fragen:\n• Wie viele Plätze gibt es?\n• Was kosten sie?")).toEqual([
      "Wie viele Plätze gibt es?",
      "Was kosten sie?",
    ]);
  });

  test("bullets below a question ending with a colon are its sub-points", () => {
    expect(split("Wie hoch sind die Kosten für:\n• Personal?\n• Sachmittel?\n\nWer trägt sie?")).toEqual([
      "Wie hoch sind die Kosten für:\n- Personal?\n- Sachmittel?",
      "Wer trägt sie?",
    ]);
  });

  test("Word's manual line break separates questions", () => {
    expect(split("Wie viele Plätze gibt es?\vWelche Kosten entstehen?")).toEqual([
      "Wie viele Plätze gibt es?",
      "Welche Kosten entstehen?",
    ]);
  });

  test("a letter without any question gives no questions", () => {
    expect(split("Sehr geehrte Damen und Herren,\nvielen Dank für Ihr Schreiben.\nMit freundlichen Grüßen")).toEqual(
      [],
    );
  });
});

describe("text clean-up", () => {
  test("non-breaking spaces, tabs and repeated spaces become single spaces", () => {
    expect(split("1. Gilt §\u00a031\u202fSGB II\t auch  hier?\n2. Ab wann?")[0]).toBe("Gilt § 31 SGB II auch hier?");
  });

  test("umlauts written with combining marks are composed, so the closing is still recognised", () => {
    const decomposed = "1. Wie viele?\n2. Welche?\nMit freundlichen Gru\u0308\u00dfen\nJo\u0308rg";
    expect(split(decomposed)).toEqual(["Wie viele?", "Welche?"]);
  });

  test("soft hyphens and zero-width spaces disappear", () => {
    expect(split("1. Wie hoch ist die Straßen\u00adausbau\u200bbeitrag\u00adsumme?\n2. Wer zahlt?")[0]).toBe(
      "Wie hoch ist die Straßenausbaubeitragsumme?",
    );
  });
});
