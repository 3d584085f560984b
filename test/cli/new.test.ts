/** ratsantwort new: the answer document as a file, filled from --data, with every error in German and exit code 2. */
import { afterAll, describe, expect, test } from "@jest/globals";
import { strFromU8, unzipSync } from "fflate";
import { readFileSync, writeFileSync } from "fs";
import { readAnswerData } from "../../src/cli/data";
import { readDocx } from "../../src/core/docx";
import { buildAnswer } from "../../src/core/ooxml/document";
import { readWordBody } from "../../src/core/ooxml/read";
import { flatOpcPackage } from "../../src/core/ooxml/package";
import { controlsOf, textOf } from "../../src/core/ooxml/tree";
import { defaultProfile } from "../../src/core/profile";
import { validateWordprocessingML } from "../support/xsd";
import { EXAMPLE_DATA, runCli, scratch } from "./support";

const profile = defaultProfile();
const tmp = scratch();
afterAll(tmp.cleanup);

function writeJson(name: string, value: unknown): string {
  const file = tmp.file(name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

describe("ratsantwort new", () => {
  test("writes the empty template: valid WordprocessingML with the add-in's controls", async () => {
    const out = tmp.file("leer.docx");
    const result = await runCli(["new", out]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`${out} geschrieben (Profil Stadt Wuppertal, wuppertal@1.0).\n`);
    const document = strFromU8(unzipSync(readFileSync(out))["word/document.xml"]);
    expect((await validateWordprocessingML(document)).errors).toEqual([]);
  });

  test("with --data the example answer: validates, and holds the controls and text the add-in would insert", async () => {
    const out = tmp.file("seed.docx");
    expect((await runCli(["new", "--data", EXAMPLE_DATA, out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect((await validateWordprocessingML(strFromU8(unzipSync(bytes)["word/document.xml"]))).errors).toEqual([]);
    const data = readAnswerData(JSON.parse(readFileSync(EXAMPLE_DATA, "utf8")), profile);
    if (!data.ok) throw new Error(data.errors.join("\n"));
    const fromAddIn = readWordBody(flatOpcPackage(buildAnswer(profile, { content: data.content })));
    const fromFile = readDocx(bytes);
    if (!fromAddIn.ok || !fromFile.ok) throw new Error("unreadable");
    const controls = (body: typeof fromFile.body) =>
      controlsOf(body).map(({ node, ancestors }) => [node.control, ancestors.length, textOf(node.children)]);
    expect(controls(fromFile.body)).toEqual(controls(fromAddIn.body));
    expect(textOf(fromFile.body)).toContain("8. Welche Zielgruppen sollen im laufenden Jahr");
  });

  test("does not overwrite a file unless --force is given", async () => {
    const out = tmp.file("vorhanden.docx");
    writeFileSync(out, "alt");
    const refused = await runCli(["new", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`Fehler: „${out}“ gibt es schon; zum Überschreiben --force angeben.\n`);
    expect(readFileSync(out, "utf8")).toBe("alt");
    expect((await runCli(["new", "--force", out])).code).toBe(0);
  });

  test("wrong calls: no file, two files, not .docx, unknown option, missing value", async () => {
    for (const args of [
      ["new"],
      ["new", "a.docx", "b.docx"],
      ["new", "antwort.doc"],
      ["new", "--farbe", "rot", "a.docx"],
      ["new", "a.docx", "--data"],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^Fehler: (Bitte genau eine Ausgabedatei|Die Ausgabedatei muss auf \.docx enden|Unbekannte Option --farbe|Nach --data fehlt der Wert)/,
      );
    }
  });
});

describe("--data is validated, every problem named by its key", () => {
  async function errorsFor(data: unknown): Promise<string[]> {
    const result = await runCli(["new", "--data", writeJson("daten.json", data), tmp.file("x.docx")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    return result.stderr
      .split("\n")
      .filter((line) => line.startsWith("  - "))
      .map((line) => line.slice(4));
  }

  test("unknown sections and fields, wrong types, impossible dates and choices, at once", async () => {
    expect(
      await errorsFor({
        kopf: {},
        header: { phone: 2025563, date: "31.02.2013", publicity: "geheim", farbe: "rot" },
        meeting: "24.06.2013",
        reason: { text: ["Absatz"] },
        demography: { goal1: "++" },
      }),
    ).toEqual([
      "Daten, Schlüssel „kopf“: unbekannter Abschnitt; bekannt sind: header, meeting, inquiry, reason, proposal, consents, signature, reasons, demography (und inquiryReceived).",
      "Daten, Schlüssel „header.phone“: muss ein Text in Anführungszeichen sein.",
      "Daten, Schlüssel „header.date“: muss ein Datum in der Form TT.MM.JJJJ sein, z. B. 24.06.2013 (ist „31.02.2013“).",
      "Daten, Schlüssel „header.publicity“: muss einer dieser Werte sein: öffentlich, nichtöffentlich (ist „geheim“).",
      "Daten, Schlüssel „header.farbe“: unbekanntes Feld; bekannt sind: department, office, author, phone, fax, email, date, number, publicity.",
      "Daten, Schlüssel „meeting“: muss ein Objekt mit den Feldern date, committee, resolution sein.",
      "Daten, Schlüssel „reason.text“: muss ein Text in Anführungszeichen sein.",
      "Daten, Schlüssel „demography.goal1“: muss einer dieser Werte sein: +, 0, − (ist „++“).",
    ]);
  });

  test("questions: a list of { question, answer }", async () => {
    expect(await errorsFor({ reasons: { question: "Wer?" } })).toEqual([
      'Daten, Schlüssel „reasons“: muss eine Liste von Fragen sein: [{ "question": "…", "answer": "…" }, …].',
    ]);
    expect(
      await errorsFor({
        reasons: ["Wer?", { question: "Wie?", reply: "So." }, { question: 3 }, { frage: "Wann?", question: "Wann?" }],
      }),
    ).toEqual([
      'Daten, Schlüssel „reasons[0]“: muss ein Objekt { "question": "…", "answer": "…" } sein.',
      "Daten, Schlüssel „reasons[1].reply“: unbekannt; erlaubt sind question und answer.",
      "Daten, Schlüssel „reasons[2].question“: muss ein Text in Anführungszeichen sein.",
      "Daten, Schlüssel „reasons[3].question“: doppelt angegeben (question und seine ältere Schreibweise).",
    ]);
  });

  test("keys that name what every object has (constructor, __proto__, toString) are unknown keys, nothing more", () => {
    const json = JSON.parse(
      '{ "constructor": 1, "__proto__": 2, "header": { "toString": "x" }, "reasons": [{ "constructor": "y", "question": "Wer?" }] }',
    );
    expect(readAnswerData(json, profile)).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^Daten, Schlüssel „constructor“: unbekannter Abschnitt/),
        expect.stringMatching(/^Daten, Schlüssel „__proto__“: unbekannter Abschnitt/),
        expect.stringMatching(/^Daten, Schlüssel „header\.toString“: unbekanntes Feld/),
        "Daten, Schlüssel „reasons[0].constructor“: unbekannt; erlaubt sind question und answer.",
      ],
    });
  });

  test("the German keys of earlier versions keep working: frage, antwort, anfrageVom", () => {
    const old = readAnswerData(
      { reasons: [{ frage: "Wer?", antwort: "Niemand." }], anfrageVom: "20.06.2013" },
      profile,
    );
    const now = readAnswerData(
      { reasons: [{ question: "Wer?", answer: "Niemand." }], inquiryReceived: "20.06.2013" },
      profile,
    );
    expect(old).toEqual(now);
    expect(now).toMatchObject({
      ok: true,
      content: { questions: { reasons: [{ question: "Wer?", answer: "Niemand." }] } },
    });
  });

  test("not JSON, or not an object", async () => {
    const broken = await runCli(["new", "--data", writeJson("kaputt.json", '{ "header": '), tmp.file("x.docx")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /^Fehler: Die Datendatei „.*kaputt\.json“ ist kein gültiges JSON \(sie endet mittendrin\)\.\n$/,
    );
    expect(await errorsFor([1, 2])).toEqual(["Daten: die Datei muss ein JSON-Objekt { … } enthalten."]);
  });

  test("a missing data file", async () => {
    const result = await runCli(["new", "--data", tmp.file("gibtsnicht.json"), tmp.file("x.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`Fehler: Die Datei „${tmp.file("gibtsnicht.json")}“ gibt es nicht.\n`);
  });

  test("choices tolerate the keyboard's hyphen for the profile's minus sign; empty values leave placeholders", () => {
    const result = readAnswerData({ demography: { goal1: "-", goal2: "0", goal3: "" }, reason: "" }, profile);
    expect(result).toEqual({
      ok: true,
      content: { values: { "demography.goal1": "−", "demography.goal2": "0" }, questions: {} },
      properties: {},
    });
  });

  test("a choice the check accepts, --data accepts too, written as the profile spells it (case and spacing as the user means them)", () => {
    const result = readAnswerData(
      { header: { publicity: "Öffentlich " }, meeting: { resolution: "beratung" } },
      profile,
    );
    expect(result).toMatchObject({
      ok: true,
      content: { values: { "header.publicity": "öffentlich", "meeting.resolution": "Beratung" } },
    });
  });
});

describe("what the pane takes from the inquiry", () => {
  test("inquiryReceived becomes the document property the deadline is counted from; the answer's number and reason are derived", async () => {
    const out = tmp.file("anfrage.docx");
    const data = writeJson("anfrage.json", {
      inquiry: { faction: "Fraktion DIE LINKE", number: "VO/0548/13" },
      inquiryReceived: "20.6.2013",
    });
    expect((await runCli(["new", "--data", data, out])).code).toBe(0);
    const read = readDocx(readFileSync(out));
    if (!read.ok) throw new Error(read.error);
    expect(read.properties).toEqual({ "Ratsantwort.AnfrageVom": "20.06.2013" });
    const text = textOf(read.body);
    expect(text).toContain("VO/0548/13/1-A");
    expect(text).toContain("Antwort auf die Anfrage der Fraktion DIE LINKE, VO/0548/13");
  });

  test("inquiryReceived must be a date", () => {
    expect(readAnswerData({ inquiryReceived: "gestern" }, profile)).toEqual({
      ok: false,
      errors: [
        "Daten, Schlüssel „inquiryReceived“: muss ein Datum in der Form TT.MM.JJJJ sein, z. B. 20.06.2013 (ist „gestern“).",
      ],
    });
  });
});

describe("--profile", () => {
  test("a broken profile is refused with its German errors and exit code 2, never replaced by the default", async () => {
    const broken = writeJson("profil.json", { ...JSON.parse(JSON.stringify(profile)), id: "Wuppertal!" });
    const result = await runCli(["new", "--profile", broken, tmp.file("p.docx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Fehler: Das Profil „.*profil\.json“ ist fehlerhaft:\n {2}- Profil, Feld „id“: /);
  });

  test("another council's profile is used for the document", async () => {
    const other = writeJson("anders.json", {
      ...JSON.parse(JSON.stringify(profile)),
      id: "musterstadt",
      name: "Musterstadt",
    });
    const out = tmp.file("muster.docx");
    expect((await runCli(["new", "--profile", other, out])).code).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(out))["word/document.xml"])).toContain(
      "ratsantwort:1:musterstadt@1.0:s:header",
    );
  });
});
