/** Dates: real German dates, the meeting not before the document, a document dated ahead is a hint. */
import { quoted } from "../../../src/core/check/messages";
import { describe, expect, test } from "@jest/globals";
import datesInOrder from "../../../src/core/check/rules/datesInOrder";
import documentDateInFuture from "../../../src/core/check/rules/documentDateInFuture";
import validDates from "../../../src/core/check/rules/validDates";
import { documentDateField, laterDateFields } from "../../../src/core/check/support/dateFields";
import { indexOfTag, passingSeed, profile, runRule, said, tagOf } from "./support";

describe("which date is the document's", () => {
  test("the profile's first date field is the document date; date fields of other sections come after it", () => {
    expect(documentDateField(profile)?.key).toBe("header.date");
    expect(laterDateFields(profile).map((e) => e.key)).toEqual(["meeting.date"]);
  });
});

describe("validDates", () => {
  test("passes for real dates, also with one-digit day and month", () => {
    expect(runRule(validDates, passingSeed())).toEqual([]);
    expect(runRule(validDates, passingSeed({ "header.date": "4.6.2013", "meeting.date": "24.06.2013" }))).toEqual([]);
  });

  test("31.02.2013 is no date: the message says what to do", () => {
    const snapshot = passingSeed({ "header.date": "31.02.2013" });
    expect(runRule(validDates, snapshot)).toEqual([
      {
        rule: "validDates",
        messageId: "invalid",
        data: { field: "Datum", value: quoted("31.02.2013") },
        severity: "error",
        sectionId: "header",
        target: indexOfTag(snapshot, tagOf("f", "header.date")),
        message: {
          de: "Datum: „31.02.2013“ ist kein gültiges Datum. Bitte im Format TT.MM.JJJJ eingeben.",
          en: "Datum: “31.02.2013” is not a valid date. Please enter it as DD.MM.YYYY.",
        },
      },
    ]);
  });

  test.each(["2013-06-24", "24.06.13", "24. Juni 2013", "24/06/2013"])("%s is not in German form", (text) => {
    expect(runRule(validDates, passingSeed({ "meeting.date": text })).map((f) => f.sectionId)).toEqual(["meeting"]);
  });
});

describe("datesInOrder", () => {
  test("a meeting on or after the document's date passes", () => {
    expect(runRule(datesInOrder, passingSeed())).toEqual([]);
    expect(runRule(datesInOrder, passingSeed({ "meeting.date": "01.07.2013" }))).toEqual([]);
  });

  test("a meeting before the document's date is an error at the meeting date", () => {
    const snapshot = passingSeed({ "meeting.date": "23.06.2013" });
    const findings = runRule(datesInOrder, snapshot);
    expect(findings.map((f) => [f.severity, f.target])).toEqual([
      ["error", indexOfTag(snapshot, tagOf("f", "meeting.date"))],
    ]);
    expect(said(findings[0])).toEqual({
      messageId: "beforeDocumentDate",
      data: {
        field: quoted("Sitzung am"),
        date: "23.06.2013",
        reference: quoted("Datum"),
        referenceDate: "24.06.2013",
      },
    });
  });

  test("without a valid document date there is nothing to compare", () => {
    expect(runRule(datesInOrder, passingSeed({ "header.date": "31.02.2013", "meeting.date": "01.01.2000" }))).toEqual(
      [],
    );
  });
});

describe("documentDateInFuture", () => {
  test("today or earlier passes", () => {
    expect(runRule(documentDateInFuture, passingSeed(), { today: { year: 2013, month: 6, day: 24 } })).toEqual([]);
  });

  test("a date after today is a hint, not an error", () => {
    const snapshot = passingSeed();
    const findings = runRule(documentDateInFuture, snapshot, { today: { year: 2013, month: 6, day: 23 } });
    expect(findings.map((f) => [f.severity, f.target])).toEqual([
      ["hint", indexOfTag(snapshot, tagOf("f", "header.date"))],
    ]);
    expect(said(findings[0])).toEqual({ messageId: "inFuture", data: { field: quoted("Datum"), date: "24.06.2013" } });
  });
});
