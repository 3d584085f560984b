/**
 * The Selbsttest for administrators: on an empty document, each operation the add-in relies on runs against the
 * Word at hand, and the report sets what Word did against what the add-in expects (docs/word-behaviour.md), with
 * round trips and milliseconds. What it inserted it removes again.
 */
import type { Profile } from "../core/profile/types";
import { checkDocument } from "../core/check/run";
import { modelOf } from "../core/check/model";
import { renumberingEdits, restoreAnchor } from "../core/check/repairs";
import type { Finding } from "../core/check/findings";
import type { DocumentSnapshot } from "../core/check/snapshot";
import { filledContent } from "../core/document/sample";
import { buildAnswer } from "../core/ooxml/document";
import { flatOpcPackage } from "../core/ooxml/package";
import { readWordBody } from "../core/ooxml/read";
import { controlsOf, type WmlNode } from "../core/ooxml/tree";
import { fieldEntries } from "../core/profile/fields";
import { formatTag } from "../core/tags";
import { detectCapabilities, listedControls } from "./capabilities";
import { applyEdits, readSnapshot, restoreSection, selectControl } from "./check";
import { appendQuestions, insertAnswer, readDocumentState } from "./document";
import { observeSyncs, runInWord } from "./errors";

export interface SelftestStep {
  title: string;
  expected: string;
  observed: string;
  /** False: Word deviates from what the add-in expects. Null: information only. */
  ok: boolean | null;
  roundTrips: number;
  ms: number;
}

export interface SelftestReport {
  word: { version: string; platform: string; sets: string[] };
  steps: SelftestStep[];
}

const SETS: [string, string[]][] = [
  ["WordApi", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"]],
  ["WordApiDesktop", ["1.1", "1.2", "1.3", "1.4", "1.5"]],
  ["WordApiOnline", ["1.1"]],
];

/** The highest version of each requirement set this Word supports. */
function supportedSets(): string[] {
  return SETS.flatMap(([name, versions]) => {
    const highest = versions.filter((v) => Office.context.requirements.isSetSupported(name, v)).pop();
    return highest ? [`${name} ${highest}`] : [];
  });
}

type Measured<T> = { value: T; roundTrips: number; ms: number };

async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  let roundTrips = 0;
  observeSyncs(() => roundTrips++);
  const start = performance.now();
  try {
    const value = await work();
    return { value, roundTrips, ms: Math.round(performance.now() - start) };
  } finally {
    observeSyncs(null);
  }
}

/**
 * The body's text and every control in its OOXML, read the way the check reads them, and how many of them Word
 * lists: through the ranges of the top-level controls, as locators find them (tables included, office-js #2040).
 */
function readBody(): Promise<{ text: string; controls: WmlNode[]; listed: number }> {
  return runInWord(async (context) => {
    const body = context.document.body.load("text");
    const ooxml = body.getOoxml();
    await context.sync();
    const read = readWordBody(ooxml.value);
    const top = read.ok ? read.body.filter((n) => n.type === "control" && n.control.tag !== "") : [];
    const listed = top.map((n) =>
      n.type === "control"
        ? listedControls(listedControls(context.document).getByTag(n.control.tag).getFirst().getRange("Whole")).load(
            "items/tag",
          )
        : null,
    );
    await context.sync();
    const count = listed.reduce((sum, c) => sum + (c?.items.length ?? 0), 0);
    return { text: body.text, controls: read.ok ? controlsOf(read.body).map((c) => c.node) : [], listed: count };
  });
}

/** Tag, title and lock of each control, in order: what Word must keep of what the add-in wrote. */
const signature = (controls: WmlNode[]) =>
  controls.map((c) => (c.type === "control" ? `${c.control.tag}|${c.control.title}|${c.control.lock}` : "")).join("\n");

