/**
 * Answers written without the add-in: the seed's answer typed the old way (header and meeting as tables, Word's
 * heading styles, numbered question lines, nothing else), and a colleague's variant of it.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { checkDocument } from "../../../src/core/check";
import { snapshotOfBody } from "../../../src/core/check/fromTree";
import { buildAnswer } from "../../../src/core/ooxml/document";
import { documentPart } from "../../../src/core/ooxml/package";
import { readWordBody } from "../../../src/core/ooxml/read";
import type { WmlNode } from "../../../src/core/ooxml/tree";
import { defaultProfile } from "../../../src/core/profile";
import { recogniseLegacy, snapshotOfDocument } from "../../../src/core/recognise";
import { recogniseAnswer, splitAmong } from "../../../src/core/recognise/legacy";
import { SEED_QUESTIONS, SEED_TODAY, SEED_VALUES, seedContent } from "../check/seedContent";
import { colleaguesVariant, p, seedTheOldWay, writtenTheOldWay } from "./legacyAnswer";

const profile = defaultProfile();
const context = { today: SEED_TODAY };

/** The same answer written by `ratsantwort new --data docs/beispiel-antwort.json`, with its controls. */
function writtenWithTheAddin(): WmlNode[] {
  const read = readWordBody(documentPart(buildAnswer(profile, { content: seedContent() }), false));
  if (!read.ok) throw new Error(read.error);
  return read.body;
}

const rulesAndMessages = (findings: ReturnType<typeof checkDocument>) =>
  findings.map((f) => [f.rule, f.severity, f.message.de]);

describe("the seed's answer written the old way", () => {
  const snapshot = snapshotOfDocument(writtenTheOldWay(seedTheOldWay), profile);

  test("checks like the answer written with the add-in, plus one Hinweis that says how much was recognised", () => {
    const findings = checkDocument(snapshot, profile, context);
    const withAddin = checkDocument(snapshotOfBody(writtenWithTheAddin()), profile, context);
    expect(findings[0]).toMatchObject({
      rule: "recognised",
      messageId: "writtenWithoutAddin",
      data: { matched: 46, expected: 46, unplaced: "" },
      severity: "hint",
    });
    expect(findings[0].message.de).toContain("(46 von 46 Feldern)");
    expect(rulesAndMessages(findings.slice(1))).toEqual(rulesAndMessages(withAddin));
    expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "ratingsRated",
      "ratingsRated",
      "ratingsRated",
    ]);
  });

  test("every field holds the text written beside its label, every question its answer", () => {
    const found = recogniseLegacy(writtenTheOldWay(seedTheOldWay), profile);
    for (const [key, value] of Object.entries(SEED_VALUES)) expect([key, found.values.get(key)]).toEqual([key, value]);
    expect(found.pairs.get("reasons")!.map((pair) => ({ question: pair.question, answer: pair.answer }))).toEqual(
      SEED_QUESTIONS,
    );
    expect(found.unplaced).toEqual([]);
  });
});

describe("a colleague's variant: „Frage 1:“ on its own line, blank lines, plain headings, goals rated", () => {
  test("has no Fehler", () => {
    const findings = checkDocument(snapshotOfDocument(writtenTheOldWay(colleaguesVariant), profile), profile, context);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.map((f) => f.messageId)).toEqual(["writtenWithoutAddin"]);
  });
});

