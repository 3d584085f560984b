/** Required fields, choices and ratings: each rule passes on the seed and fails where it should. */
import { listOf, oneOf, phrase, quoted } from "../../../src/core/check/messages";
import { describe, expect, test } from "@jest/globals";
import choiceValues from "../../../src/core/check/rules/choiceValues";
import explanationRequired from "../../../src/core/check/rules/explanationRequired";
import ratingsRated from "../../../src/core/check/rules/ratingsRated";
import ratingValues from "../../../src/core/check/rules/ratingValues";
import requiredFields from "../../../src/core/check/rules/requiredFields";
import { matchingChoice } from "../../../src/core/check/values/choices";
import { indexOfTag, passingSeed, removeSubtree, runRule, said, snapshotOf, tagOf, withText } from "./support";

describe("requiredFields", () => {
  test("passes when every required field is filled; an empty optional field (Fax) is fine", () => {
    expect(runRule(requiredFields, passingSeed({ "header.fax": "" }))).toEqual([]);
  });

  test("an empty field is an error at the field, named by its title", () => {
    const snapshot = passingSeed({ "header.author": "" });
    expect(runRule(requiredFields, snapshot)).toEqual([
      {
        rule: "requiredFields",
        messageId: "empty",
        data: { field: quoted("Bearbeiter/in"), todo: phrase("fillIn") },
        severity: "error",
        sectionId: "header",
        target: indexOfTag(snapshot, tagOf("f", "header.author")),
        message: {
          de: "„Bearbeiter/in“ ist noch leer. Bitte ausfüllen.",
          en: "“Bearbeiter/in” is still empty. Please fill it in.",
        },
      },
    ]);
  });

  test("a field still showing its placeholder text counts as empty, even when the reader cannot tell", () => {
    const seed = passingSeed();
    const author = indexOfTag(seed, tagOf("f", "header.author"));
    const findings = runRule(requiredFields, withText(seed, author, "Vor- und Nachname"));
    expect(findings.map((f) => f.target)).toEqual([author]);
  });

  test("an empty choice says which choices there are", () => {
    const [finding] = runRule(requiredFields, passingSeed({ "header.publicity": "" }));
    expect(said(finding)).toEqual({
      messageId: "empty",
      data: {
        field: quoted("öffentlich/nichtöffentlich"),
        todo: phrase("choose", { choices: oneOf(["öffentlich", "nichtöffentlich"]) }),
      },
    });
  });

  test("an empty combo box asks to fill it in: its list only suggests", () => {
    const [finding] = runRule(requiredFields, passingSeed({ "meeting.committee": "" }));
    expect(said(finding)).toEqual({ messageId: "empty", data: { field: quoted("Gremium"), todo: phrase("fillIn") } });
  });

  test("a deleted field control is reported at its section's frame", () => {
    const seed = passingSeed();
    const snapshot = removeSubtree(seed, indexOfTag(seed, tagOf("f", "signature.text")));
    const findings = runRule(requiredFields, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      sectionId: "signature",
      target: indexOfTag(snapshot, tagOf("s", "signature")),
    });
    expect(said(findings[0])).toEqual({
      messageId: "missing",
      data: { field: quoted("Unterschrift"), section: quoted("Unterschrift") },
    });
  });

  test("fields of a missing section are left to the missing-section rule", () => {
    const seed = passingSeed();
    expect(runRule(requiredFields, removeSubtree(seed, indexOfTag(seed, tagOf("s", "header"))))).toEqual([]);
  });

  test("a fresh template reports every required field", () => {
    const findings = runRule(requiredFields, snapshotOf({}));
    // The proposal has default text; the explanation and Fax are optional.
    expect(findings.every((f) => f.target !== null)).toBe(true);
    expect(findings.map((f) => f.sectionId)).toEqual([
      "header",
      "header",
      "header",
      "header",
      "header",
      "header",
      "header",
      "header",
      "meeting",
      "meeting",
      "meeting",
      "inquiry",
      "inquiry",
      "reason",
      "consents",
      "signature",
    ]);
  });
});