/** Runs the test; throws a German message when the document is not empty (nothing is touched then). */
export async function runSelftest(
  profile: Profile,
  today: { year: number; month: number; day: number },
): Promise<SelftestReport> {
  const before = await readBody();
  if (before.text.trim() !== "" || before.controls.length > 0) {
    throw new Error("Der Selbsttest läuft nur in einem leeren Dokument. Bitte ein neues, leeres Dokument öffnen.");
  }
  const steps: SelftestStep[] = [];
  const capabilities = detectCapabilities();
  const content = filledContent(profile);
  const questions = profile.sections.find((s) => s.kind === "questions");
  const step = async <T>(
    title: string,
    expected: string,
    work: () => Promise<T>,
    judge: (value: T) => [boolean | null, string],
  ) => {
    try {
      const measured = await measure(work);
      const [ok, observed] = judge(measured.value);
      steps.push({ title, expected, observed, ok, roundTrips: measured.roundTrips, ms: measured.ms });
      return measured.value;
    } catch (error) {
      steps.push({
        title,
        expected,
        observed: `Fehler: ${error instanceof Error ? error.message : String(error)}`,
        ok: false,
        roundTrips: 0,
        ms: 0,
      });
      return null;
    }
  };
  const check = (snapshot: DocumentSnapshot) => checkDocument(snapshot, profile, { today });
  const errorsOf = (snapshot: DocumentSnapshot) => check(snapshot).filter((f) => f.severity === "error");

  const state = await step(
    "Zustand lesen",
    "1 Roundtrip",
    () => readDocumentState(profile),
    () => [true, "gelesen"],
  );
  if (!state) return { word: environment(), steps };
  await step(
    "Antwort einfügen",
    "alle Abschnitte, nicht in einem anderen Feld",
    () => insertAnswer(profile, state, capabilities, { content }),
    (r) => [
      r.countAfter === 1 && !r.misplaced,
      r.misplaced ? "in ein anderes Feld gesetzt" : `${r.countAfter} Antwort im Dokument`,
    ],
  );
  const written = readWordBody(flatOpcPackage(buildAnswer(profile, { capabilities, content })));
  const expectedControls = written.ok ? controlsOf(written.body).map((c) => c.node) : [];
  const inserted = await step(
    "Tags, Titel und Sperren erhalten",
    `${expectedControls.length} Felder wie geschrieben`,
    readBody,
    (b) => [
      signature(b.controls) === signature(expectedControls),
      `${b.controls.length} Felder, ${signature(b.controls) === signature(expectedControls) ? "unverändert" : "verändert"}`,
    ],
  );
  // The same read tells both; this step costs nothing more.
  if (inserted) {
    await step(
      "Arten aufgelistet",
      "jedes geschriebene Feld in Words Liste",
      async () => inserted,
      (b) => [b.listed === b.controls.length, `${b.listed} von ${b.controls.length} aufgelistet`],
    );
  }
  const filled = await step(
    "Prüfung eines vollständigen Dokuments",
    "0 Fehler, Dokument ganz gelesen",
    () => readSnapshot(profile),
    (s) => [
      errorsOf(s).length === 0 && !s.partial,
      `${errorsOf(s).length} Fehler${s.partial ? ", nur teilweise gelesen" : ""}`,
    ],
  );
  // What only real Word can tell (docs/word-behaviour.md, rows 17–19): are our headings headings, is the title set?
  if (filled) {
    await step(
      "Barrierefreiheit wie eingefügt",
      "Überschriften der Ebenen 1–3, Titel, Sprache Deutsch, kein Befund",
      async () => filled,
      (s) => describeAccessibility(s, check(s)),
    );
  }
  const field = fieldEntries(profile).find((e) => e.field.required && e.field.kind === "text");
  const target = field && filled?.controls.find((c) => c.tag === formatTag({ profile, role: "field", key: field.key }));
  if (target) {
    await step(
      "Feld leeren",
      "genau 1 Fehler, der das Feld nennt",
      async () => {
        await applyEdits([{ locator: target.locator, text: "" }]);
        return readSnapshot(profile);
      },
      (s) => {
        const errors = errorsOf(s);
        const shown = s.controls.find((c) => c.tag === target.tag)?.text ?? "";
        return [
          errors.length === 1 && errors[0].message.de.includes(field.field.title),
          `${errors.length} Fehler; Word zeigt „${shown}“`,
        ];
      },
    );
    await step(
      "Zum Befund springen",
      "Feld ausgewählt",
      () => selectControl(target.locator),
      () => [true, "ausgewählt"],
    );
  }
  if (questions) {
    await step(
      "Frage anhängen",
      "nach dem letzten Paar, nicht darin",
      async () =>
        appendQuestions(
          profile,
          questions.id,
          await readDocumentState(profile),
          [{ question: "Prüffrage?", answer: "Prüfantwort." }],
          capabilities,
        ),
      (r) => [
        !r.misplaced && r.countAfter === (content.questions?.[questions.id]?.length ?? 0) + 1,
        r.misplaced ? "im letzten Paar gelandet" : `${r.countAfter} Paare`,
      ],
    );
    await step(
      "Fragen neu nummerieren",
      "Nummern 1..n",
      async () => {
        const snapshot = await readSnapshot(profile);
        const second = snapshot.controls.filter(
          (c) => c.tag === formatTag({ profile, role: "questionNumber", key: questions.id }),
        )[1];
        if (second) await applyEdits([{ locator: second.locator, text: "9." }]);
        await applyEdits(renumberingEdits(modelOf(await readSnapshot(profile), profile), questions.id));
        return readSnapshot(profile);
      },
      (s) => {
        const numbers = s.controls
          .filter((c) => c.tag === formatTag({ profile, role: "questionNumber", key: questions.id }))
          .map((c) => c.text.trim());
        return [numbers.every((n, i) => n === `${i + 1}.`), numbers.join(" ")];
      },
    );
  }
  const restored = profile.sections[1];
  if (restored) {
    await step(
      "Abschnitt wiederherstellen",
      "wieder an seinem Platz",
      async () => {
        await removeFrame(formatTag({ profile, role: "section", key: restored.id }));
        const snapshot = await readSnapshot(profile);
        return restoreSection(
          profile,
          restored.id,
          restoreAnchor(modelOf(snapshot, profile), restored.id),
          capabilities,
        );
      },
      (count) => [count === 1, `${count} Abschnitt „${restored.title}“`],
    );
  }
  await step(
    "Word: Einfügen am Ende",
    "Information: nistet Word „End“ in ein Feld? (das Add-In fügt nie so ein)",
    endInsertNests,
    (nests) => [null, nests ? "ja, im letzten Feld gelandet (office-js #866)" : "nein"],
  );
  await step(
    "Aufräumen",
    "Dokument wieder leer",
    async () => {
      await clearDocument();
      return readBody();
    },
    (b) => {
      const left =
        b.controls.length > 0 ? `${b.controls.length} Felder übrig` : b.text.trim() !== "" ? "Text übrig" : null;
      return [left === null, left ?? "leer"];
    },
  );
  return { word: environment(), steps };
}

