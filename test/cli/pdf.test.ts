/**
 * `ratsantwort pdf`: the check first, then LibreOffice's tagged PDF (PDF/UA), read back with poppler's pdfinfo.
 * Required in CI (.ci/run installs libreoffice-writer-nogui and poppler-utils): there a missing soffice or pdfinfo
 * fails the test. The refusals that come before LibreOffice is asked run everywhere; a stand-in soffice (a shell
 * script on PATH) plays a LibreOffice that hangs or writes nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { EXAMPLE_DATA, ROOT, runCli, scratch, SEED_DAY } from "./support";

const TIMEOUT_MS = 120_000;
const BIN = path.join(ROOT, "bin/ratsantwort.js");
const installed = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const available = installed("soffice") && installed("pdfinfo");

// In CI LibreOffice and poppler are required; elsewhere, without them, Jest reports the conversion as skipped, and why.
if (!available && process.env.CI) {
  throw new Error("soffice oder pdfinfo fehlt: .ci/run muss libreoffice-writer-nogui und poppler-utils installieren.");
}
const withLibreOffice = available ? describe : describe.skip;

const tmp = scratch();
afterAll(tmp.cleanup);

/** The example answer with its goals rated: without a Fehler (the example leaves the demography unrated). */
async function readyAnswer(name: string): Promise<string> {
  const data = tmp.file("bereit.json");
  if (!existsSync(data)) {
    const example = JSON.parse(readFileSync(EXAMPLE_DATA, "utf8"));
    writeFileSync(data, JSON.stringify({ ...example, demography: { goal1: "0", goal2: "0", goal3: "0" } }));
  }
  const file = tmp.file(name);
  expect((await runCli(["new", "--data", data, file])).code).toBe(0);
  return file;
}

/** The installed command in a process of its own, with `env` over the test's environment (PATH, TMPDIR). */
const binary = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    env: { ...process.env, ...env },
  });

/** A folder holding only an executable `soffice` running `script`, to put on PATH instead of LibreOffice. */
function fakeSoffice(name: string, script: string): string {
  const folder = tmp.file(name);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "soffice"), `#!/bin/sh\n${script}\n`);
  chmodSync(path.join(folder, "soffice"), 0o755);
  return folder;
}

/** A new empty folder for a run's TMPDIR, to see what it leaves behind. */
function emptyFolder(name: string): string {
  mkdirSync(tmp.file(name));
  return tmp.file(name);
}

describe("pdf refuses before LibreOffice is asked", () => {
  test("a document with Fehler: exit code 1, as many Fehler as check finds, and no PDF", async () => {
    const file = tmp.file("leer.docx");
    expect((await runCli(["new", file])).code).toBe(0);
    const { errors } = JSON.parse((await runCli(["check", "--json", "--today", SEED_DAY, file])).stdout).files[0];
    expect(errors).toBeGreaterThan(0);
    const result = await runCli(["pdf", "--today", SEED_DAY, file]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toBe(
      `Fehler: „${file}“ hat ${errors} Fehler; das PDF wird nicht geschrieben.\n` +
        `Welche, zeigt: ratsantwort check ${file}\n` +
        "Mit --force wird das PDF trotzdem geschrieben.\n",
    );
    expect(existsSync(tmp.file("leer.pdf"))).toBe(false);
  });

  test("a file that is no .docx: exit code 2 with check's message, and no PDF", async () => {
    const file = tmp.file("notiz.docx");
    writeFileSync(file, "kein ZIP");
    const checked = await runCli(["check", file]);
    const message = /Nicht lesbar: (.*)\n/.exec(checked.stdout)?.[1];
    expect(message).toMatch(/keine \.docx-Datei/);
    expect(await runCli(["pdf", "--force", file])).toEqual({ code: 2, stdout: "", stderr: `Fehler: ${message}\n` });
    expect(await runCli(["pdf", tmp.file("fehlt.docx")])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Fehler: Die Datei „.*fehlt\.docx“ gibt es nicht\.\n$/),
    });
    expect(existsSync(tmp.file("notiz.pdf"))).toBe(false);
  });

  test("an existing PDF is not replaced without --force; a missing --out folder is named", async () => {
    const file = await readyAnswer("vorhanden.docx");
    writeFileSync(tmp.file("vorhanden.pdf"), "älter");
    expect(await runCli(["pdf", file])).toMatchObject({
      code: 2,
      stderr: `Fehler: „${tmp.file("vorhanden.pdf")}“ gibt es schon; zum Überschreiben --force angeben.\n`,
    });
    expect(readFileSync(tmp.file("vorhanden.pdf"), "utf8")).toBe("älter");
    expect(await runCli(["pdf", "--ziel", tmp.file("gibtsnicht"), file])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Fehler: Den Zielordner „.*gibtsnicht“ gibt es nicht\.\n$/),
    });
  });

  test(
    "without soffice on PATH: exit code 2, a German message naming the package, and no PDF",
    async () => {
      const file = await readyAnswer("ohne-libreoffice.docx");
      const result = binary(["pdf", file], { PATH: emptyFolder("leerer-path") });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^Fehler: LibreOffice ist nicht installiert .*libreoffice-writer-nogui\n$/);
      expect(existsSync(tmp.file("ohne-libreoffice.pdf"))).toBe(false);
    },
    TIMEOUT_MS,
  );

  test(
    "a LibreOffice that hangs is stopped after --timeout, with all it started, and leaves nothing behind",
    async () => {
      const file = await readyAnswer("haengt.docx");
      const temp = emptyFolder("haengt-tmp");
      const started = Date.now();
      const result = binary(["pdf", "--timeout", "1", file], {
        PATH: fakeSoffice("haengt-bin", "/bin/sleep 600"),
        TMPDIR: temp,
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^Fehler: LibreOffice hat das PDF nicht innerhalb von 1 s geschrieben/);
      // The stand-in's `sleep` holds stderr open: returning at all means the whole process group was ended.
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(readdirSync(temp)).toEqual([]);
      expect(existsSync(tmp.file("haengt.pdf"))).toBe(false);
    },
    TIMEOUT_MS,
  );

  test(
    "a LibreOffice that writes no PDF (and exits 0, as soffice does) gives exit code 2 and its last words",
    async () => {
      const file = await readyAnswer("stumm.docx");
      const result = binary(["pdf", file], {
        PATH: fakeSoffice("stumm-bin", 'echo "Error: source file could not be loaded" >&2'),
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        "Fehler: LibreOffice hat kein PDF geschrieben; LibreOffice meldet: Error: source file could not be loaded.\n",
      );
      expect(existsSync(tmp.file("stumm.pdf"))).toBe(false);
    },
    TIMEOUT_MS,
  );
});

