/**
 * The `--data` file of `ratsantwort new`: a JSON object with one entry per section of the profile.
 *
 *   { "header": { "author": "Thomas Lenz", "date": "24.06.2013" },   fields by their id
 *     "reason": "Antwort auf …",                                      a text section: its text directly
 *     "reasons": [ { "question": "…", "answer": "…" } ],               a questions section: its pairs
 *     "demography": { "goal1": "0", "notes": "" },                    a rating section: items and explanation
 *     "inquiryReceived": "20.06.2013" }                               the day the inquiry came in (for the deadline)
 *
 * Everything is optional; what is missing shows its placeholder. Errors name the key and are German. The file's
 * own keys are English like the profile's ids beside them; the German ones of earlier versions (frage, antwort,
 * anfrageVom) keep working.
 */
import type { AnswerContent, QuestionContent } from "../core/ooxml/document";
import { shown } from "./terminal";
import type { FieldSpec, Profile, QuestionsSection, SectionSpec } from "../core/profile/types";
import { formatGermanDate, parseGermanDate } from "../core/dates";
import { INQUIRY_DATE_PROPERTY } from "../core/document/inquiry";
import { itemKey } from "../core/tags";
import { fieldsOf } from "../core/profile/fields";
import { matchingChoice } from "../core/check/values/choices";

export type DataResult =
  { ok: true; content: AnswerContent; properties: Record<string, string> } | { ok: false; errors: string[] };

/** The key of the inquiry's arrival; kept as the custom document property the add-in writes. */
export const INQUIRY_DATE_KEY = "inquiryReceived";

/** Earlier, German spellings of the file's own keys: at the top, and in a question pair. */
const TOP_ALIASES = new Map([["anfrageVom", INQUIRY_DATE_KEY]]);
const PAIR_ALIASES = new Map([
  ["frage", "question"],
  ["antwort", "answer"],
]);

/** An object's entries under their canonical keys; a key given in both spellings is reported. */
function canonicalEntries(
  object: Json,
  aliases: ReadonlyMap<string, string>,
  where: (key: string) => string,
  reader: DataReader,
): [string, unknown][] {
  const seen = new Set<string>();
  return Object.entries(object).flatMap(([key, value]): [string, unknown][] => {
    const canonical = aliases.get(key) ?? key;
    if (seen.has(canonical)) {
      reader.fail(where(key), `doppelt angegeben (${canonical} und seine ältere Schreibweise).`);
      return [];
    }
    seen.add(canonical);
    return [[canonical, value]];
  });
}

/** More pairs than any Anfrage has; keeps a broken file from producing a giant document. */
export const MAX_QUESTIONS = 500;

type Json = Record<string, unknown>;

/** One value the user may set, with how to validate it. */
interface Slot {
  id: string;
  kind: FieldSpec["kind"] | "rating";
  choices: string[];
}