/** The headings by level, the title and the language the check saw, and whether it found anything. */
function describeAccessibility(snapshot: DocumentSnapshot, findings: Finding[]): [boolean | null, string] {
  const facts = snapshot.accessibility;
  // Without the OOXML there is nothing to tell; the check's step already reports the partial read.
  if (!facts) return [null, "nicht lesbar (Word gab kein OOXML)"];
  const levels = [1, 2, 3].map((level) => facts.headings.filter((h) => h.level === level).length);
  const found = findings.filter((f) => f.group === "accessibility");
  const observed =
    `Überschriften ${levels.map((n, i) => `${n}× Ebene ${i + 1}`).join(", ")}; ` +
    `Titel „${facts.title ?? "?"}“; Sprache ${facts.language || "keine"}; ${found.length} Befunde` +
    found.map((f) => ` (${f.rule})`).join("");
  return [levels.every((n) => n > 0) && found.length === 0, observed];
}

function environment(): SelftestReport["word"] {
  const diagnostics = Office.context.diagnostics;
  return {
    version: diagnostics?.version ?? "?",
    platform: String(diagnostics?.platform ?? "?"),
    sets: supportedSets(),
  };
}

/** Unlocks one of our frames and deletes it with its content, as a user with the lock off would. */
function removeFrame(tag: string): Promise<void> {
  return runInWord(async (context) => {
    const frame = listedControls(context.document).getByTag(tag).getFirst();
    frame.cannotDelete = false;
    frame.delete(false);
    await context.sync();
  });
}

/** Does Word put an "End" insert into a control that ends the body? Measured with a control of the test's own. */
function endInsertNests(): Promise<boolean> {
  return runInWord(async (context) => {
    const sdt =
      '<w:sdt><w:sdtPr><w:tag w:val="ratsantwort-selbsttest"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>A</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    context.document.body.insertOoxml(flatOpcPackage(sdt), "End");
    context.document.body.insertOoxml(flatOpcPackage("<w:p><w:r><w:t>B</w:t></w:r></w:p>"), "End");
    const probe = listedControls(context.document).getByTag("ratsantwort-selbsttest").load("items/text");
    await context.sync();
    return probe.items.some((c) => c.text.includes("B"));
  });
}

/** Lifts every lock the add-in set, then empties the body: the document was empty before the test. */
function clearDocument(): Promise<void> {
  return runInWord(async (context) => {
    const controls = listedControls(context.document).load("items/id");
    await context.sync();
    for (const control of controls.items) {
      control.cannotDelete = false;
      control.cannotEdit = false;
    }
    context.document.body.clear();
    await context.sync();
  });
}

/** The report as plain text, to paste into an e-mail or a ticket. */
export function formatSelftest(report: SelftestReport): string {
  const deviations = report.steps.filter((s) => s.ok === false).length;
  const lines = report.steps.map((s) => {
    const mark = s.ok === null ? "i" : s.ok ? "✓" : "✗ ABWEICHUNG";
    return `${mark} ${s.title}\n    erwartet: ${s.expected}\n    beobachtet: ${s.observed}\n    ${s.roundTrips} Roundtrip(s), ${s.ms} ms`;
  });
  return [
    "Ratsantwort – Selbsttest",
    `Word ${report.word.version}, Plattform ${report.word.platform}`,
    `Anforderungssätze: ${report.word.sets.join(", ") || "keine"}`,
    "",
    ...lines,
    "",
    deviations === 0
      ? "Ergebnis: keine Abweichung."
      : `Ergebnis: ${deviations} Abweichung(en). Bitte diesen Bericht an die Betreuer des Add-Ins senden.`,
  ].join("\n");
}
