import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import Ajv from "ajv";
import { readProfile, shippedProfiles } from "../../src/core/profile";
import schema from "../../src/core/profile/profile.schema.json";
import wuppertal from "../../src/core/profile/wuppertal.json";
import musterstadt from "../../src/core/profile/musterstadt.json";
import { buildAnswer } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { readWordBody } from "../../src/core/ooxml/read";
import { checkDocument, snapshotOfBody } from "../../src/core/check";
import type { AnswerContent } from "../../src/core/ooxml/document";
import type { Profile } from "../../src/core/profile/types";
import { personalFields } from "../../src/core/profile/fields";
import { backtrackingRisk } from "../../src/core/profile/patterns";
import { parseNumber } from "../../src/core/check/values/numbers";
import { sourceFiles } from "../support/sources";

const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("the shipped profiles", () => {
  test.each([
    ["wuppertal", wuppertal],
    ["musterstadt", musterstadt],
  ])("%s is valid for the reader and for the JSON Schema editors use", (_, json) => {
    expect(readProfile(json)).toMatchObject({ ok: true });
    expect(validateSchema(json)).toBe(true);
  });

  test("Musterstadt differs from Wuppertal in every dimension a profile covers", () => {
    const [w, m] = shippedProfiles();
    expect(m.id).not.toBe(w.id);
    expect(m.numbers.inquiry.pattern).not.toBe(w.numbers.inquiry.pattern);
    expect(m.numbers.answerFromInquiry).not.toBe(w.numbers.answerFromInquiry);
    expect(m.deadline.days).toBe(21);
    expect(m.deadline.days).not.toBe(w.deadline.days);
    const titles = (p: Profile) => p.sections.map((s) => s.title);
    expect(titles(m)).not.toEqual(titles(w));
    expect(m.sections.some((s) => s.kind === "rating" && s.choices.join() === "positiv,neutral,negativ")).toBe(true);
    expect(m.sections.some((s) => s.title === "Demografie-Check")).toBe(false);
  });
});

test("each shipped profile marks the fields about the person writing as personal (Meine Angaben)", () => {
  const [w, m] = shippedProfiles();
  expect(personalFields(w).map((f) => f.key)).toEqual([
    "header.department",
    "header.office",
    "header.author",
    "header.phone",
    "header.fax",
    "header.email",
  ]);
  expect(personalFields(m).map((f) => f.key)).toEqual(["head.office", "head.clerk", "head.phone", "head.mail"]);
});

