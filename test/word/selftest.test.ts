/**
 * The Selbsttest on every edition of the in-page Word: no deviation where Word behaves as docs/word-behaviour.md
 * says, each deviation reported at its step when Word is made to misbehave, and the document empty again afterwards.
 */
import { afterEach, describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { formatSelftest, runSelftest, type SelftestReport } from "../../src/word/selftest";
import {
  EDITION_IDS,
  EDITIONS,
  control,
  installTestWord,
  paragraph,
  type TestWord,
} from "../../src/word-emulator/testing";

const profile = defaultProfile();
const today = { year: 2026, month: 12, day: 1 };
let word: TestWord;
afterEach(() => word.uninstall());

/** The report as an administrator gets it, with the milliseconds (which vary) blanked. */
const shown = (report: SelftestReport) => formatSelftest(report).replace(/\d+ ms/g, "… ms");

/** Steps that deviate, as [title, what was observed]. */
const deviations = (report: SelftestReport) =>
  report.steps.filter((s) => s.ok === false).map((s) => [s.title, s.observed]);

const STEPS = `✓ Zustand lesen
    erwartet: 1 Roundtrip
    beobachtet: gelesen
    1 Roundtrip(s), … ms
✓ Antwort einfügen
    erwartet: alle Abschnitte, nicht in einem anderen Feld
    beobachtet: 1 Antwort im Dokument
    1 Roundtrip(s), … ms
✓ Tags, Titel und Sperren erhalten
    erwartet: 45 Felder wie geschrieben
    beobachtet: 45 Felder, unverändert
    2 Roundtrip(s), … ms
✓ Arten aufgelistet
    erwartet: jedes geschriebene Feld in Words Liste
    beobachtet: 45 von 45 aufgelistet
    0 Roundtrip(s), … ms
✓ Prüfung eines vollständigen Dokuments
    erwartet: 0 Fehler, Dokument ganz gelesen
    beobachtet: 0 Fehler
    1 Roundtrip(s), … ms
✓ Barrierefreiheit wie eingefügt
    erwartet: Überschriften der Ebenen 1–3, Titel, Sprache Deutsch, kein Befund
    beobachtet: Überschriften 1× Ebene 1, 6× Ebene 2, 2× Ebene 3; Titel „VO/0548/13/1-A – Beispiel: Grund der Vorlage“; Sprache de-DE; 0 Befunde
    0 Roundtrip(s), … ms
✓ Feld leeren
    erwartet: genau 1 Fehler, der das Feld nennt
    beobachtet: 1 Fehler; Word zeigt „Klicken oder tippen Sie hier, um Text einzugeben.“
    3 Roundtrip(s), … ms
✓ Zum Befund springen
    erwartet: Feld ausgewählt
    beobachtet: ausgewählt
    2 Roundtrip(s), … ms
✓ Frage anhängen
    erwartet: nach dem letzten Paar, nicht darin
    beobachtet: 3 Paare
    2 Roundtrip(s), … ms
✓ Fragen neu nummerieren
    erwartet: Nummern 1..n
    beobachtet: 1. 2. 3.
    7 Roundtrip(s), … ms
✓ Abschnitt wiederherstellen
    erwartet: wieder an seinem Platz
    beobachtet: 1 Abschnitt „Sitzung“
    4 Roundtrip(s), … ms
i Word: Einfügen am Ende
    erwartet: Information: nistet Word „End“ in ein Feld? (das Add-In fügt nie so ein)
    beobachtet: ja, im letzten Feld gelandet (office-js #866)
    1 Roundtrip(s), … ms
✓ Aufräumen
    erwartet: Dokument wieder leer
    beobachtet: leer
    4 Roundtrip(s), … ms`;

const SETS = {
  "2019": "WordApi 1.3",
  "2024": "WordApi 1.8, WordApiDesktop 1.1",
  "365": "WordApi 1.9, WordApiDesktop 1.5",
  web: "WordApi 1.9, WordApiOnline 1.1",
};

describe.each(EDITION_IDS)("Selbsttest on Word edition %s", (edition) => {
  test("finds no deviation, counts each step's round trips, and leaves the document empty", async () => {
    word = installTestWord({ edition });
    const report = await runSelftest(profile, today);
    const { version, platform } = EDITIONS[edition];
    expect(shown(report)).toBe(
      `Ratsantwort – Selbsttest\nWord ${version}, Plattform ${platform}\nAnforderungssätze: ${SETS[edition]}\n\n${STEPS}\n\nErgebnis: keine Abweichung.`,
    );
    expect(word.controls()).toHaveLength(0);
    expect(word.bodyText().trim()).toBe("");
  });
});

describe("Selbsttest against a Word that misbehaves", () => {
  test("a Word that claims WordApi 1.9 but lists like Word 2019: the unlisted kinds, and what fails for them", async () => {
    word = installTestWord({ edition: "2019", requirementSets: { WordApi: "1.9" } });
    const report = await runSelftest(profile, today);
    expect(deviations(report)).toEqual([
      ["Arten aufgelistet", "23 von 45 aufgelistet"],
      ["Feld leeren", expect.stringMatching(/^Fehler: notFound: /)],
      ["Fragen neu nummerieren", expect.stringMatching(/^Fehler: notFound: /)],
    ]);
    const failed = report.steps.find((s) => s.title === "Feld leeren")!;
    expect([failed.roundTrips, failed.ms]).toEqual([0, 0]);
    expect(shown(report)).toContain("Anforderungssätze: WordApi 1.9\n");
    expect(shown(report)).toContain("✗ ABWEICHUNG Arten aufgelistet\n");
    expect(shown(report)).toMatch(
      /\nErgebnis: 3 Abweichung\(en\)\. Bitte diesen Bericht an die Betreuer des Add-Ins senden\.$/,
    );
  });

  test("lost tags: the answer is not found again, and every later step says so", async () => {
    word = installTestWord({ edition: "web", faults: { losesTags: true } });
    const report = await runSelftest(profile, today);
    // What each later step says goes to the add-in's maintainers as it stands: Word's own words and ours.
    expect(deviations(report)).toEqual([
      ["Antwort einfügen", "0 Antwort im Dokument"],
      ["Tags, Titel und Sperren erhalten", "45 Felder, verändert"],
      ["Arten aufgelistet", "0 von 45 aufgelistet"],
      ["Prüfung eines vollständigen Dokuments", "4 Fehler"],
      ["Feld leeren", "Fehler: notFound: the controls to rewrite are no longer where the check saw them"],
      ["Zum Befund springen", "Fehler: notFound: the control is no longer where the check saw it"],
      ["Frage anhängen", "Fehler: notFound: section reasons is missing"],
      ["Fragen neu nummerieren", "Fehler: notFound: the controls to rewrite are no longer where the check saw them"],
      ["Abschnitt wiederherstellen", "Fehler: notFound: ItemNotFound: The requested resource doesn't exist."],
    ]);
    expect(report.steps.find((s) => s.title === "Word: Einfügen am Ende")).toMatchObject({
      ok: null,
      observed: "nein",
    });
  });

  test("getOoxml failing once the answer is in: the steps that read it fail, the check says it read only part", async () => {
    word = installTestWord({ edition: "365" });
    word.subscribe(() => {
      if (word.controls().length > 0) word.setFaults({ getOoxmlFails: true });
    });
    const report = await runSelftest(profile, today);
    expect(deviations(report)).toEqual([
      ["Tags, Titel und Sperren erhalten", expect.stringMatching(/^Fehler: unknown: GeneralException/)],
      ["Prüfung eines vollständigen Dokuments", "0 Fehler, nur teilweise gelesen"],
      ["Aufräumen", expect.stringMatching(/^Fehler: unknown: GeneralException/)],
    ]);
    // Without the read, nothing tells whether Word lists the kinds: that step is left out, not passed.
    expect(report.steps.map((s) => s.title)).not.toContain("Arten aufgelistet");
    expect(report.steps.find((s) => s.title === "Barrierefreiheit wie eingefügt")).toMatchObject({
      ok: null,
      observed: "nicht lesbar (Word gab kein OOXML)",
    });
  });

  test("a Word that puts inserts inside the control they follow (office-js #866): the appended pair and the restored section", async () => {
    word = installTestWord({ edition: "365", faults: { nestsInserts: true } });
    const report = await runSelftest(profile, today);
    expect(deviations(report)).toEqual([
      ["Frage anhängen", "im letzten Paar gelandet"],
      ["Abschnitt wiederherstellen", "0 Abschnitt „Sitzung“"],
    ]);
  });

  test.each([
    ["a field", [control({ tag: "fremd" }, [paragraph("Rest")])], "1 Felder übrig"],
    ["text alone", [paragraph("Rest")], "Text übrig"],
  ])("%s left behind after the clean-up is a deviation", async (_, rest, observed) => {
    word = installTestWord({ edition: "2024" });
    let probeSeen = false;
    let leftBehind = false;
    word.subscribe(() => {
      probeSeen ||= word.control("ratsantwort-selbsttest") !== undefined;
      if (probeSeen && !leftBehind && word.controls().length === 0) {
        leftBehind = true;
        word.setBody(rest);
      }
    });
    const report = await runSelftest(profile, today);
    expect(deviations(report)).toEqual([["Aufräumen", observed]]);
  });

  test("when reading the state fails, the report ends there and names the failure", async () => {
    word = installTestWord({ edition: "365" });
    const wordApi = (globalThis as unknown as { Word: { run: (batch: unknown) => Promise<unknown> } }).Word;
    const run = wordApi.run;
    let runs = 0;
    wordApi.run = (batch) =>
      ++runs === 2
        ? Promise.reject(Object.assign(new Error("Word ist beschäftigt"), { code: "RequestAborted" }))
        : run(batch);
    const report = await runSelftest(profile, today);
    expect(report.steps).toEqual([
      {
        title: "Zustand lesen",
        expected: "1 Roundtrip",
        observed: "Fehler: busy: RequestAborted: Word ist beschäftigt",
        ok: false,
        roundTrips: 0,
        ms: 0,
      },
    ]);
    expect(word.bodyText().trim()).toBe("");
  });

  test("a report of a Word that names no requirement set says so", () => {
    const report: SelftestReport = { word: { version: "?", platform: "?", sets: [] }, steps: [] };
    expect(formatSelftest(report)).toBe(
      "Ratsantwort – Selbsttest\nWord ?, Plattform ?\nAnforderungssätze: keine\n\n\nErgebnis: keine Abweichung.",
    );
  });

  test("a Word that gives no diagnostics is named with question marks", async () => {
    word = installTestWord({ edition: "365" });
    Object.defineProperty((globalThis as unknown as { Office: { context: object } }).Office.context, "diagnostics", {
      get: () => undefined,
    });
    const report = await runSelftest(profile, today);
    expect(report.word).toEqual({ version: "?", platform: "?", sets: ["WordApi 1.9", "WordApiDesktop 1.5"] });
  });

  test("reports a failure where getOoxml fails from the start: the emptiness check itself reads the OOXML", async () => {
    word = installTestWord({ edition: "365", faults: { getOoxmlFails: true } });
    await expect(runSelftest(profile, today)).rejects.toThrow(/GeneralException/);
  });

  test("refuses a document that is not empty, and touches nothing", async () => {
    word = installTestWord({ edition: "2019", body: [paragraph("Sehr geehrte Damen und Herren,")] });
    await expect(runSelftest(profile, today)).rejects.toThrow(
      "Der Selbsttest läuft nur in einem leeren Dokument. Bitte ein neues, leeres Dokument öffnen.",
    );
    expect(word.bodyText()).toBe("Sehr geehrte Damen und Herren,");
  });

  test("a document of empty paragraphs and spaces counts as empty: the test runs", async () => {
    word = installTestWord({ edition: "365", body: [paragraph("   "), paragraph()] });
    expect(deviations(await runSelftest(profile, today))).toEqual([]);
  });

  test("refuses a document that holds only an empty control", async () => {
    word = installTestWord({ edition: "365", body: [control({ tag: "leer" }, [paragraph()])] });
    await expect(runSelftest(profile, today)).rejects.toThrow(/leeren Dokument/);
    expect(word.controls()).toHaveLength(1);
  });
});
