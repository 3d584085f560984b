/** The runner: rules in isolation, targets kept inside the snapshot, findings in the pane's order; the summary. */
import { describe, expect, test } from "@jest/globals";
import {
  checkDocument,
  runRules,
  sortFindings,
  summarize,
  tally,
  verdict,
  type Finding,
  type Rule,
} from "../../../src/core/check";
import { modelOf } from "../../../src/core/check/model";
import { findingsOf } from "../../../src/core/check/run";
import { context, passingSeed, profile, seedWith } from "./support";

const finding = (
  sectionId: string | null,
  target: number | null,
  severity: Finding["severity"] = "error",
  text = "x",
): Finding => ({
  rule: "test",
  messageId: "x",
  data: {},
  severity,
  sectionId,
  target,
  message: { de: text, en: text },
});

/** A rule for the runner's tests: one message, reported at the given places. */
const ruleReporting = (id: string, places: [string | null, number | null][]): Rule => ({
  id,
  description: { de: "Test", en: "Test" },
  messages: { x: { severity: "error", de: "x", en: "x" } },
  check: () => places.map(([sectionId, target]) => ({ messageId: "x", sectionId, target })),
});

describe("runRules", () => {
  const model = modelOf(passingSeed(), profile);

  test("a rule that throws costs only its own findings and leaves one hint", () => {
    const boom: Rule = {
      ...ruleReporting("boom", []),
      check: () => {
        throw new Error("bug");
      },
    };
    const fine = ruleReporting("fine", [["header", 1]]);
    expect(runRules(model, context, [boom, fine])).toEqual([
      {
        rule: "boom",
        messageId: "ruleFailed",
        data: { rule: { quoted: "boom" } },
        severity: "hint",
        sectionId: null,
        target: null,
        message: {
          de: "Regel „boom“ konnte nicht angewendet werden. Bitte diesen Punkt selbst prüfen.",
          en: "Rule “boom” could not be applied. Please check this point yourself.",
        },
      },
      { ...finding("header", 1), rule: "fine" },
    ]);
  });

  test("a rule returning something other than an array counts as failed", () => {
    const odd = { ...ruleReporting("odd", []), check: () => "nope" } as unknown as Rule;
    expect(runRules(model, context, [odd]).map((f) => [f.rule, f.severity])).toEqual([["odd", "hint"]]);
  });

  test("the engine stamps the rule's id, takes the severity from the message, renders it, and keeps data and repair", () => {
    const rule: Rule = {
      id: "stamped",
      description: { de: "Test", en: "Test" },
      messages: { gone: { severity: "hint", de: "{{what}} fehlt.", en: "{{what}} is missing." } },
      check: () => [{ messageId: "gone", sectionId: "header", target: 2, data: { what: 7 }, repair: "restoreSection" }],
    };
    expect(runRules(model, context, [rule])).toEqual([
      {
        rule: "stamped",
        messageId: "gone",
        data: { what: 7 },
        severity: "hint",
        sectionId: "header",
        target: 2,
        message: { de: "7 fehlt.", en: "7 is missing." },
        repair: "restoreSection",
      },
    ]);
  });

  test("a report of a message the rule does not declare fails that rule alone; the tests' path throws it", () => {
    const undeclared = {
      ...ruleReporting("undeclared", []),
      check: () => [{ messageId: "nope", sectionId: null, target: null }],
    };
    expect(
      runRules(model, context, [undeclared, ruleReporting("fine", [["header", 1]])]).map((f) => [f.rule, f.messageId]),
    ).toEqual([
      ["undeclared", "ruleFailed"],
      ["fine", "x"],
    ]);
    expect(() => findingsOf(undeclared, model, context)).toThrow('rule undeclared has no message "nope"');
    expect(() => findingsOf({ ...undeclared, check: () => "nope" } as unknown as Rule, model, context)).toThrow(
      "rule undeclared reported no list",
    );
  });

  test("a target outside the snapshot becomes no place", () => {
    const wild = ruleReporting("wild", [
      ["header", -1],
      ["header", 1.5],
      ["header", 1e9],
      ["header", 3],
      ["header", model.snapshot.controls.length],
      ["header", model.snapshot.controls.length - 1],
    ]);
    expect(findingsOf(wild, model, context).map((f) => f.target)).toEqual([
      null,
      null,
      null,
      3,
      null,
      model.snapshot.controls.length - 1,
    ]);
  });

  test("a group's findings weigh as the profile says, and as Hinweise where it says nothing", () => {
    const grouped: Rule = { ...ruleReporting("grouped", [[null, null]]), group: "accessibility" };
    const { accessibility: _unsaid, ...silent } = profile;
    const severities = (p: typeof profile) =>
      runRules(modelOf(passingSeed(), p), context, [grouped]).map((f) => f.severity);
    expect(severities({ ...profile, accessibility: { severity: "error", titleFields: [] } })).toEqual(["error"]);
    expect(severities(silent)).toEqual(["hint"]);
  });

  test("a snapshot the model cannot be built from is one Fehler, so the answer is never ready by mistake", () => {
    const findings = checkDocument({} as Parameters<typeof checkDocument>[0], profile, context);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["model", "error"]]);
  });
});

