/**
 * The registry of rules: README's table is the registry's, every message is declared in both languages with the
 * same placeholders, and the sentences render in each language.
 */
import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkDocument } from "../../../src/core/check";
import { render } from "../../../src/core/check/messages";
import { RULES } from "../../../src/core/check/rules";
import { context, profile, seedWith } from "./support";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the registry", () => {
  test("README's rule table lists every rule, in the order they run, with its description", () => {
    const readme = readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("## What the check looks at"),
      readme.indexOf("\n## ", readme.indexOf("## What the check looks at") + 1),
    );
    const rows = [...section.matchAll(/^\| `(\w+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(RULES.map((rule) => [rule.id, rule.description.en]));
  });

  test("ids are unique, and every rule describes itself in both languages", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES)
      expect([rule.id, rule.description.de.length > 10, rule.description.en.length > 10]).toEqual([
        rule.id,
        true,
        true,
      ]);
  });

  test.each(RULES.map((r) => [r.id, r] as const))(
    "%s: each message and phrase has the same placeholders in German and English",
    (_, rule) => {
      const texts = { ...rule.messages, ...rule.phrases };
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const [id, text] of Object.entries(texts))
        expect([id, placeholders(text.de)]).toEqual([id, placeholders(text.en)]);
      for (const message of Object.values(rule.messages)) expect(["error", "hint"]).toContain(message.severity);
    },
  );
});

describe("rendering", () => {
  test("a placeholder without data, or an unknown phrase, is a mistake that throws", () => {
    expect(() => render("{{field}} fehlt", {}, "de")).toThrow("no value for {{field}}");
    expect(() => render("{{x}}", { x: { phrase: "unknown" } }, "de")).toThrow('no phrase "unknown"');
    expect(render("{{a}}", { a: { quoted: "x".repeat(100) } }, "en")).toBe(`“${"x".repeat(79)}…”`);
  });

  // One document with a problem for many rules: its findings as the pane shows them, in each language.
  const findings = checkDocument(
    seedWith({
      "header.date": "30.06.2013",
      "header.number": "VO/0549/12/1-A",
      "header.email": "x",
      "header.phone": "12",
      "demography.goal1": "+",
    }),
    profile,
    context,
  );

  test("in German", () => {
    expect(findings.map((f) => f.message.de)).toEqual([
      "Telefon: „12“ hat 2 Ziffern; eine Telefonnummer hat 3 bis 15. Bitte prüfen.",
      "E-Mail: „x“ ist keine gültige E-Mail-Adresse. Bitte in der Form name@beispiel.de eingeben.",
      "„Datum“ (30.06.2013) liegt in der Zukunft. Bitte prüfen, ob das Datum stimmt.",
      "Drucks.-Nr. „VO/0549/12/1-A“: Das Jahr „12“ passt nicht zum Datum 30.06.2013. Bitte Jahr oder Datum korrigieren.",
      "Drucks.-Nr. „VO/0549/12/1-A“ setzt die Nummer der Anfrage nicht fort (Drucks.-Nr. der Anfrage „VO/0548/13“: „0549“ statt „0548“, „12“ statt „13“). Bitte die Nummer prüfen.",
      "„Sitzung am“ (24.06.2013) liegt vor dem Datum des Dokuments („Datum“: 30.06.2013). Bitte beide Daten prüfen.",
      "„Ziel 2 – Wanderungsbilanz verbessern“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
      "„Ziel 3 – gesellschaftliche Teilhabe ermöglichen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
      "„Erläuterungen zum Demografie-Check“ fehlen: „Ziel 1 – Stadtstrukturen anpassen“ ist mit „+“ bewertet. Bitte die Bewertung erläutern.",
    ]);
  });

  test("in English", () => {
    expect(findings.map((f) => f.message.en)).toEqual([
      "Telefon: “12” has 2 digits; a phone number has 3 to 15. Please check it.",
      "E-Mail: “x” is not a valid email address. Please enter it as name@example.org.",
      "“Datum” (30.06.2013) is in the future. Please check that the date is right.",
      "Drucks.-Nr. “VO/0549/12/1-A”: the year “12” does not match Datum 30.06.2013. Please correct the year or the date.",
      "Drucks.-Nr. “VO/0549/12/1-A” does not continue the inquiry's number (Drucks.-Nr. der Anfrage “VO/0548/13”: “0549” instead of “0548”, “12” instead of “13”). Please check the number.",
      "“Sitzung am” (24.06.2013) is before the document's date (“Datum”: 30.06.2013). Please check both dates.",
      "“Ziel 2 – Wanderungsbilanz verbessern” is not rated. Please choose “+”, “0” or “−”.",
      "“Ziel 3 – gesellschaftliche Teilhabe ermöglichen” is not rated. Please choose “+”, “0” or “−”.",
      "“Erläuterungen zum Demografie-Check” missing: “Ziel 1 – Stadtstrukturen anpassen” is rated “+”. Please explain the rating.",
    ]);
  });
});