/** What pdfinfo says, as text; fails the test with its stderr otherwise. */
function pdfinfo(args: string[]): string {
  const result = spawnSync("pdfinfo", args, { encoding: "utf8", timeout: TIMEOUT_MS });
  if (result.status !== 0) throw new Error(`pdfinfo ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

interface StructElement {
  type: string;
  /** The text of the element and all inside it, in reading order. */
  text: string;
}

/**
 * The structure tree of `pdfinfo -struct-text` in document order: a line "  P (block):" opens an element at its
 * indentation, a quoted line is text for every open element above it, "/…" lines are attributes.
 */
function structureOf(pdf: string): StructElement[] {
  const elements: StructElement[] = [];
  const open: { indent: number; element: StructElement }[] = [];
  for (const line of pdfinfo(["-struct-text", pdf]).split("\n")) {
    const indent = line.length - line.trimStart().length;
    const text = /^\s*"(.*)"$/.exec(line)?.[1];
    const type = /^\s*(\w+)(?: \(\w+\))?:?$/.exec(line)?.[1];
    if (text === undefined && type === undefined) continue;
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    if (text !== undefined) for (const { element } of open) element.text += text;
    else {
      const element = { type: type!, text: "" };
      elements.push(element);
      open.push({ indent, element });
    }
  }
  return elements;
}

/** Text compared without its white space: LibreOffice breaks lines into separate strings. */
const squeezed = (text: string) => text.replace(/\s+/g, "");

withLibreOffice(
  available ? "pdf with LibreOffice" : "pdf with LibreOffice – übersprungen: soffice oder pdfinfo fehlt",
  () => {
    const out = tmp.file("veroeffentlichen");
    const pdf = path.join(out, "antwort.pdf");
    let answer = "";
    let result: Awaited<ReturnType<typeof runCli>>;
    let structure: StructElement[] = [];

    beforeAll(async () => {
      mkdirSync(out);
      answer = await readyAnswer("antwort.docx");
      result = await runCli(["pdf", "--today", SEED_DAY, "--out", out, answer]);
      if (result.code === 0) structure = structureOf(pdf);
    }, TIMEOUT_MS);

    test("writes <name>.pdf into --out and says so in one line", () => {
      expect(result).toEqual({ code: 0, stdout: `${pdf} geschrieben (PDF/UA, getaggt).\n`, stderr: "" });
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    });

    test("tagged, claiming PDF/UA, in German, with a title the viewer shows", () => {
      const info = pdfinfo([pdf]);
      expect(info).toMatch(/^Tagged: +yes$/m);
      expect(info).toMatch(/^Title: +\S/m);
      expect(pdfinfo(["-meta", pdf])).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      const bytes = readFileSync(pdf).toString("latin1");
      expect(bytes).toContain("/Lang(de-DE)");
      expect(bytes).toMatch(/\/DisplayDocTitle true/);
    });

    test("the structure tree: a Document of paragraphs, the sections' headings as H2", () => {
      expect(pdfinfo(["-struct", pdf])).toMatch(/^Document\n/);
      expect(structure[0].type).toBe("Document");
      expect(structure.filter((e) => e.type === "P").length).toBeGreaterThan(20);
      const headings = structure.filter((e) => e.type === "H2").map((e) => e.text);
      expect(headings).toEqual(expect.arrayContaining(["Grund der Vorlage", "Begründung", "Demografie-Check"]));
    });

    test("the questions and answers are in reading order: question 1, its answer, question 2, …", () => {
      const reasons: { question: string; answer: string }[] = JSON.parse(readFileSync(EXAMPLE_DATA, "utf8")).reasons;
      const text = squeezed(structure[0].text);
      const positions = reasons.flatMap(({ question, answer }) => [
        text.indexOf(squeezed(question)),
        text.indexOf(squeezed(answer.split("\n")[0])),
      ]);
      expect(positions).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    test(
      "--force writes a document with Fehler anyway, says so, and leaves no temporary files",
      async () => {
        const file = tmp.file("unfertig.docx");
        expect((await runCli(["new", file])).code).toBe(0);
        const temp = emptyFolder("unfertig-tmp");
        const forced = binary(["pdf", "--ueberschreiben", file], { TMPDIR: temp });
        expect(forced.stderr).toMatch(
          /^Hinweis: „.*unfertig\.docx“ hat \d+ Fehler; das PDF wird wegen --force trotzdem/,
        );
        expect([forced.status, forced.stdout]).toEqual([
          0,
          `${tmp.file("unfertig.pdf")} geschrieben (PDF/UA, getaggt).\n`,
        ]);
        expect(pdfinfo([tmp.file("unfertig.pdf")])).toMatch(/^Tagged: +yes$/m);
        expect(readdirSync(temp)).toEqual([]);
      },
      TIMEOUT_MS,
    );

    test(
      "runs at once do not share a LibreOffice profile; --force replaces an existing PDF",
      async () => {
        const [first, second] = await Promise.all([
          runCli(["pdf", "--force", "--out", out, answer]),
          runCli(["pdf", "--out", out, await readyAnswer("zweite.docx")]),
        ]);
        expect([first.code, first.stderr, second.code, second.stderr]).toEqual([0, "", 0, ""]);
        for (const name of ["antwort.pdf", "zweite.pdf"])
          expect(pdfinfo([path.join(out, name)])).toMatch(/^Tagged: +yes$/m);
      },
      TIMEOUT_MS,
    );

    test("the document's title is the H1, the sections' headings H2, each question an H3", () => {
      const reasons: { question: string }[] = JSON.parse(readFileSync(EXAMPLE_DATA, "utf8")).reasons;
      expect(structure.filter((e) => e.type === "H1").map((e) => e.text)).toEqual(["Antwort auf Anfragen"]);
      const questions = structure.filter((e) => e.type === "H3").map((e) => squeezed(e.text));
      expect(questions).toEqual(reasons.map(({ question }, i) => squeezed(`${i + 1}. ${question}`)));
    });

    test("the window shows the answer's title: its number and reason", () => {
      expect(pdfinfo([pdf])).toMatch(
        /^Title: +VO\/0548\/13\/1-A – Antwort auf die Anfrage der Fraktion DIE LINKE, VO\/0548\/13$/m,
      );
    });

    test("data tables have header cells (TH): the meeting's labels and the Demografie-Check's columns", () => {
      const headerCells = structure.filter((e) => e.type === "TH").map((e) => e.text);
      expect(headerCells).toEqual(["Sitzung am", "Gremium", "Beschlussqualität", "Ziel", "Bewertung"]);
    });

    test("the header block is read as a person reads it: each label before its value", () => {
      const text = squeezed(structure[0].text);
      for (const [label, value] of [
        ["Geschäftsbereich", "Soziales,Jugend&Integration"],
        ["Bearbeiter/in", "ThomasLenz"],
        ["Drucks.-Nr.", "VO/0548/13/1-A"],
      ])
        expect(text.indexOf(squeezed(label))).toBeLessThan(text.indexOf(value));
    });
  },
);