describe("sortFindings", () => {
  test("document-wide first, then the profile's section order, then document order", () => {
    const findings = [
      finding("demography", 90),
      finding("header", 7),
      finding(null, 50),
      finding("header", 3),
      finding("reasons", null),
      finding("unknown-section", 1),
      finding("header", 3, "hint"),
      { ...finding(null, 0), group: "accessibility" as const },
    ];
    expect(sortFindings(findings, profile).map((f) => [f.sectionId, f.target, f.severity, f.group])).toEqual([
      [null, 50, "error", undefined],
      ["header", 3, "error", undefined],
      ["header", 3, "hint", undefined],
      ["header", 7, "error", undefined],
      ["reasons", null, "error", undefined],
      ["demography", 90, "error", undefined],
      ["unknown-section", 1, "error", undefined],
      [null, 0, "error", "accessibility"],
    ]);
  });

  test("findings at the same place keep the order the rules gave them", () => {
    // Many: a sort merges runs beyond a few dozen, where a wrong tie-break would show.
    const texts = Array.from({ length: 100 }, (_, i) => `Befund ${i}`);
    const same = texts.map((text) => finding("header", 3, "error", text));
    expect(sortFindings([finding("header", 4), ...same], profile).map((f) => f.message.de)).toEqual([...texts, "x"]);
  });

  test("checkDocument returns its findings in that order", () => {
    const findings = checkDocument(
      seedWith({ "header.author": "", "meeting.date": "31.02.2013", "header.phone": "abc" }),
      profile,
      context,
    );
    const rank = (f: Finding) => profile.sections.findIndex((s) => s.id === f.sectionId);
    expect(findings.map(rank)).toEqual([...findings.map(rank)].sort((a, b) => a - b));
    expect(findings.map((f) => f.rule)).toEqual([
      "requiredFields",
      "phoneNumbers",
      "validDates",
      "ratingsRated",
      "ratingsRated",
      "ratingsRated",
    ]);
  });

  test("an unrelated many-problem document: every finding in range, each rule named", () => {
    const findings = checkDocument(
      seedWith({
        "header.date": "30.06.2013",
        "header.number": "VO/0549/12/1-A",
        "header.email": "x",
        "demography.goal1": "+",
      }),
      profile,
      context,
    );
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "emailAddresses:error",
      "documentDateInFuture:hint",
      "numberYear:error",
      "numberContinuesInquiry:error",
      "datesInOrder:error",
      "ratingsRated:error",
      "ratingsRated:error",
      "explanationRequired:error",
    ]);
  });
});

describe("verdict", () => {
  const of = (errors: number, hints: number) => [
    ...Array.from({ length: errors }, () => finding("header", 1, "error")),
    ...Array.from({ length: hints }, () => finding("header", 1, "hint")),
  ];

  test.each([
    [0, 0, "Bereit zur Einreichung.", "Ready for submission."],
    [0, 2, "Bereit zur Einreichung.", "Ready for submission."],
    [1, 0, "Nicht bereit: 1 Fehler, 0 Hinweise.", "Not ready: 1 error, 0 hints."],
    [1, 1, "Nicht bereit: 1 Fehler, 1 Hinweis.", "Not ready: 1 error, 1 hint."],
    [2, 3, "Nicht bereit: 2 Fehler, 3 Hinweise.", "Not ready: 2 errors, 3 hints."],
  ])("%i Fehler, %i Hinweise: %s", (errors, hints, de, en) => {
    expect(tally(of(errors, hints))).toEqual({ errors, hints });
    expect([verdict(of(errors, hints), "de"), verdict(of(errors, hints), "en")]).toEqual([de, en]);
  });
});

describe("summarize", () => {
  test("hints only: ready, and the hints listed", () => {
    const text = summarize(
      [finding(null, null, "hint", "Dokumentweit."), finding("header", 1, "hint", "Datum prüfen.")],
      profile,
      "de",
    );
    expect(text).toBe(
      "Prüfergebnis\n\nDokument\n- Hinweis: Dokumentweit.\n\nKopf\n- Hinweis: Datum prüfen.\n\nBereit zur Einreichung.",
    );
  });

  test("counts in German and English, singular and plural", () => {
    const findings = [finding("header", 1), finding("header", 2, "hint")];
    expect(summarize(findings, profile, "de").split("\n").pop()).toBe("Nicht bereit: 1 Fehler, 1 Hinweis.");
    expect(summarize(findings, profile, "en")).toBe(
      "Check result\n\nKopf\n- Error: x\n- Hint: x\n\nNot ready: 1 error, 1 hint.",
    );
    expect(
      summarize([...findings, finding("meeting", 3, "hint")], profile, "de")
        .split("\n")
        .pop(),
    ).toBe("Nicht bereit: 1 Fehler, 2 Hinweise.");
  });

  test("a finding of a section the profile does not name is still listed", () => {
    expect(summarize([finding("elsewhere", null)], profile, "de")).toContain("elsewhere\n- Fehler: x");
  });
});
