/**
 * Hostile input on the command line, round two: every file of a folder gets its own result whatever another does,
 * only regular files are read, links do not loop, and nothing from a document or a file name reaches the terminal raw.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import path from "path";
import { writeDocx } from "../../src/core/docx";
import { buildAnswer } from "../../src/core/ooxml/document";
import { defaultProfile } from "../../src/core/profile";
import { runCli, scratch, SEED_DAY } from "./support";

const tmp = scratch();
const folder = tmp.file("ordner");
const profile = defaultProfile();
/** ESC, CSI (C1) and a right-to-left override: what would recolour, move or reverse a terminal's line. */
const HOSTILE_TEXT = "\u001b[31m+\u009b2J\u202e";

beforeAll(() => {
  mkdirSync(folder);
  writeFileSync(path.join(folder, "a-gut.docx"), writeDocx(buildAnswer(profile, {})));
  writeFileSync(
    path.join(folder, "b-bewertung.docx"),
    writeDocx(buildAnswer(profile, { content: { values: { "demography.goal1": HOSTILE_TEXT } } })),
  );
  writeFileSync(path.join(folder, `c-name\u001b[2J\nfalsch.docx`), writeDocx(buildAnswer(profile, {})));
  symlinkSync("/dev/zero", path.join(folder, "d-geraet.docx"));
  execFileSync("mkfifo", [path.join(folder, "e-pipe.docx")]);
  symlinkSync(".", path.join(folder, "f-selbst"));
  symlinkSync(path.join(folder, "a-gut.docx"), path.join(folder, "g-verweis.docx"));
});
afterAll(tmp.cleanup);

describe("a folder with a device, a pipe, a link loop, a link to a file and hostile names", () => {
  test("every regular file once, the others refused with a German line each; --json is one complete report", async () => {
    const result = await runCli(["check", "--json", "--today", SEED_DAY, folder]);
    const report = JSON.parse(result.stdout);
    const byName = Object.fromEntries(report.files.map((f: { file: string }) => [path.basename(f.file), f]));
    expect(Object.keys(byName).sort()).toEqual([
      "a-gut.docx",
      "b-bewertung.docx",
      "c-name\u001b[2J\nfalsch.docx",
      "d-geraet.docx",
      "e-pipe.docx",
    ]);
    expect(byName["d-geraet.docx"]).toMatchObject({
      readable: false,
      error: expect.stringMatching(/keine gewöhnliche Datei/),
    });
    expect(byName["e-pipe.docx"]).toMatchObject({
      readable: false,
      error: expect.stringMatching(/keine gewöhnliche Datei/),
    });
    expect(byName["a-gut.docx"].readable).toBe(true);
    expect(report.summary.files).toBe(5);
    expect(result.code).toBe(2);
  });

  test("nothing raw reaches the terminal: escapes, C1 and bidi overrides are shown escaped, one line stays one line", async () => {
    const human = await runCli(["check", "--today", SEED_DAY, folder]);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(human.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // The writer leaves out the ESC (XML 1.0 has no place for it); C1 and the override reach the document.
    expect(human.stdout).toContain("„[31m+\\x9B2J\\u202E“ ist keine gültige Bewertung");
    expect(human.stdout).toContain("c-name\\x1B[2J\\nfalsch.docx");
    const json = await runCli(["check", "--json", "--today", SEED_DAY, folder]);
    expect(json.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(
      JSON.parse(json.stdout).files.some((f: { findings?: { message: string }[] }) =>
        f.findings?.some((x) => x.message.includes("[31m+\u009b2J\u202e")),
      ),
    ).toBe(true);
  });

  test("arguments are echoed safely too", async () => {
    const result = await runCli(["check", "--today", "\u001b[2J", path.join(folder, "a-gut.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("„\\x1B[2J“");
  });
});

describe("a profile's own texts", () => {
  test("are escaped in its error messages: a value cannot forge another line of the list", async () => {
    const broken = JSON.parse(readFileSync(path.resolve(__dirname, "../../src/core/profile/wuppertal.json"), "utf8"));
    broken.sections[8].explanationRequiredFor = ["\n  - alles in Ordnung\u001b[2J"];
    const file = tmp.file("profil.json");
    writeFileSync(file, JSON.stringify(broken));
    const result = await runCli(["check", "--profile", file, path.join(folder, "a-gut.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("  - "))).toEqual([
      expect.stringContaining("„\\n  - alles in Ordnung\\x1B[2J“"),
    ]);
  });
});

describe("new never writes through a link", () => {
  test("a dangling link is not followed, with or without --force; its target is not created", async () => {
    const target = tmp.file("anderswo.txt");
    const link = tmp.file("verweis.docx");
    symlinkSync(target, link);
    const plain = await runCli(["new", link]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/gibt es schon/);
    const forced = await runCli(["new", "--force", link]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toMatch(/keine gewöhnliche Datei/);
    expect(existsSync(target)).toBe(false);
  });
});