/** A profile as raw JSON, broken on purpose: a test may reach any path of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawProfile = Record<string, any>;

describe("a broken profile is refused with German messages naming the field", () => {
  const broken: [string, (p: RawProfile) => void, RegExp][] = [
    ["no derivation rule", (p) => delete p.numbers.answerFromInquiry, /numbers\.answerFromInquiry/],
    [
      "a derivation that breaks the answer's pattern",
      (p) => (p.numbers.answerFromInquiry = "{inquiry}-X"),
      /numbers\.answerFromInquiry.*nicht zum Muster/,
    ],
    [
      "an unknown field kind",
      (p) => (p.sections[0].rows[0].fields[0].kind = "slider"),
      /sections\[0\]\.rows\[0\]\.fields\[0\]\.kind/,
    ],
    [
      "a choice without choices",
      (p) => delete p.sections[0].rows[7].fields[1].choices,
      /sections\[0\]\.rows\[7\]\.fields\[1\]\.choices/,
    ],
    ["an id in capitals", (p) => (p.id = "Wuppertal"), /„id“/],
    ["a deadline of no days", (p) => (p.deadline.days = 0), /deadline\.days/],
    [
      "a required explanation for a rating that does not exist",
      (p) => (p.sections[8].explanationRequiredFor = ["++"]),
      /explanationRequiredFor\[0\]/,
    ],
    ["no sections", (p) => (p.sections = []), /„sections“/],
    [
      "a pattern that does not compile",
      (p) => (p.numbers.inquiry.pattern = "(?<number>[0-9"),
      /numbers\.inquiry\.pattern“: ist kein gültiger regulärer Ausdruck/,
    ],
    [
      "personal that is not true or false",
      (p) => (p.sections[0].rows[2].fields[0].personal = "ja"),
      /sections\[0\]\.rows\[2\]\.fields\[0\]\.personal/,
    ],
    [
      "a pattern that backtracks catastrophically, with a long example",
      (p) => Object.assign(p.numbers.inquiry, { pattern: "(a+)+b", example: "a".repeat(40) }),
      /numbers\.inquiry\.pattern“: wiederholt eine Gruppe/,
    ],
    [
      "a sloppy pattern that alternates inside a repeat",
      (p) => (p.numbers.inquiry.pattern = "(?:[A-Z]|[A-Z])+/(?<number>\\d{4})/(?<year>\\d{2})"),
      /numbers\.inquiry\.pattern“: wiederholt eine Gruppe/,
    ],
    ["a backreference", (p) => (p.numbers.inquiry.pattern = "(?<a>[A-Z])\\k<a>/\\d{4}"), /Rückverweis/],
    [
      "300,000 choices",
      (p) => (p.sections[1].fields[1].choices = Array.from({ length: 300_000 }, (_, i) => `Gremium ${i}`)),
      /choices“: hat 300000 Einträge/,
    ],
    [
      "an OParl endpoint over plain http",
      (p) => (p.oparl.endpoint = "http://ris.example.de/oparl/body/1"),
      /„oparl\.endpoint“: muss eine https-Adresse/,
    ],
    [
      "an OParl field the profile does not have",
      (p) => (p.oparl.fields.originator = "inquiry.fraktion"),
      /„oparl\.fields\.originator“: „inquiry\.fraktion“ ist kein Feld des Profils/,
    ],
    ["no words for an inquiry", (p) => (p.oparl.inquiryTypes = []), /„oparl\.inquiryTypes“/],
    [
      "a title of a megabyte",
      (p) => (p.sections[0].title = "x".repeat(1 << 20)),
      /sections\[0\]\.title“: ist 1048576 Zeichen lang/,
    ],
  ];
  test.each(broken)("%s", (_, breakIt, field) => {
    const json = clone(wuppertal) as RawProfile;
    breakIt(json);
    const result = readProfile(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toMatch(field);
  });
  test("the JSON Schema refuses the same structural mistakes", () => {
    for (const [, breakIt] of broken.filter(
      ([name]) =>
        !/breaks the answer|does not exist|does not have|does not compile|backtrack|alternates|backreference|300,000|megabyte/.test(
          name,
        ),
    )) {
      const json = clone(wuppertal) as RawProfile;
      breakIt(json);
      expect(validateSchema(json)).toBe(false);
    }
  });
  test("an OParl section is optional, and so is its endpoint; an endpoint is kept as given", () => {
    const without = clone(wuppertal) as RawProfile;
    delete without.oparl;
    const read = readProfile(without);
    expect(read.ok && read.profile.oparl).toBeUndefined();
    const withEndpoint = clone(wuppertal) as RawProfile;
    withEndpoint.oparl.endpoint = "https://ris.example.de/oparl/body/1";
    expect(readProfile(withEndpoint)).toMatchObject({
      ok: true,
      profile: { oparl: { endpoint: "https://ris.example.de/oparl/body/1" } },
    });
    expect(validateSchema(withEndpoint)).toBe(true);
  });
  test("not an object at all", () => {
    expect(readProfile("wuppertal")).toEqual({
      ok: false,
      errors: [expect.stringMatching(/muss ein JSON-Objekt sein/)],
    });
    expect(readProfile(null).ok).toBe(false);
  });
});

describe("Musterstadt end to end in the core: write, read, check", () => {
  const [, profile] = shippedProfiles();
  function check(content: AnswerContent, checkedUnder = profile) {
    const parsed = readWordBody(documentPart(buildAnswer(profile, { content }), false));
    if (!parsed.ok) throw new Error(parsed.error);
    return checkDocument(snapshotOfBody(parsed.body), checkedUnder, { today: { year: 2009, month: 3, day: 20 } });
  }
  const filled: AnswerContent = {
    values: {
      "head.office": "Amt für Umwelt",
      "head.clerk": "Erika Mustermann",
      "head.phone": "0611 31-2345",
      "head.mail": "erika.mustermann@musterstadt.de",
      "head.date": "16.03.2009",
      "head.number": "16051-09-E1",
      "head.access": "öffentlich",
      "session.date": "24.03.2009",
      "session.body": "Ausschuss für Umwelt und Klimaschutz",
      "session.role": "zur Kenntnisnahme",
      "request.group": "Fraktion Bündnis 90/Die Grünen",
      "request.number": "16051-09",
      "climate.impact": "neutral",
      "sign.name": "Dr. Max Muster, Oberbürgermeister",
    },
    questions: {
      answers: [
        { question: "Wie viele Bäume?", answer: "Zwölf." },
        { question: "Wann?", answer: "Siehe 1." },
      ],
    },
  };

  test("a complete answer is ready: no finding", () => {
    expect(check(filled)).toEqual([]);
  });
  test("its own rules apply: a positive climate rating needs its Begründung; numbers continue 16051-09", () => {
    const findings = check({
      ...filled,
      values: { ...filled.values, "climate.impact": "positiv", "head.number": "16052-09-E1" },
    });
    expect(findings.map((f) => f.rule).sort()).toEqual(["explanationRequired", "numberContinuesInquiry"]);
  });
  test("a Musterstadt document checked under Wuppertal's profile gets one clear message, not wrong findings", () => {
    const findings = check(filled, shippedProfiles()[0]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message.de).toMatch(/musterstadt/);
  });
});

/** Strings in code that only Wuppertal's profile may say. */
const WUPPERTAL_ONLY = [
  "Demografie",
  "Stadtstrukturen",
  "Wanderungsbilanz",
  "Geschäftsbereich",
  "Ressort",
  "Beschlussqualität",
  "VO/",
  "1-A",
  "0202",
  "Wuppertal",
];

test("no Wuppertal-specific literal remains in src/ outside Wuppertal's profile", () => {
  const offenders = sourceFiles(path.resolve(__dirname, "../../src")).flatMap((file) => {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
    return WUPPERTAL_ONLY.filter((word) => code.includes(word)).map(
      (word) => `${path.relative(process.cwd(), file)}: ${word}`,
    );
  });
  expect(offenders).toEqual([]);
});

describe("number patterns are safe to match", () => {
  test.each([
    ["(?<prefix>[A-Z]{2,4})/(?<number>\\d{4})/(?<year>\\d{2})", null],
    ["(?:VO|DS)/\\d{4}(?:/\\d+)?", null],
    ["[(+]+\\d", null],
    ["(a+)+b", "wiederholt"],
    ["(a|b)*c", "wiederholt"],
    ["(?:x{1,3}){2,}", "wiederholt"],
    ["(\\d?)+", null],
  ])("%s", (source, problem) => {
    const risk = backtrackingRisk(source);
    if (problem === null) expect(risk).toBeNull();
    else expect(risk).toContain(problem);
  });

  test("a text far longer than a number is never matched against a profile's pattern", () => {
    const rule = { pattern: "(?<number>\\d+)(?:\\d+)*x", example: "1x" };
    expect(parseNumber(rule, "1".repeat(100_000))).toBeNull();
  });
});
