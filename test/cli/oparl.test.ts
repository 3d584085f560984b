/**
 * `ratsantwort new --oparl PAPER-URL`: the answer to an inquiry read from a real OParl server process on 127.0.0.1
 * (test/support/oparl-server.ts), the same answer the pane inserts; every misbehaving server a German message and
 * exit code 2, with no file written.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFile } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { promisify } from "util";
import { readDocx } from "../../src/core/docx";
import { buildAnswer } from "../../src/core/ooxml/document";
import { readWordBody } from "../../src/core/ooxml/read";
import { flatOpcPackage } from "../../src/core/ooxml/package";
import { controlsOf, textOf } from "../../src/core/ooxml/tree";
import { defaultProfile } from "../../src/core/profile";
import { INQUIRY_DATE_PROPERTY } from "../../src/core/document/inquiry";
import { startOParlServer, type OParlServer } from "../support/oparl-server";
import { SEED_INQUIRY_RECEIVED, seedAnswerFromOParl } from "../support/seed-answer";
import { ROOT, runCli, scratch } from "./support";

const profile = defaultProfile();
const tmp = scratch();
let server: OParlServer;
const now = new Date();

beforeAll(async () => {
  server = await startOParlServer({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
});
afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

const controls = (body: Parameters<typeof controlsOf>[0]) =>
  controlsOf(body).map(({ node, ancestors }) => [node.control?.tag, ancestors.length, textOf(node.children)]);

function expectSeedAnswer(file: string) {
  const written = readDocx(readFileSync(file));
  const expected = readWordBody(flatOpcPackage(buildAnswer(profile, { content: seedAnswerFromOParl(profile) })));
  if (!written.ok || !expected.ok) throw new Error("unreadable");
  expect(controls(written.body)).toEqual(controls(expected.body));
  expect(written.properties[INQUIRY_DATE_PROPERTY]).toBe(SEED_INQUIRY_RECEIVED);
}

describe("new --oparl", () => {
  test("the seed's inquiry: faction, numbers, arrival, meeting, committee and its eight questions", async () => {
    const out = tmp.file("seed.docx");
    const result = await runCli(["new", "--oparl", server.sample.seedPaper, out]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expectSeedAnswer(out);
  });

  test("--data goes first: its values replace the paper's, the rest stays", async () => {
    const data = tmp.file("daten.json");
    writeFileSync(
      data,
      JSON.stringify({ inquiry: { faction: "Fraktion DIE LINKE im Rat" }, header: { author: "Thomas Lenz" } }),
    );
    const out = tmp.file("mit-daten.docx");
    expect((await runCli(["new", "--oparl", server.sample.seedPaper, "--data", data, out])).code).toBe(0);
    const written = readDocx(readFileSync(out));
    if (!written.ok) throw new Error("unreadable");
    const text = textOf(written.body);
    expect(text).toContain("Anfrage der Fraktion DIE LINKE im Rat VO/0548/13");
    expect(text).toContain("Thomas Lenz");
    expect(text).toContain("VO/0548/13/1-A");
    expect(text).toContain("8. Welche Zielgruppen sollen im laufenden Jahr");
  });

  test("an inquiry without text: the answer is written, and the user is told to add the questions", async () => {
    const out = tmp.file("ohne-text.docx");
    const result = await runCli(["new", "--oparl", `${server.origin}/oparl/v1/paper/731`, out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "Hinweis: Das Ratsinformationssystem hat keinen Text zu dieser Anfrage: Die Fragen bitte selbst eintragen.\n",
    );
    expect(existsSync(out)).toBe(true);
  });

  test("an answer paper is refused: the inquiry's address is wanted", async () => {
    const result = await runCli(["new", "--oparl", `${server.origin}/oparl/v1/paper/613`, tmp.file("antwort.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "Fehler: Die Drucksache VO/0612/13/1-A ist selbst eine Antwort („Beantwortung einer Anfrage“); bitte die Adresse der Anfrage angeben.\n",
    );
  });

  test("the installed command reads from the server too", async () => {
    const out = tmp.file("binary.docx");
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(ROOT, "bin/ratsantwort.js"),
      "new",
      "--oparl",
      server.sample.seedPaper,
      out,
    ]);
    expect(stdout).toBe(`${out} geschrieben (Profil Stadt Wuppertal, wuppertal@1.0).\n`);
    expectSeedAnswer(out);
  });
});

describe("servers that misbehave: exit code 2, a German message, no file", () => {
  const cases: [string, () => string, RegExp, string[]?][] = [
    [
      "timeout",
      () => server.bad("timeout"),
      /^Fehler: Das Ratsinformationssystem antwortet nicht \(nach 0,5 Sekunden abgebrochen\)/,
      ["--timeout", "0.5"],
    ],
    ["HTTP 500", () => server.bad("status500"), /^Fehler: Das Ratsinformationssystem meldet einen Fehler \(HTTP 500\)/],
    [
      "HTTP 404",
      () => `${server.origin}/oparl/v1/paper/999`,
      /^Fehler: Im Ratsinformationssystem gibt es .* nicht \(HTTP 404\)\./,
    ],
    ["HTML", () => server.bad("html"), /keine OParl-Daten, sondern eine Webseite \(HTML\)/],
    ["an object of another type", () => server.bad("wrongType"), /liegt kein Objekt der Art Paper, sondern Person\./],
    ["a huge body", () => server.bad("huge"), /ist größer als 8 MB und wird nicht gelesen\./],
    [
      "a redirect to another origin",
      () => server.bad("redirect"),
      /verweist auf eine andere Adresse \(http:\/\/localhost:\d+\//,
    ],
    [
      "a broken object",
      () => brokenPaper(),
      /^Fehler: Die Daten des Ratsinformationssystems unter .* sind fehlerhaft: originatorOrganization ist keine Liste von Adressen\./,
    ],
  ];
  test.each(cases)("%s", async (_, url, message, extra = []) => {
    const out = tmp.file(`bad-${Math.random().toString(36).slice(2)}.docx`);
    const result = await runCli(["new", ...extra, "--oparl", url(), out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  test("a paper of another council is not asked at all", async () => {
    const withEndpoint = tmp.file("profil.json");
    const json = JSON.parse(readFileSync(path.join(ROOT, "src/core/profile/wuppertal.json"), "utf8"));
    json.oparl.endpoint = "https://ris.wuppertal.example/oparl/body/1";
    writeFileSync(withEndpoint, JSON.stringify(json));
    const asked = server.requests.length;
    const result = await runCli([
      "new",
      "--profile",
      withEndpoint,
      "--oparl",
      server.sample.seedPaper,
      tmp.file("x.docx"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /gehört nicht zum Ratsinformationssystem des Profils \(https:\/\/ris\.wuppertal\.example\)/,
    );
    // (Requests of the test before may still arrive; none is for this paper.)
    expect(server.requests.slice(asked).map((r) => r.path)).not.toContain("/oparl/v1/paper/548");
  });

  test("wrong calls: not an address, a bad --timeout", async () => {
    expect((await runCli(["new", "--oparl", "VO/0548/13", tmp.file("a.docx")])).stderr).toBe(
      "Fehler: „VO/0548/13“ ist keine http(s)-Adresse einer Drucksache.\n",
    );
    expect(
      (await runCli(["new", "--timeout", "ewig", "--oparl", server.sample.seedPaper, tmp.file("a.docx")])).stderr,
    ).toMatch(/^Fehler: --timeout muss eine Zahl von Sekunden/);
  });
});

/** A paper whose originators are not a list of addresses: the sample's paper 612, altered (no later test reads it). */
function brokenPaper(): string {
  const paper = server.sample.objects.get(`${server.origin}/oparl/v1/paper/612`)!;
  paper.originatorOrganization = "Fraktion";
  return String(paper.id);
}
