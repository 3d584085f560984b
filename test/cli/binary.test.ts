/**
 * The command line as installed: bin/ratsantwort.js in a process of its own (built by `npm run build:cli`, which
 * `npm test` runs first), with every documented exit code and the refusals a user meets.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { EXAMPLE_DATA, ROOT, scratch, SEED_DAY } from "./support";

const BIN = path.join(ROOT, "bin/ratsantwort.js");
const tmp = scratch();
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000 });

const files = {
  seed: tmp.file("seed.docx"),
  rated: tmp.file("bewertet.docx"),
  broken: tmp.file("kaputt.docx"),
  folder: tmp.file("ordner"),
};

beforeAll(() => {
  expect(run(["new", "--data", EXAMPLE_DATA, files.seed]).status).toBe(0);
  const data = JSON.parse(readFileSync(EXAMPLE_DATA, "utf8"));
  data.demography = { goal1: "0", goal2: "0", goal3: "0" };
  writeFileSync(tmp.file("bewertet.json"), JSON.stringify(data));
  expect(run(["new", "--data", tmp.file("bewertet.json"), files.rated]).status).toBe(0);
  writeFileSync(files.broken, "PK\u0003\u0004 abgeschnitten");
  mkdirSync(files.folder);
  copyFileSync(files.rated, path.join(files.folder, "a.docx"));
  copyFileSync(files.seed, path.join(files.folder, "b.docx"));
  writeFileSync(path.join(files.folder, "c.docx"), "kein ZIP");
  writeFileSync(path.join(files.folder, "notiz.txt"), "wird nicht geprüft");
});
afterAll(tmp.cleanup);

describe("exit codes, as README documents them", () => {
  test("0: no file has a Fehler", () => {
    const result = run(["check", "--today", SEED_DAY, files.rated]);
    expect([result.status, result.stdout]).toEqual([0, `${files.rated}\n  Bereit zur Einreichung.\n`]);
  });

  test("1: a file has a Fehler", () => {
    const result = run(["check", "--today", SEED_DAY, files.seed]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Nicht bereit: 3 Fehler, 0 Hinweise\.\n$/);
  });

  test("2: a file could not be read, or the call was wrong", () => {
    expect(run(["check", files.broken])).toMatchObject({
      status: 2,
      stdout: expect.stringMatching(/Nicht lesbar: Die Datei ist unvollständig oder beschädigt/),
    });
    expect(run(["check", tmp.file("fehlt.docx")])).toMatchObject({
      status: 2,
      stdout: expect.stringMatching(/Nicht lesbar: Die Datei „.*fehlt\.docx“ gibt es nicht\./),
    });
    expect(run(["gibtsnicht"])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^Unbekannter Aufruf: gibtsnicht\n\nAufruf: ratsantwort <Befehl>/),
    });
    expect(run(["check"])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^Fehler: Bitte mindestens eine \.docx-Datei angeben/),
    });
  });

  test("a folder with mixed files: each Word file gets its result, other files are left alone, the worst code wins", () => {
    const result = run(["check", "--json", "--today", SEED_DAY, files.folder]);
    const report = JSON.parse(result.stdout);
    expect(
      report.files.map((f: { file: string; readable: boolean; ready?: boolean }) => [
        path.basename(f.file),
        f.readable,
        f.ready ?? null,
      ]),
    ).toEqual([
      ["a.docx", true, true],
      ["b.docx", true, false],
      ["c.docx", false, null],
    ]);
    expect([result.status, report.exitCode]).toEqual([2, 2]);
  });
});

describe("help and standard input", () => {
  test("help, hilfe and --help print the usage on stdout with exit code 0", () => {
    for (const flag of ["help", "--help", "-h", "hilfe"])
      expect(run([flag])).toMatchObject({
        status: 0,
        stdout: expect.stringMatching(/^Aufruf: ratsantwort <Befehl>\n/),
      });
  });

  test("the German spellings of commands and options do what the English ones do", () => {
    const english = run(["check", "--json", "--today", SEED_DAY, files.rated]);
    for (const command of ["pruefen", "prüfen"]) {
      expect(run([command, "--json", "--stichtag", SEED_DAY, files.rated])).toMatchObject({
        status: english.status,
        stdout: english.stdout,
      });
    }
    expect(english.status).toBe(0);
  });

  test("questions refuses a terminal on standard input, with a German hint and exit code 2", () => {
    // `script` gives the command a terminal as its standard input, as when a user forgets the "<".
    const result = spawnSync("script", ["-qec", `${process.execPath} ${BIN} questions`, "/dev/null"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stdout).toContain("Bitte den Text der Anfrage über die Standardeingabe übergeben");
    expect(result.status).toBe(2);
  });
});
