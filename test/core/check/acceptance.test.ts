/** Acceptance (issue 3): the seed's content in the template gives exactly the three unrated goals, nothing else. */
import { describe, expect, test } from "@jest/globals";
import { checkDocument, summarize } from "../../../src/core/check";
import { itemKey } from "../../../src/core/tags";
import type { RatingSection } from "../../../src/core/profile/types";
import { context, indexOfTag, profile, seedWith, snapshotOf, tagOf } from "./support";
import { seedContent } from "./seedContent";

const demography = profile.sections.find((s): s is RatingSection => s.kind === "rating")!;

describe("the seed document", () => {
  const snapshot = snapshotOf(seedContent());
  const findings = checkDocument(snapshot, profile, context);

  test("yields exactly three errors: the Demografie-Check goals unrated", () => {
    expect(findings).toHaveLength(3);
    expect(
      findings.every((f) => f.severity === "error" && f.rule === "ratingsRated" && f.sectionId === demography.id),
    ).toBe(true);
    const targets = demography.items.map((item) => indexOfTag(snapshot, tagOf("r", itemKey(demography.id, item.id))));
    expect(findings.map((f) => f.target)).toEqual(targets);
    expect(findings[0].message.de).toBe(
      "„Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
    );
    expect(findings[0].message.en).toBe(
      "“Ziel 1 – Stadtstrukturen anpassen” is not rated. Please choose “+”, “0” or “−”.",
    );
  });

  test("accepts „Siehe 1.“ and the empty optional Erläuterungen", () => {
    expect(findings.some((f) => f.rule === "answerReferences" || f.rule === "explanationRequired")).toBe(false);
  });

  test("once rated, the seed is ready for submission", () => {
    const rated = checkDocument(
      seedWith({ "demography.goal1": "0", "demography.goal2": "0", "demography.goal3": "0" }),
      profile,
      context,
    );
    expect(rated).toEqual([]);
    expect(summarize(rated, profile, "de")).toBe("Prüfergebnis\n\nKeine Befunde.\n\nBereit zur Einreichung.");
  });

  test("the summary for the e-mail groups the findings under their section", () => {
    expect(summarize(findings, profile, "de")).toBe(
      [
        "Prüfergebnis",
        "",
        "Demografie-Check",
        "- Fehler: „Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
        "- Fehler: „Ziel 2 – Wanderungsbilanz verbessern“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
        "- Fehler: „Ziel 3 – gesellschaftliche Teilhabe ermöglichen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
        "",
        "Nicht bereit: 3 Fehler, 0 Hinweise.",
      ].join("\n"),
    );
    expect(summarize(findings, profile, "en").split("\n").pop()).toBe("Not ready: 3 errors, 0 hints.");
  });

  test("the same holds when the reader cannot tell placeholders (Word's API): they are recognised by their text", () => {
    const asWord = { controls: snapshot.controls.map((c) => ({ ...c, showingPlaceholder: false })) };
    expect(checkDocument(asWord, profile, context)).toEqual(findings);
  });

  test.each([
    ["plain-text fallback (WordApi 1.5 to 1.8)", true],
    ["rich-text fallback (Word 2019: no other kind is listed)", false],
  ])("the same holds where Word offers no drop-downs or date pickers: %s", (_name, plainText) => {
    const fallback = snapshotOf(seedContent(), {
      capabilities: { plainText, datePicker: false, dropDown: false, comboBox: false },
    });
    expect(checkDocument(fallback, profile, context).map((f) => f.rule)).toEqual([
      "ratingsRated",
      "ratingsRated",
      "ratingsRated",
    ]);
  });
});
