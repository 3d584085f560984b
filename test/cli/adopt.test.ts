/** ratsantwort adopt: a copy of an answer written without the add-in, in the add-in's structure; the original untouched. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readFileSync, writeFileSync } from "fs";
import { strFromU8, unzipSync } from "fflate";
import { writeDocx } from "../../src/core/docx";
import { serializeBody } from "../../src/word-emulator/serialize";
import { seedTheOldWay, writtenTheOldWay } from "../core/recognise/legacyAnswer";
import { validateWordprocessingML } from "../support/xsd";
import { runCli, scratch, SEED_DAY } from "./support";

const tmp = scratch();
const original = tmp.file("alt.docx");
const adopted = tmp.file("neu.docx");
let originalBytes: Buffer;

beforeAll(() => {
  writeFileSync(
    original,
    writeDocx(serializeBody(writtenTheOldWay(seedTheOldWay)), { title: "Antwort (alte Vorlage)" }),
  );
  originalBytes = readFileSync(original);
});
afterAll(tmp.cleanup);

const check = async (file: string) =>
  JSON.parse((await runCli(["check", "--json", "--today", SEED_DAY, file])).stdout).files[0];

describe("adopt ALT.docx NEU.docx", () => {
  test("writes the copy in the add-in's structure, says what it did, and leaves the original byte for byte", async () => {
    const result = await runCli(["adopt", original, adopted]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${adopted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} geschrieben: 9 Abschnitte in die Antwortstruktur überführt \\(Kopf, Sitzung, Anfrage,`,
      ),
    );
    expect(readFileSync(original).equals(originalBytes)).toBe(true);
  });

  test("the copy checks like the original, without the Hinweis; every other part of the package is kept", async () => {
    const before = await check(original);
    const after = await check(adopted);
    expect(before.withoutStructure).toBe(true);
    expect(after).toMatchObject({ withoutStructure: false, structureLost: false, errors: 3, hints: 0 });
    expect(after.findings).toEqual(before.findings.slice(1));
    const parts = unzipSync(readFileSync(adopted));
    expect(Object.keys(parts).sort()).toEqual(Object.keys(unzipSync(originalBytes)).sort());
    expect(strFromU8(parts["docProps/core.xml"])).toContain("Antwort (alte Vorlage)");
    expect((await validateWordprocessingML(strFromU8(parts["word/document.xml"]))).errors).toEqual([]);
  });

  test("refuses, with exit code 2 and German, what it must not do", async () => {
    const refusals = [
      [[adopted, tmp.file("noch-einmal.docx")], /hat die Antwortstruktur bereits/],
      [[original, adopted], /gibt es schon; zum Überschreiben --force angeben/],
      [[original, original], /muss eine andere sein als das Original/],
      [[tmp.file("fehlt.docx"), tmp.file("x.docx")], /fehlt\.docx/],
    ] as const;
    for (const [args, message] of refusals) {
      const result = await runCli(["adopt", ...args]);
      expect([args, result.code]).toEqual([args, 2]);
      expect(result.stderr).toMatch(message);
    }
    expect(readFileSync(original).equals(originalBytes)).toBe(true);
  });
});
