import { describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import {
  answerDeadline,
  INQUIRY_DATE_PROPERTY,
  prefilledValues,
  proposeAnswerNumber,
} from "../../src/core/document/inquiry";
import { buildAnswer } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { readWordBody } from "../../src/core/ooxml/read";
import { checkDocument, snapshotOfBody } from "../../src/core/check";
import type { AnswerContent } from "../../src/core/ooxml/document";
import { seedContent } from "./check/seedContent";

const profile = defaultProfile();

describe("the answer's number from the inquiry's", () => {
  test("follows the profile's rule", () => {
    expect(proposeAnswerNumber(profile, "VO/0548/13")).toBe("VO/0548/13/1-A");
    expect(proposeAnswerNumber(profile, " VO/0548/13 ")).toBe("VO/0548/13/1-A");
  });
  test("is not proposed for a malformed inquiry number", () => {
    expect(proposeAnswerNumber(profile, "VO/548/13")).toBeNull();
    expect(proposeAnswerNumber(profile, "")).toBeNull();
  });
});

describe("prefilled values", () => {
  test("derive the answer number and fill default texts whose references are known", () => {
    const values = prefilledValues(profile, {
      "inquiry.faction": "Fraktion DIE LINKE",
      "inquiry.number": "VO/0548/13",
    });
    expect(values["header.number"]).toBe("VO/0548/13/1-A");
    expect(values["reason.text"]).toBe("Antwort auf die Anfrage der Fraktion DIE LINKE, VO/0548/13");
  });
  test("leave a default text with unknown references to its placeholder", () => {
    const values = prefilledValues(profile, { "inquiry.number": "VO/0548/13" });
    expect(values["reason.text"]).toBeUndefined();
    const xml = buildAnswer(profile, { content: { values } });
    expect(xml).not.toContain("{inquiry.");
    expect(xml).toContain("Antwort auf die Anfrage der Fraktion …, VO/0000/00");
  });
  test("never overwrite what the user gave", () => {
    expect(
      prefilledValues(profile, { "inquiry.number": "VO/0548/13", "header.number": "VO/0548/13/2-A" })["header.number"],
    ).toBe("VO/0548/13/2-A");
  });
});

describe("deadline", () => {
  const received = { year: 2013, month: 6, day: 10 };
  test("counts the profile's days from the inquiry's arrival", () => {
    expect(answerDeadline(profile, received)).toEqual({ year: 2013, month: 7, day: 8 });
  });

  function findingsOn(today: { year: number; month: number; day: number }, recorded?: string) {
    const content: AnswerContent = seedContent();
    const parsed = readWordBody(documentPart(buildAnswer(profile, { content }), false));
    if (!parsed.ok) throw new Error(parsed.error);
    const properties: Record<string, string> = recorded === undefined ? {} : { [INQUIRY_DATE_PROPERTY]: recorded };
    const snapshot = { ...snapshotOfBody(parsed.body), properties };
    return checkDocument(snapshot, profile, { today }).filter((f) => f.rule === "answerDeadline");
  }

  test("no finding while the deadline is far, or when the arrival was never given", () => {
    expect(findingsOn({ year: 2013, month: 6, day: 25 }, "10.06.2013")).toEqual([]);
    expect(findingsOn({ year: 2014, month: 1, day: 1 })).toEqual([]);
  });
  test("a Hinweis when it is near, and when it has passed", () => {
    expect(findingsOn({ year: 2013, month: 7, day: 5 }, "10.06.2013")[0]).toMatchObject({
      severity: "hint",
      message: { de: "Die Antwortfrist endet in 3 Tagen, am 08.07.2013." },
      // The deadline is the whole document's: no section, no place to go to.
      sectionId: null,
      target: null,
    });
    expect(findingsOn({ year: 2013, month: 7, day: 8 }, "10.06.2013")[0].message.de).toBe(
      "Die Antwortfrist endet heute, am 08.07.2013.",
    );
    expect(findingsOn({ year: 2013, month: 7, day: 9 }, "10.06.2013")[0].message.de).toMatch(
      /^Die Antwortfrist ist am 08\.07\.2013 abgelaufen/,
    );
  });
  test("the Hinweis starts exactly warnDays before the deadline (5 in Wuppertal's profile), not a day later", () => {
    expect(profile.deadline.warnDays).toBe(5);
    expect(findingsOn({ year: 2013, month: 7, day: 3 }, "10.06.2013")[0].message.de).toBe(
      "Die Antwortfrist endet in 5 Tagen, am 08.07.2013.",
    );
    expect(findingsOn({ year: 2013, month: 7, day: 2 }, "10.06.2013")).toEqual([]);
    expect(findingsOn({ year: 2013, month: 7, day: 7 }, "10.06.2013")[0].message.de).toBe(
      "Die Antwortfrist endet morgen, am 08.07.2013.",
    );
  });
  test("a stored arrival that is no date is said, not guessed", () => {
    expect(findingsOn({ year: 2013, month: 7, day: 9 }, "gestern")[0].message.de).toMatch(/kein Datum/);
  });
});
