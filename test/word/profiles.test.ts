/** Both shipped profiles end to end on the Word emulator: insert the answer, fill it in, check it. */
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { shippedProfiles } from "../../src/core/profile";
import { ALL_CONTROL_KINDS } from "../../src/core/ooxml/controls";
import { checkDocument } from "../../src/core/check";
import { answerDeadline, INQUIRY_DATE_PROPERTY, prefilledValues } from "../../src/core/document/inquiry";
import { addDays, parseGermanDate } from "../../src/core/dates";
import { formatTag } from "../../src/core/tags";
import { insertAnswer, readDocumentState } from "../../src/word/document";
import { readSnapshot } from "../../src/word/check";
import { installTestWord, type TestWord } from "../../src/word-emulator/testing";
import { SEED_QUESTIONS, SEED_VALUES } from "../core/check/seedContent";

const [wuppertal, musterstadt] = shippedProfiles();

let word: TestWord;
beforeEach(() => {
  word = installTestWord();
});
afterEach(() => word.uninstall());

const MUSTERSTADT_VALUES: Record<string, string> = {
  "head.office": "Amt für Umwelt",
  "head.clerk": "Erika Mustermann",
  "head.phone": "0611 31-2345",
  "head.mail": "erika.mustermann@musterstadt.de",
  "head.date": "16.03.2009",
  "head.access": "öffentlich",
  "session.date": "24.03.2009",
  "session.body": "Ausschuss für Umwelt und Klimaschutz",
  "session.role": "zur Kenntnisnahme",
  "request.group": "Fraktion Bündnis 90/Die Grünen",
  "request.number": "16051-09",
  "climate.impact": "negativ",
  "climate.why": "Mehr Verkehr.",
  "sign.name": "Dr. Max Muster, Oberbürgermeister",
};

const cases = [
  {
    profile: wuppertal,
    values: { ...SEED_VALUES, "demography.goal1": "0", "demography.goal2": "0", "demography.goal3": "0" },
    questions: SEED_QUESTIONS,
    today: { year: 2013, month: 6, day: 25 },
    received: "10.06.2013",
  },
  {
    profile: musterstadt,
    values: MUSTERSTADT_VALUES,
    questions: [{ question: "Wie viele Bäume?", answer: "Zwölf." }],
    today: { year: 2009, month: 3, day: 20 },
    received: "10.03.2009",
  },
];

describe.each(cases)("$profile.name", ({ profile, values, questions, today, received }) => {
  const questionsSection = profile.sections.find((s) => s.kind === "questions")!.id;

  test("an empty answer, inserted in one sync, is reported field by field, and nothing else", async () => {
    const state = await readDocumentState(profile);
    word.resetCounts();
    await insertAnswer(profile, state, ALL_CONTROL_KINDS);
    expect(word.syncCount).toBe(1);
    expect(word.controls()[0].node.control.tag).toBe(
      formatTag({ profile, role: "section", key: profile.sections[0].id }),
    );
    const findings = checkDocument(await readSnapshot(profile), profile, { today });
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.every((f) => ["requiredFields", "ratingsRated", "questionsComplete"].includes(f.rule))).toBe(true);
  });

  test("filled in (number derived from the inquiry's), it is ready; near the deadline a Hinweis says so", async () => {
    const state = await readDocumentState(profile);
    const content = { values: prefilledValues(profile, values), questions: { [questionsSection]: questions } };
    await insertAnswer(profile, state, ALL_CONTROL_KINDS, {
      content,
      properties: { [INQUIRY_DATE_PROPERTY]: received },
    });
    const snapshot = await readSnapshot(profile);
    expect(checkDocument(snapshot, profile, { today })).toEqual([]);
    const nearDeadline = addDays(answerDeadline(profile, parseGermanDate(received)!), -1);
    expect(checkDocument(snapshot, profile, { today: nearDeadline }).map((f) => [f.rule, f.severity])).toEqual([
      ["answerDeadline", "hint"],
    ]);
  });

  test("checked under the other council's profile, it gets one clear message instead of wrong findings", async () => {
    await insertAnswer(profile, await readDocumentState(profile), ALL_CONTROL_KINDS);
    const other = profile === wuppertal ? musterstadt : wuppertal;
    const findings = checkDocument(await readSnapshot(other), other, { today });
    expect(findings).toHaveLength(1);
    expect(findings[0].message.de).toContain(profile.id);
  });
});