describe("what is not there, or not an answer", () => {
  test("a section that is missing is reported missing; the others are not", () => {
    const body = writtenTheOldWay(seedTheOldWay);
    const at = body.findIndex((n) => JSON.stringify(n).includes('"Beschlussvorschlag"'));
    const findings = checkDocument(
      snapshotOfDocument([...body.slice(0, at), ...body.slice(at + 2)], profile),
      profile,
      context,
    );
    expect(findings.filter((f) => f.rule === "sectionMissing").map((f) => f.sectionId)).toEqual(["proposal"]);
  });

  test("a letter that merely mentions a heading is not taken for an answer", () => {
    const letter = [
      p("Sehr geehrte Damen und Herren,"),
      p("Begründung"),
      p("1. Wie viele Plätze gibt es?"),
      p("Mit freundlichen Grüßen"),
    ];
    expect(snapshotOfDocument(letter, profile).recognised).toBeUndefined();
  });

  describe("three sections make an answer, two do not", () => {
    const body = writtenTheOldWay(seedTheOldWay);
    const [headerTable, meetingTable] = body;
    const from = (heading: string, count: number) => {
      const at = body.findIndex((n) => n.type === "paragraph" && JSON.stringify(n).includes(`"${heading}"`));
      return body.slice(at, at + count);
    };
    const sectionsOf = (document: WmlNode[]) => snapshotOfDocument(document, profile).recognised?.how ?? "none";

    test("the tables alone: header, meeting and the inquiry's line, no heading at all", () => {
      expect(sectionsOf([headerTable, meetingTable])).toBe("legacy");
      expect(recogniseLegacy([headerTable, meetingTable], profile).sections.map((s) => s.id)).toEqual([
        "header",
        "meeting",
        "inquiry",
      ]);
    });

    test("the header table and two headed sections", () => {
      expect(sectionsOf([headerTable, ...from("Grund der Vorlage", 2), ...from("Einverständnisse", 2)])).toBe("legacy");
    });

    test("the header table and one headed section are not an answer", () => {
      expect(sectionsOf([headerTable, ...from("Grund der Vorlage", 2)])).toBe("none");
      expect(sectionsOf([...from("Grund der Vorlage", 2), ...from("Einverständnisse", 2)])).toBe("none");
    });
  });

  test("text the recogniser cannot place is listed, not put into a field", () => {
    const body = writtenTheOldWay(seedTheOldWay);
    const found = recogniseLegacy([p("Entwurf – nicht weitergeben"), ...body], profile);
    expect(found.unplaced.map((line) => line.cells.join(""))).toEqual(["Entwurf – nicht weitergeben"]);
    const hint = checkDocument(
      snapshotOfDocument([p("Entwurf – nicht weitergeben"), ...body], profile),
      profile,
      context,
    )[0];
    expect(hint.message.de).toContain("Ein Absatz konnte keinem Feld zugeordnet werden.");
  });
});

describe("numbered lists inside an answer", () => {
  test("are the answer's, also where an item has the next question's number", () => {
    const body = [
      p("Grund der Vorlage"),
      p("Antwort auf die Anfrage"),
      p("Beschlussvorschlag"),
      p("Kenntnisnahme"),
      p("Begründung"),
      p("1. Welche Schritte sind geplant?"),
      p("Geplant sind:"),
      p("1. die Planung,"),
      p("2. der Bau."),
      p("2. Was kostet das?"),
      p("Rund 2.500 Euro."),
    ];
    const pairs = recogniseLegacy(body, profile).pairs.get("reasons")!;
    expect(pairs.map((pair) => [pair.question, pair.answer])).toEqual([
      ["Welche Schritte sind geplant?", "Geplant sind:\n1. die Planung,\n2. der Bau."],
      ["Was kostet das?", "Rund 2.500 Euro."],
    ]);
  });
});

describe("values that share a cell", () => {
  const header = profile.sections.find((s) => s.id === "header")!;
  const meeting = profile.sections.find((s) => s.id === "meeting")!;
  const numberRow = header.kind === "fieldTable" ? header.rows.find((r) => r.fields.length === 2)!.fields : [];
  const meetingFields = meeting.kind === "columnTable" ? meeting.fields : [];

  test.each([
    ["VO/0548/13/1-A öffentlich", numberRow, ["VO/0548/13/1-A", "öffentlich"]],
    ["VO/0548/13/1-A nichtöffentlich", numberRow, ["VO/0548/13/1-A", "nichtöffentlich"]],
    [
      "24.06.2013 Ausschuss für Soziales, Familie und Gesundheit Entgegennahme o. B.",
      meetingFields,
      ["24.06.2013", "Ausschuss für Soziales, Familie und Gesundheit", "Entgegennahme o. B."],
    ],
    ["", numberRow, ["", ""]],
  ])("%s", (value, fields, expected) => {
    expect(splitAmong(value, fields, profile)).toEqual(expected);
  });
});

describe("the quick look at a document's text before its lines are read", () => {
  const full = writtenTheOldWay(seedTheOldWay);
  const sectionsFound = (body: WmlNode[]) => recogniseLegacy(body, profile).sections.length;

  test("never turns away what the recogniser would take: with any of the answer's blocks left out", () => {
    fc.assert(
      fc.property(fc.subarray(full), (body) => {
        expect(recogniseAnswer(body, profile) !== null).toBe(sectionsFound(body) >= 3);
      }),
      { numRuns: 300 },
    );
  });

  test("reads labels folded as the recogniser folds them: upper case, non-breaking and doubled spaces", () => {
    const shouted = full.map((node) => foldedAgain(node));
    expect(sectionsFound(shouted)).toBeGreaterThanOrEqual(3);
    expect(recogniseAnswer(shouted, profile)).not.toBeNull();
  });
});

/** The node with its text upper-cased and its spaces made non-breaking and doubled, as some old templates have it. */
function foldedAgain(node: WmlNode): WmlNode {
  if (node.type === "text") return { ...node, text: node.text.toUpperCase().replace(/ /g, "\u00a0 ") };
  if ("children" in node) return { ...node, children: node.children.map(foldedAgain) } as WmlNode;
  return node;
}