/** A section's fields, and a rating's items before them (the check's fieldsOf leaves rated items out). */
function slotsOf(section: SectionSpec): Slot[] {
  const items =
    section.kind === "rating"
      ? section.items.map((item) => ({ id: item.id, kind: "rating" as const, choices: section.choices }))
      : [];
  return [...items, ...fieldsOf(section).map((f) => ({ id: f.id, kind: f.kind, choices: f.choices ?? [] }))];
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

class DataReader {
  readonly errors: string[] = [];
  readonly values: Record<string, string> = {};
  readonly questions: Record<string, QuestionContent[]> = {};
  readonly properties: Record<string, string> = {};

  fail(key: string, message: string): void {
    this.errors.push(`Daten, Schlüssel „${shown(key)}“: ${message}`);
  }

  text(value: unknown, key: string): string | undefined {
    if (typeof value === "string") return value;
    this.fail(key, "muss ein Text in Anführungszeichen sein.");
    return undefined;
  }

  inquiryDate(value: unknown): void {
    const text = this.text(value, INQUIRY_DATE_KEY);
    if (text === undefined || text.trim() === "") return;
    const date = parseGermanDate(text);
    if (!date)
      return this.fail(
        INQUIRY_DATE_KEY,
        `muss ein Datum in der Form TT.MM.JJJJ sein, z. B. 20.06.2013 (ist „${shown(text)}“).`,
      );
    this.properties[INQUIRY_DATE_PROPERTY] = formatGermanDate(date);
  }

  section(section: SectionSpec, value: unknown): void {
    if (section.kind === "questions") return this.questionList(section, value);
    const slots = slotsOf(section);
    if (section.kind === "text" && typeof value === "string") return this.slot(section, slots[0], value);
    if (!isObject(value)) {
      const shape = section.kind === "text" ? "ein Text oder ein Objekt" : "ein Objekt";
      return this.fail(section.id, `muss ${shape} mit den Feldern ${slots.map((s) => s.id).join(", ")} sein.`);
    }
    for (const [id, fieldValue] of Object.entries(value)) {
      const slot = slots.find((s) => s.id === id);
      if (slot) this.slot(section, slot, fieldValue);
      else this.fail(`${section.id}.${id}`, `unbekanntes Feld; bekannt sind: ${slots.map((s) => s.id).join(", ")}.`);
    }
  }

  slot(section: SectionSpec, slot: Slot, value: unknown): void {
    const key = itemKey(section.id, slot.id);
    const text = this.text(value, key);
    if (text === undefined || text.trim() === "") return;
    if (slot.kind === "date" && !parseGermanDate(text))
      return this.fail(key, `muss ein Datum in der Form TT.MM.JJJJ sein, z. B. 24.06.2013 (ist „${shown(text)}“).`);
    if (slot.kind === "choice" || slot.kind === "rating") {
      const choice = matchingChoice(text, slot.choices);
      if (choice === undefined)
        return this.fail(key, `muss einer dieser Werte sein: ${slot.choices.join(", ")} (ist „${shown(text)}“).`);
      this.values[key] = choice;
      return;
    }
    this.values[key] = text;
  }

  questionList(section: QuestionsSection, value: unknown): void {
    if (!Array.isArray(value))
      return this.fail(section.id, 'muss eine Liste von Fragen sein: [{ "question": "…", "answer": "…" }, …].');
    if (value.length > MAX_QUESTIONS)
      return this.fail(section.id, `hat ${value.length} Fragen, mehr als ${MAX_QUESTIONS}.`);
    this.questions[section.id] = value.map((pair, i) => this.question(pair, `${section.id}[${i}]`));
  }

  question(pair: unknown, key: string): QuestionContent {
    if (!isObject(pair)) {
      this.fail(key, 'muss ein Objekt { "question": "…", "answer": "…" } sein.');
      return { question: "", answer: "" };
    }
    const parts: QuestionContent = { question: "", answer: "" };
    for (const [name, value] of canonicalEntries(pair, PAIR_ALIASES, (name) => `${key}.${name}`, this)) {
      if (name === "question" || name === "answer") parts[name] = this.text(value, `${key}.${name}`) ?? "";
      else this.fail(`${key}.${name}`, "unbekannt; erlaubt sind question und answer.");
    }
    return parts;
  }
}

/** Reads parsed JSON against the profile; all problems at once, so one correction round suffices. */
export function readAnswerData(json: unknown, profile: Profile): DataResult {
  if (!isObject(json)) return { ok: false, errors: ["Daten: die Datei muss ein JSON-Objekt { … } enthalten."] };
  const reader = new DataReader();
  for (const [key, value] of canonicalEntries(json, TOP_ALIASES, (key) => key, reader)) {
    const section = profile.sections.find((s) => s.id === key);
    if (section) reader.section(section, value);
    else if (key === INQUIRY_DATE_KEY) reader.inquiryDate(value);
    else
      reader.fail(
        key,
        `unbekannter Abschnitt; bekannt sind: ${profile.sections.map((s) => s.id).join(", ")} (und ${INQUIRY_DATE_KEY}).`,
      );
  }
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, content: { values: reader.values, questions: reader.questions }, properties: reader.properties };
}
