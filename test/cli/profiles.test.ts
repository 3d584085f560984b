/** Both shipped profiles through the command line: new → check on real .docx files, and a clear message across profiles. */
import { afterAll, describe, expect, test } from "@jest/globals";
import { writeFileSync } from "fs";
import path from "path";
import { ROOT, runCli, scratch } from "./support";

const tmp = scratch();
afterAll(() => tmp.cleanup());

const PROFILES = {
  wuppertal: path.join(ROOT, "src/core/profile/wuppertal.json"),
  musterstadt: path.join(ROOT, "src/core/profile/musterstadt.json"),
};

const MUSTERSTADT_DATA = {
  head: {
    office: "Amt für Umwelt",
    clerk: "Erika Mustermann",
    phone: "0611 31-2345",
    mail: "erika.mustermann@musterstadt.de",
    date: "16.03.2009",
    access: "öffentlich",
  },
  session: { date: "24.03.2009", body: "Ausschuss für Umwelt und Klimaschutz", role: "zur Kenntnisnahme" },
  request: { group: "Fraktion Bündnis 90/Die Grünen", number: "16051-09" },
  answers: [
    { question: "Wie viele Bäume werden gepflanzt?", answer: "Zwölf." },
    { question: "Wann?", answer: "Siehe 1." },
  ],
  climate: { impact: "positiv" },
  sign: "Dr. Max Muster, Oberbürgermeister",
  inquiryReceived: "10.03.2009",
};

describe("Musterstadt through the command line", () => {
  const data = tmp.file("muster.json");
  const docx = tmp.file("muster.docx");
  writeFileSync(data, JSON.stringify(MUSTERSTADT_DATA));

  test("new writes it, check finds exactly what is wrong: a positive climate rating without its Begründung", async () => {
    expect((await runCli(["new", "--profile", PROFILES.musterstadt, "--data", data, docx])).code).toBe(0);
    const result = await runCli(["check", "--json", "--profile", PROFILES.musterstadt, "--today", "20.03.2009", docx]);
    const report = JSON.parse(result.stdout);
    expect(report.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["explanationRequired"]);
    expect(result.code).toBe(1);
  });

  test("the answer's number was derived by Musterstadt's rule, and the deadline warns near its end", async () => {
    const result = await runCli(["check", "--json", "--profile", PROFILES.musterstadt, "--today", "29.03.2009", docx]);
    const rules = JSON.parse(result.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("answerDeadline");
    expect(rules).not.toContain("numberContinuesInquiry");
    expect(rules).not.toContain("requiredFields");
  });

  test("checked under Wuppertal's profile it gets one clear message, not Wuppertal's findings", async () => {
    const result = await runCli(["check", "--json", "--profile", PROFILES.wuppertal, "--today", "20.03.2009", docx]);
    const findings = JSON.parse(result.stdout).files[0].findings;
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/musterstadt/);
  });
});

test("Wuppertal through the command line: the seed's answer has exactly the three unrated goals", async () => {
  const docx = tmp.file("seed.docx");
  expect(
    (
      await runCli([
        "new",
        "--profile",
        PROFILES.wuppertal,
        "--data",
        path.join(ROOT, "docs/beispiel-antwort.json"),
        docx,
      ])
    ).code,
  ).toBe(0);
  const result = await runCli(["check", "--json", "--profile", PROFILES.wuppertal, "--today", "25.06.2013", docx]);
  const findings = JSON.parse(result.stdout).files[0].findings;
  expect(findings.map((f: { rule: string }) => f.rule)).toEqual(["ratingsRated", "ratingsRated", "ratingsRated"]);
});