describe("choiceValues", () => {
  test("passes for a choice, written with other spacing or case", () => {
    expect(runRule(choiceValues, passingSeed())).toEqual([]);
    expect(
      runRule(
        choiceValues,
        passingSeed({ "meeting.resolution": "Entgegennahme o.B.", "header.publicity": "Öffentlich" }),
      ),
    ).toEqual([]);
  });

  test("free text in a choice field (plain-text fallback) is an error listing the choices", () => {
    const snapshot = passingSeed({ "meeting.resolution": "Beratung und Entscheidung" });
    const findings = runRule(choiceValues, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0].target).toBe(indexOfTag(snapshot, tagOf("f", "meeting.resolution")));
    expect(said(findings[0])).toEqual({
      messageId: "notAChoice",
      data: {
        field: quoted("Beschlussqualität"),
        value: quoted("Beratung und Entscheidung"),
        choices: oneOf(["Entgegennahme o. B.", "Beratung", "Empfehlung/Anhörung", "Entscheidung"]),
      },
    });
  });

  test("two choices at once are not one choice", () => {
    expect(runRule(choiceValues, passingSeed({ "header.publicity": "öffentlich/nichtöffentlich nein" }))).toHaveLength(
      1,
    );
  });

  test("a combo box may hold free text", () => {
    expect(runRule(choiceValues, passingSeed({ "meeting.committee": "Ausschuss für Gleichstellung" }))).toEqual([]);
  });

  test("matchingChoice treats every dash alike", () => {
    expect(matchingChoice("-", ["+", "0", "−"])).toBe("−");
    expect(matchingChoice(" – ", ["+", "0", "−"])).toBe("−");
    expect(matchingChoice("+-", ["+", "0", "−"])).toBeUndefined();
  });
});

describe("ratingsRated", () => {
  test("passes when every goal is rated", () => {
    expect(runRule(ratingsRated, passingSeed())).toEqual([]);
  });

  test("an unrated goal is an error at its control", () => {
    const snapshot = passingSeed({ "demography.goal2": "" });
    expect(runRule(ratingsRated, snapshot).map((f) => [f.severity, f.target])).toEqual([
      ["error", indexOfTag(snapshot, tagOf("r", "demography.goal2"))],
    ]);
  });

  test("the prompt typed with a hyphen („+/0/-“, as in the seed) is still unrated", () => {
    const seed = passingSeed();
    const goal = indexOfTag(seed, tagOf("r", "demography.goal1"));
    expect(runRule(ratingsRated, withText(seed, goal, "+/0/-"))).toHaveLength(1);
    expect(runRule(ratingValues, withText(seed, goal, "+/0/-"))).toEqual([]);
  });

  test("a deleted rating control is reported at the section", () => {
    const seed = passingSeed();
    const snapshot = removeSubtree(seed, indexOfTag(seed, tagOf("r", "demography.goal3")));
    const findings = runRule(ratingsRated, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0].target).toBe(indexOfTag(snapshot, tagOf("s", "demography")));
  });
});

describe("ratingValues", () => {
  test("accepts each choice, and „-“ for „−“", () => {
    expect(
      runRule(
        ratingValues,
        passingSeed({ "demography.goal1": "+", "demography.goal2": " 0 ", "demography.goal3": "-" }),
      ),
    ).toEqual([]);
  });

  test("anything else is an error", () => {
    const findings = runRule(ratingValues, passingSeed({ "demography.goal1": "++", "demography.goal2": "positiv" }));
    expect(findings).toHaveLength(2);
    expect(said(findings[1])).toEqual({
      messageId: "invalid",
      data: {
        goal: quoted("Ziel 2 – Wanderungsbilanz verbessern"),
        value: quoted("positiv"),
        choices: oneOf(["+", "0", "−"]),
      },
    });
  });
});

describe("explanationRequired", () => {
  test("ratings of 0 need no explanation", () => {
    expect(runRule(explanationRequired, passingSeed())).toEqual([]);
  });

  test("a + or − (also typed as -) without Erläuterungen is an error at the explanation", () => {
    const snapshot = passingSeed({ "demography.goal1": "+", "demography.goal3": "-" });
    const findings = runRule(explanationRequired, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0].target).toBe(indexOfTag(snapshot, tagOf("f", "demography.notes")));
    expect(said(findings[0])).toEqual({
      messageId: "missing",
      data: {
        explanation: quoted("Erläuterungen zum Demografie-Check"),
        because: listOf(
          [
            phrase("ratedWith", { goal: quoted("Ziel 1 – Stadtstrukturen anpassen"), value: quoted("+") }),
            phrase("ratedWith", {
              goal: quoted("Ziel 3 – gesellschaftliche Teilhabe ermöglichen"),
              value: quoted("-"),
            }),
          ],
          "; ",
        ),
      },
    });
  });

  test("with the Erläuterungen field deleted, the error is at the section's frame", () => {
    const rated = passingSeed({ "demography.goal1": "+" });
    const snapshot = removeSubtree(rated, indexOfTag(rated, tagOf("f", "demography.notes")));
    expect(runRule(explanationRequired, snapshot).map((f) => [f.messageId, f.target])).toEqual([
      ["missing", indexOfTag(snapshot, tagOf("s", "demography"))],
    ]);
  });

  test("filled Erläuterungen satisfy it", () => {
    expect(
      runRule(
        explanationRequired,
        passingSeed({ "demography.goal1": "+", "demography.notes": "Mehr Teilhabe durch Vermittlung." }),
      ),
    ).toEqual([]);
  });
});
