/** ratsantwort check: exit codes, German text, one JSON report, the progress bar on terminals only. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { writeDocx } from "../../src/core/docx";
import { serializeBody } from "../../src/word-emulator/serialize";
import { seedTheOldWay, writtenTheOldWay } from "../core/recognise/legacyAnswer";
import { EXAMPLE_DATA, runCli, scratch, SEED_DAY } from "./support";

const tmp = scratch();
const files = {
  seed: tmp.file("seed.docx"),
  rated: tmp.file("bewertet.docx"),
  broken: tmp.file("kaputt.docx"),
  legacy: tmp.file("alt.doc"),
  resaved: path.resolve(__dirname, "../core/docx/fixtures/seed-libreoffice-7.4.docx"),
  oldTemplate: tmp.file("alte-vorlage.docx"),
};

beforeAll(async () => {
  expect((await runCli(["new", "--data", EXAMPLE_DATA, files.seed])).code).toBe(0);
  const rated = JSON.parse(readFileSync(EXAMPLE_DATA, "utf8"));
  rated.demography = { goal1: "0", goal2: "0", goal3: "0" };
  writeFileSync(tmp.file("bewertet.json"), JSON.stringify(rated));
  expect((await runCli(["new", "--data", tmp.file("bewertet.json"), files.rated])).code).toBe(0);
  writeFileSync(files.broken, "PK\u0003\u0004 abgeschnitten");
  writeFileSync(files.oldTemplate, writeDocx(serializeBody(writtenTheOldWay(seedTheOldWay))));
  writeFileSync(files.legacy, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
});
afterAll(tmp.cleanup);

const check = (...args: string[]) => runCli(["check", "--today", SEED_DAY, ...args]);

describe("exit codes", () => {
  test("0 when no file has a Fehler", async () => {
    const result = await check(files.rated);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${files.rated}\n  Bereit zur Einreichung.\n`);
  });

  test("1 when a file has a Fehler: the seed leaves the Demografie-Check unrated", async () => {
    const result = await check(files.seed, files.rated);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        files.seed,
        "  Fehler   Demografie-Check: „Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
        "  Fehler   Demografie-Check: „Ziel 2 – Wanderungsbilanz verbessern“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
        "  Fehler   Demografie-Check: „Ziel 3 – gesellschaftliche Teilhabe ermöglichen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
        "  Nicht bereit: 3 Fehler, 0 Hinweise.",
        "",
        files.rated,
        "  Bereit zur Einreichung.",
        "",
        "2 Dateien geprüft: 1 bereit, 1 nicht bereit, 0 nicht lesbar.",
        "",
      ].join("\n"),
    );
  });

  test("2 when a file cannot be read, and the others are still checked", async () => {
    const result = await check(files.rated, files.broken, files.legacy, tmp.file("fehlt.docx"));
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${files.broken}\n  Nicht lesbar: Die Datei ist unvollständig oder beschädigt`);
    expect(result.stdout).toContain(
      `${files.legacy}\n  Nicht lesbar: Die Datei ist verschlüsselt (Kennwortschutz) oder im alten .doc-Format`,
    );
    expect(result.stdout).toContain(`Nicht lesbar: Die Datei „${tmp.file("fehlt.docx")}“ gibt es nicht.`);
    expect(result.stdout).toContain("4 Dateien geprüft: 1 bereit, 0 nicht bereit, 3 nicht lesbar.");
  });

  test("2 for wrong calls and broken profiles, with nothing checked", async () => {
    for (const args of [
      ["check"],
      ["check", "--today", "morgen", files.seed],
      ["check", "--profile", files.broken, files.seed],
      ["check", "--xml", files.seed],
    ]) {
      const result = await runCli(args);
      expect([args.join(" "), result.code, result.stdout]).toEqual([args.join(" "), 2, ""]);
      expect(result.stderr).toMatch(/^Fehler: /);
    }
  });
});

describe("--json", () => {
  test("one machine-readable report for all files", async () => {
    const result = await check("--json", files.seed, files.broken, files.resaved);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.profile).toEqual({ id: "wuppertal", version: "1.0", name: "Stadt Wuppertal" });
    expect(report.today).toBe("2013-06-25");
    expect(report.exitCode).toBe(2);
    expect(report.summary).toEqual({ files: 3, ready: 0, notReady: 2, unreadable: 1 });
    const [seed, broken, resaved] = report.files;
    expect(seed).toMatchObject({
      file: files.seed,
      readable: true,
      ready: false,
      errors: 3,
      hints: 0,
      strict: false,
      structureLost: false,
    });
    expect(seed.findings[0]).toEqual({
      rule: "ratingsRated",
      messageId: "unrated",
      severity: "error",
      section: "demography",
      sectionTitle: "Demografie-Check",
      message: "„Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet. Bitte „+“, „0“ oder „−“ wählen.",
      messageEn: "“Ziel 1 – Stadtstrukturen anpassen” is not rated. Please choose “+”, “0” or “−”.",
    });
    expect(broken).toEqual({
      file: files.broken,
      readable: false,
      error: expect.stringMatching(/^Die Datei ist unvollständig oder beschädigt/),
    });
    // Written by an older version (no title heading, an empty paragraph after a table LibreOffice flattened away):
    // Barrierefreiheit says so.
    expect(resaved).toMatchObject({ readable: true, errors: 3, hints: 3, structureLost: true });
    expect(resaved.findings.map((f: { rule: string }) => f.rule)).toEqual([
      "recognised",
      "ratingsRated",
      "ratingsRated",
      "ratingsRated",
      "spacingParagraphs",
      "headingLevels",
    ]);
  });
});

describe("the deadline, from the document property the pane writes", () => {
  test("is a Hinweis once passed: it does not block submission", async () => {
    const data = JSON.parse(readFileSync(tmp.file("bewertet.json"), "utf8"));
    writeFileSync(tmp.file("frist.json"), JSON.stringify({ ...data, inquiryReceived: "20.06.2013" }));
    const file = tmp.file("frist.docx");
    expect((await runCli(["new", "--data", tmp.file("frist.json"), file])).code).toBe(0);
    const early = await check(file);
    expect(early.stdout).toBe(`${file}\n  Bereit zur Einreichung.\n`);
    const late = await runCli(["check", "--today", "20.07.2013", file]);
    expect(late.code).toBe(0);
    expect(late.stdout).toContain(
      "  Hinweis  Die Antwortfrist ist am 18.07.2013 abgelaufen (Anfrage vom 20.06.2013, Frist 28 Tage).",
    );
  });
});

describe("a document re-saved by LibreOffice", () => {
  test("is checked by title and order, with the same Fehler as the original, and says so", async () => {
    const result = await check(files.resaved);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "  Hinweis  Das Dokument wurde mit einem anderen Programm gespeichert (etwa LibreOffice) und hat dabei die Kennungen, Sperren und Abschnittsrahmen seiner Felder verloren.",
    );
    const errorsOf = (text: string) => text.split("\n").filter((line) => line.startsWith("  Fehler"));
    expect(errorsOf(result.stdout)).toEqual(errorsOf((await check(files.seed)).stdout));
  });
});

describe("folders and the progress bar", () => {
  const folder = tmp.file("sitzung");

  beforeAll(() => {
    mkdirSync(path.join(folder, "unter"), { recursive: true });
    ["a", "b", "c"].forEach((name) => copyFileSync(files.rated, path.join(folder, `${name}.docx`)));
    copyFileSync(files.rated, path.join(folder, "unter", "d.DOCX"));
    writeFileSync(path.join(folder, "notiz.txt"), "keine Antwort");
  });

  test("a folder stands for the Word files in it and below", async () => {
    const result = await check(folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("4 Dateien geprüft: 4 bereit, 0 nicht bereit, 0 nicht lesbar.");
    expect(result.stdout).not.toContain("notiz.txt");
  });

  test("on a terminal with four files or more, a bar on stderr, cleared at the end; never in a pipe", async () => {
    const onTerminal = await runCli(["check", "--today", SEED_DAY, folder], { terminal: true });
    expect(onTerminal.stderr).toContain("Prüfe [");
    expect(onTerminal.stderr).toContain("3/4");
    expect(onTerminal.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect((await check(folder)).stderr).toBe("");
    expect((await runCli(["check", "--today", SEED_DAY, files.rated], { terminal: true })).stderr).toBe("");
  });
});

describe("an answer written without the add-in", () => {
  test("is checked like the seed, with a Hinweis instead of „Abschnitt fehlt“", async () => {
    const result = await check("--json", files.oldTemplate, files.seed);
    const [old, seed] = JSON.parse(result.stdout).files;
    // …and one for the title the old template's file never had.
    expect(old).toMatchObject({ readable: true, errors: 3, hints: 2, structureLost: false, withoutStructure: true });
    expect(old.findings.map((f: { rule: string }) => f.rule)).toEqual([
      "recognised",
      "ratingsRated",
      "ratingsRated",
      "ratingsRated",
      "documentTitle",
    ]);
    expect(old.findings.slice(1, 4)).toEqual(seed.findings);
    expect(seed.withoutStructure).toBe(false);
  });
});
