/** Drucks.-Nr.: the profile's form, the year of the document's date, continuing the inquiry's number. */
import { listOf, phrase, quoted } from "../../../src/core/check/messages";
import { describe, expect, test } from "@jest/globals";
import { differingParts, parseNumber, yearPartMatches } from "../../../src/core/check/values/numbers";
import numberContinuesInquiry from "../../../src/core/check/rules/numberContinuesInquiry";
import numberForm from "../../../src/core/check/rules/numberForm";
import numberYear from "../../../src/core/check/rules/numberYear";
import { seedContent } from "./seedContent";
import {
  context,
  indexOfTag,
  passingSeed,
  profile,
  profileWithNumbers,
  runRule,
  said,
  snapshotOf,
  tagOf,
} from "./support";

describe("numbers.ts", () => {
  test("parseNumber reads the named parts with the profile's pattern, anchored", () => {
    expect(parseNumber(profile.numbers.answer, " VO/0548/13/1-A ")).toEqual({
      prefix: "VO",
      number: "0548",
      year: "13",
      suffix: "1-A",
    });
    expect(parseNumber(profile.numbers.inquiry, "VO/0548/13")).toEqual({ prefix: "VO", number: "0548", year: "13" });
    expect(parseNumber(profile.numbers.inquiry, "VO/0548/13/1-A")).toBeNull();
    expect(parseNumber({ pattern: "(", example: "" }, "(")).toBeNull();
  });

  test("yearPartMatches takes two or four digits", () => {
    expect(yearPartMatches("13", 2013)).toBe(true);
    expect(yearPartMatches("2013", 2013)).toBe(true);
    expect(yearPartMatches("12", 2013)).toBe(false);
    expect(yearPartMatches("x3", 2013)).toBe(false);
  });

  test("differingParts compares only the parts both numbers have", () => {
    expect(
      differingParts(
        { prefix: "VO", number: "0548", year: "13" },
        { prefix: "VO", number: "0549", year: "13", suffix: "1-A" },
      ),
    ).toEqual([{ name: "number", expected: "0548", found: "0549" }]);
  });
});

describe("numberForm", () => {
  test("passes for numbers in the profile's form", () => {
    expect(runRule(numberForm, passingSeed())).toEqual([]);
  });

  test("a number in another form is an error showing the profile's example", () => {
    const snapshot = passingSeed({ "header.number": "VO/548/13/1-A", "inquiry.number": "VO 0548 13" });
    const findings = runRule(numberForm, snapshot);
    expect(findings.map((f) => f.target)).toEqual([
      indexOfTag(snapshot, tagOf("f", "header.number")),
      indexOfTag(snapshot, tagOf("f", "inquiry.number")),
    ]);
    expect(findings.map(said)).toEqual([
      {
        messageId: "wrongForm",
        data: { field: "Drucks.-Nr.", value: quoted("VO/548/13/1-A"), example: quoted("VO/0548/13/1-A") },
      },
      {
        messageId: "wrongForm",
        data: { field: "Drucks.-Nr. der Anfrage", value: quoted("VO 0548 13"), example: quoted("VO/0548/13") },
      },
    ]);
  });

  test("a profile pattern that does not compile yields no finding and no exception", () => {
    const broken = profileWithNumbers({ answer: { pattern: "(?<year>", example: "?" } });
    expect(runRule(numberForm, passingSeed(), context, broken)).toEqual([]);
  });
});

describe("numberYear", () => {
  test("passes when the number's year is the document's (two digits)", () => {
    expect(runRule(numberYear, passingSeed())).toEqual([]);
  });

  test("passes with a four-digit year part, when the profile's pattern has one", () => {
    const fourDigits = profileWithNumbers({
      answer: {
        pattern: "(?<prefix>[A-Z]{2,4})/(?<number>\\d{4})/(?<year>\\d{4})/(?<suffix>\\d+-A)",
        example: "VO/0548/2013/1-A",
      },
    });
    const content = seedContent();
    content.values!["header.number"] = "VO/0548/2013/1-A";
    expect(runRule(numberYear, snapshotOf(content, {}, fourDigits), context, fourDigits)).toEqual([]);
    content.values!["header.number"] = "VO/0548/2012/1-A";
    expect(runRule(numberYear, snapshotOf(content, {}, fourDigits), context, fourDigits)).toHaveLength(1);
  });

  test("another year is an error", () => {
    const snapshot = passingSeed({ "header.number": "VO/0548/12/1-A" });
    const findings = runRule(numberYear, snapshot);
    expect(findings.map((f) => [f.severity, f.target])).toEqual([
      ["error", indexOfTag(snapshot, tagOf("f", "header.number"))],
    ]);
    expect(said(findings[0])).toEqual({
      messageId: "wrongYear",
      data: {
        field: "Drucks.-Nr.",
        number: quoted("VO/0548/12/1-A"),
        year: quoted("12"),
        dateField: "Datum",
        date: "24.06.2013",
      },
    });
  });

  test("the inquiry's year (an answer in January to an inquiry of December) is only a hint", () => {
    const findings = runRule(
      numberYear,
      passingSeed({ "header.number": "VO/0999/12/1-A", "inquiry.number": "VO/0999/12" }),
    );
    expect(findings.map((f) => f.severity)).toEqual(["hint"]);
  });
});

describe("numberContinuesInquiry", () => {
  test("VO/0548/13 → VO/0548/13/1-A passes", () => {
    expect(runRule(numberContinuesInquiry, passingSeed())).toEqual([]);
  });

  test("VO/0548/13 → VO/0549/13/1-A is an error naming the differing part", () => {
    const snapshot = passingSeed({ "header.number": "VO/0549/13/1-A" });
    const findings = runRule(numberContinuesInquiry, snapshot);
    expect(findings.map((f) => f.target)).toEqual([indexOfTag(snapshot, tagOf("f", "header.number"))]);
    expect(said(findings[0])).toEqual({
      messageId: "notContinued",
      data: {
        field: "Drucks.-Nr.",
        number: quoted("VO/0549/13/1-A"),
        inquiryField: "Drucks.-Nr. der Anfrage",
        inquiryNumber: quoted("VO/0548/13"),
        differences: listOf([phrase("insteadOf", { found: quoted("0549"), expected: quoted("0548") })]),
      },
    });
  });

  test.each(["DS/0548/13/1-A", "VO/0548/14/1-A"])("%s does not continue VO/0548/13", (number) => {
    expect(runRule(numberContinuesInquiry, passingSeed({ "header.number": number }))).toHaveLength(1);
  });

  test("nothing to compare while either number is not in its form", () => {
    expect(runRule(numberContinuesInquiry, passingSeed({ "inquiry.number": "0548" }))).toEqual([]);
    expect(runRule(numberContinuesInquiry, passingSeed({ "header.number": "0549" }))).toEqual([]);
  });
});
