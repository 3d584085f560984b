/** Telefon, Fax and E-Mail. */
import { quoted } from "../../../src/core/check/messages";
import { describe, expect, test } from "@jest/globals";
import { phoneProblem } from "../../../src/core/check/values/phone";
import { isEmailAddress } from "../../../src/core/check/values/email";
import { isWordDefaultPlaceholder } from "../../../src/core/check/wordPlaceholders";
import emailAddresses from "../../../src/core/check/rules/emailAddresses";
import phoneNumbers from "../../../src/core/check/rules/phoneNumbers";
import { indexOfTag, passingSeed, runRule, said, tagOf } from "./support";

describe("phoneProblem", () => {
  test.each([
    "747 63 800",
    "563 1234",
    "(0202) 563-1234",
    "0202/563-1234",
    "+49 202 563 1234",
    "+49 (0) 202 5631234",
    "0049 202 5631234",
    "112",
    "563\u00a01234",
    "563–1234",
    "123456789012345",
    "+ 49 202 5631234",
    "  563 1234  ",
  ])("%s is a German phone number", (text) => expect(phoneProblem(text)).toBeNull());

  test.each([
    ["563 1234 App. 5", "characters"],
    ["tel. 563 1234", "characters"],
    ["(0202 563 1234", "characters"],
    ["563+1234", "characters"],
    [")563 1234(", "characters"],
    ["(0202)) 563 1234", "characters"],
    ["+", "characters"],
    ["+33 1 23 45 67 89", "country"],
    ["  +33 1 23 45 67 89", "country"],
    ["12", "digits"],
    ["1234567890123456", "digits"],
  ])("%s: %s", (text, problem) => expect(phoneProblem(text)).toBe(problem));
});

describe("isEmailAddress", () => {
  test.each([
    "thomas.lenz@jobcenter.wuppertal.de",
    "a@b.de",
    "vorname.nachname+anfrage@stadt.example.org",
    "info@müller-bau.de",
    " a@b.de ",
    "info@stadt.xn--p1ai",
    `${"a".repeat(64)}@stadt.de`,
    `a@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(57)}.de`,
  ])("%s is valid", (text) => expect(isEmailAddress(text)).toBe(true));

  test.each([
    "thomas.lenz@jobcenter",
    "thomas lenz@stadt.de",
    "@stadt.de",
    "name@",
    "name@@stadt.de",
    "name@stadt..de",
    "name.@stadt.de",
    "name@-stadt.de",
    "name@stadt.d",
    "mailto:name",
    "name@stadt-.de",
    "name@stadt.de1",
    `${"a".repeat(65)}@stadt.de`,
    `a@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(58)}.de`,
    "name@.de",
    "max.mustermann.stadt.de",
  ])("%s is not", (text) => expect(isEmailAddress(text)).toBe(false));
});

describe("phoneNumbers", () => {
  test("passes for the seed's local numbers, and for an empty optional Fax", () => {
    expect(runRule(phoneNumbers, passingSeed())).toEqual([]);
    expect(runRule(phoneNumbers, passingSeed({ "header.fax": "" }))).toEqual([]);
  });

  test("a number with letters is an error at the field, for Telefon and Fax alike", () => {
    const snapshot = passingSeed({ "header.phone": "747 63 800 (Sekretariat)", "header.fax": "+33 1 23 45 67 89" });
    const findings = runRule(phoneNumbers, snapshot);
    expect(findings.map((f) => f.target)).toEqual([
      indexOfTag(snapshot, tagOf("f", "header.phone")),
      indexOfTag(snapshot, tagOf("f", "header.fax")),
    ]);
    expect(findings.map(said)).toEqual([
      { messageId: "characters", data: { field: "Telefon", value: quoted("747 63 800 (Sekretariat)") } },
      { messageId: "country", data: { field: "Fax", value: quoted("+33 1 23 45 67 89") } },
    ]);
  });

  test("too few digits", () => {
    expect(said(runRule(phoneNumbers, passingSeed({ "header.phone": "74" }))[0])).toEqual({
      messageId: "digits",
      data: { field: "Telefon", value: quoted("74"), digits: 2, min: 3, max: 15 },
    });
  });
});

describe("emailAddresses", () => {
  test("passes for the seed's address", () => {
    expect(runRule(emailAddresses, passingSeed())).toEqual([]);
  });

  test("an address without domain is an error at the field", () => {
    const snapshot = passingSeed({ "header.email": "thomas.lenz@jobcenter" });
    const findings = runRule(emailAddresses, snapshot);
    expect(findings.map((f) => f.target)).toEqual([indexOfTag(snapshot, tagOf("f", "header.email"))]);
    expect(said(findings[0])).toEqual({
      messageId: "invalid",
      data: { field: "E-Mail", value: quoted("thomas.lenz@jobcenter") },
    });
  });
});

describe("Word's own placeholders in an emptied field", () => {
  test.each([
    "Klicken oder tippen Sie hier, um Text einzugeben.",
    "Click here to enter text.",
    "Klicken oder tippen Sie, um ein Datum einzugeben.",
    "Choose an item.",
    "  wählen sie   ein element aus. ",
  ])("%s is one, in any case and spacing", (text) => expect(isWordDefaultPlaceholder(text)).toBe(true));

  test.each(["Klicken oder tippen Sie hier", "Text eingeben", "", "Choose an item"])("%s is not", (text) =>
    expect(isWordDefaultPlaceholder(text)).toBe(false),
  );
});
