/**
 * Reads a council profile from untrusted JSON. Every problem is reported in German with the path of the
 * offending field, and a broken profile is refused as a whole: the add-in never guesses another council's rules.
 */
import type {
  AccessibilitySettings,
  FieldKind,
  FieldSpec,
  OParlSettings,
  Profile,
  RatingSection,
  SectionKind,
} from "./types";
import { anchoredPattern, backtrackingRisk, matchesWhole } from "./patterns";
import { fieldEntries } from "./fields";

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

const FIELD_KINDS: FieldKind[] = ["text", "richText", "date", "choice", "comboBox"];
const SECTION_KINDS: SectionKind[] = ["fieldTable", "columnTable", "line", "text", "questions", "rating"];
const FORMATS = ["date", "phone", "email", "inquiryNumber", "answerNumber"];
// Ids of at most 12 characters and versions of at most 7 keep every tag within Word's 64 (see tags.ts).
const ID_PATTERN = /^[a-z][a-z0-9-]{0,11}$/;
const VERSION_PATTERN = /^\d{1,3}\.\d{1,3}$/;

type Json = Record<string, unknown>;

/** Far more than any council needs (Wuppertal: 9 sections, 11 committees): lists and texts are bounded. */
const MAX_LIST = 500;
const MAX_TEXT = 2000;

class Reader {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`Profil, Feld „${path}“: ${message}`);
  }

  object(value: unknown, path: string): Json {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Json;
    this.fail(path, "muss ein Objekt sein.");
    return {};
  }

  array(value: unknown, path: string, minLength = 1): unknown[] {
    if (Array.isArray(value) && value.length > MAX_LIST) {
      this.fail(path, `hat ${value.length} Einträge; mehr als ${MAX_LIST} hat kein Profil.`);
      return [];
    }
    if (Array.isArray(value) && value.length >= minLength) return value;
    this.fail(path, minLength > 0 ? "muss eine nicht leere Liste sein." : "muss eine Liste sein.");
    return [];
  }

  text(value: unknown, path: string): string {
    if (typeof value === "string" && value.length > MAX_TEXT) {
      this.fail(path, `ist ${value.length} Zeichen lang; mehr als ${MAX_TEXT} hat kein Text eines Profils.`);
      return "";
    }
    if (typeof value === "string" && value.trim() !== "") return value;
    this.fail(path, "muss ein nicht leerer Text sein.");
    return "";
  }

  optionalText(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.text(value, path);
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value === "boolean") return value;
    this.fail(path, "muss true oder false sein.");
    return false;
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
    this.fail(path, `muss eine ganze Zahl von ${min} bis ${max} sein.`);
    return min;
  }

  id(value: unknown, path: string): string {
    const id = this.text(value, path);
    if (id && !ID_PATTERN.test(id))
      this.fail(
        path,
        "darf nur a–z, 0–9 und Bindestrich enthalten, mit einem Buchstaben beginnen und höchstens 12 Zeichen lang sein.",
      );
    return id;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(path, `muss einer dieser Werte sein: ${allowed.join(", ")}.`);
    return allowed[0];
  }

  pattern(value: unknown, path: string): string {
    const source = this.text(value, path);
    if (anchoredPattern(source) === null) {
      this.fail(path, "ist kein gültiger regulärer Ausdruck.");
      return source;
    }
    const risk = backtrackingRisk(source);
    // A refused pattern is never compiled for matching: the example is not tried either.
    if (risk) this.fail(path, risk);
    return risk ? "" : source;
  }

  unique(ids: string[], path: string): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(path, `die Kennung „${id}“ kommt mehrfach vor.`);
      seen.add(id);
    }
  }
}

function readField(r: Reader, raw: unknown, path: string): FieldSpec {
  const o = r.object(raw, path);
  const kind = r.oneOf(o.kind, `${path}.kind`, FIELD_KINDS);
  const field: FieldSpec = {
    id: r.id(o.id, `${path}.id`),
    title: r.text(o.title, `${path}.title`),
    kind,
    required: r.boolean(o.required, `${path}.required`),
    placeholder: r.text(o.placeholder, `${path}.placeholder`),
  };
  if (o.format !== undefined) field.format = r.oneOf(o.format, `${path}.format`, FORMATS) as FieldSpec["format"];
  if (o.bold !== undefined) field.bold = r.boolean(o.bold, `${path}.bold`);
  if (o.personal !== undefined) field.personal = r.boolean(o.personal, `${path}.personal`);
  const defaultText = r.optionalText(o.defaultText, `${path}.defaultText`);
  if (defaultText !== undefined) field.defaultText = defaultText;
  if (kind === "choice" || kind === "comboBox") {
    field.choices = r.array(o.choices, `${path}.choices`).map((c, i) => r.text(c, `${path}.choices[${i}]`));
  } else if (o.choices !== undefined) {
    r.fail(`${path}.choices`, "gibt es nur bei den Arten choice und comboBox.");
  }
  return field;
}

function readFields(r: Reader, raw: unknown, path: string): FieldSpec[] {
  const fields = r.array(raw, path).map((f, i) => readField(r, f, `${path}[${i}]`));
  r.unique(
    fields.map((f) => f.id),
    path,
  );
  return fields;
}

function readSection(r: Reader, raw: unknown, path: string): Profile["sections"][number] {
  const o = r.object(raw, path);
  const base = { id: r.id(o.id, `${path}.id`), title: r.text(o.title, `${path}.title`) };
  const kind = r.oneOf(o.kind, `${path}.kind`, SECTION_KINDS);
  switch (kind) {
    case "fieldTable": {
      const rows = r.array(o.rows, `${path}.rows`).map((row, i) => {
        const ro = r.object(row, `${path}.rows[${i}]`);
        const label = r.text(ro.label, `${path}.rows[${i}].label`);
        const fields = readFields(r, ro.fields, `${path}.rows[${i}].fields`);
        return ro.bold === undefined
          ? { label, fields }
          : { label, fields, bold: r.boolean(ro.bold, `${path}.rows[${i}].bold`) };
      });
      r.unique(
        rows.flatMap((row) => row.fields.map((f) => f.id)),
        `${path}.rows`,
      );
      return { ...base, kind, caption: r.text(o.caption, `${path}.caption`), rows };
    }
    case "columnTable":
      return { ...base, kind, fields: readFields(r, o.fields, `${path}.fields`) };
    case "line":
      return { ...base, kind, lead: r.text(o.lead, `${path}.lead`), fields: readFields(r, o.fields, `${path}.fields`) };
    case "text":
      return {
        ...base,
        kind,
        heading: r.text(o.heading, `${path}.heading`),
        field: readField(r, o.field, `${path}.field`),
      };
    case "questions": {
      const q = r.object(o.question, `${path}.question`);
      const a = r.object(o.answer, `${path}.answer`);
      return {
        ...base,
        kind,
        heading: r.text(o.heading, `${path}.heading`),
        question: {
          title: r.text(q.title, `${path}.question.title`),
          placeholder: r.text(q.placeholder, `${path}.question.placeholder`),
        },
        answer: {
          title: r.text(a.title, `${path}.answer.title`),
          placeholder: r.text(a.placeholder, `${path}.answer.placeholder`),
        },
        initialCount: r.integer(o.initialCount, `${path}.initialCount`, 0, 50),
      };
    }
    case "rating":
      return readRating(r, o, path, base);
  }
}

function readRating(
  r: Reader,
  o: Json,
  path: string,
  base: { id: string; title: string },
): Profile["sections"][number] {
  const choices = r.array(o.choices, `${path}.choices`).map((c, i) => r.text(c, `${path}.choices[${i}]`));
  const items = r.array(o.items, `${path}.items`).map((item, i) => {
    const io = r.object(item, `${path}.items[${i}]`);
    return { id: r.id(io.id, `${path}.items[${i}].id`), label: r.text(io.label, `${path}.items[${i}].label`) };
  });
  r.unique(
    items.map((i) => i.id),
    `${path}.items`,
  );
  const eo = r.object(o.explanation, `${path}.explanation`);
  const explanation = {
    ...readField(r, eo, `${path}.explanation`),
    label: r.text(eo.label, `${path}.explanation.label`),
  };
  if (items.some((i) => i.id === explanation.id))
    r.fail(`${path}.explanation.id`, "darf nicht wie ein bewerteter Punkt heißen.");
  const requiredFor = r.array(o.explanationRequiredFor, `${path}.explanationRequiredFor`, 0).map((c, i) => {
    const value = r.text(c, `${path}.explanationRequiredFor[${i}]`);
    if (value && !choices.includes(value))
      r.fail(`${path}.explanationRequiredFor[${i}]`, `„${value}“ ist keine der Bewertungen.`);
    return value;
  });
  const section: RatingSection = {
    ...base,
    kind: "rating",
    heading: r.text(o.heading, `${path}.heading`),
    resultLabel: r.text(o.resultLabel, `${path}.resultLabel`),
    unratedPlaceholder: r.text(o.unratedPlaceholder, `${path}.unratedPlaceholder`),
    choices,
    items,
    explanation,
    explanationRequiredFor: requiredFor,
  };
  if (o.columnHeadings !== undefined) {
    const headings = readWords(r, o.columnHeadings, `${path}.columnHeadings`, 2);
    if (headings.length > 2) r.fail(`${path}.columnHeadings`, "muss genau zwei Einträge haben (Punkt, Bewertung).");
    section.columnHeadings = [headings[0] ?? "", headings[1] ?? ""];
  }
  return section;
}

function readNumberRule(r: Reader, raw: unknown, path: string) {
  const o = r.object(raw, path);
  const pattern = r.pattern(o.pattern, `${path}.pattern`);
  const example = r.text(o.example, `${path}.example`);
  if (pattern && example && anchoredPattern(pattern) && !matchesWhole(pattern, example)) {
    r.fail(`${path}.example`, `„${example}“ passt nicht zum Muster.`);
  }
  return { pattern, example };
}

function readNumbers(r: Reader, numbers: Json): Profile["numbers"] {
  const inquiry = readNumberRule(r, numbers.inquiry, "numbers.inquiry");
  const answer = readNumberRule(r, numbers.answer, "numbers.answer");
  const answerFromInquiry = r.text(numbers.answerFromInquiry, "numbers.answerFromInquiry");
  if (answerFromInquiry && !answerFromInquiry.includes("{inquiry}")) {
    r.fail("numbers.answerFromInquiry", "muss „{inquiry}“ enthalten, z. B. „{inquiry}-A1“.");
  } else if (answerFromInquiry && inquiry.example && answer.pattern) {
    const derived = answerFromInquiry.replace("{inquiry}", inquiry.example);
    if (anchoredPattern(answer.pattern) && !matchesWhole(answer.pattern, derived)) {
      r.fail(
        "numbers.answerFromInquiry",
        `ergibt aus „${inquiry.example}“ die Nummer „${derived}“, die nicht zum Muster der Antwort passt.`,
      );
    }
  }
  return { inquiry, answer, answerFromInquiry };
}

function readDeadline(r: Reader, raw: unknown): Profile["deadline"] {
  const o = r.object(raw, "deadline");
  const days = r.integer(o.days, "deadline.days", 1, 365);
  return { days, warnDays: r.integer(o.warnDays, "deadline.warnDays", 0, days) };
}

/** https, or http on this machine (the tests' server): an inquiry never travels unencrypted through a network. */
function isEndpoint(text: string): boolean {
  try {
    const url = new URL(text);
    const local = url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost");
    return (url.protocol === "https:" || local) && !url.username && !url.password && !url.hash;
  } catch {
    return false;
  }
}

function readWords(r: Reader, raw: unknown, path: string, minLength: number): string[] {
  return r.array(raw, path, minLength).map((w, i) => r.text(w, `${path}[${i}]`));
}

function readOParl(r: Reader, raw: unknown, fieldKeys: Set<string>): OParlSettings {
  const o = r.object(raw, "oparl");
  const endpoint = r.optionalText(o.endpoint, "oparl.endpoint");
  if (endpoint && !isEndpoint(endpoint))
    r.fail(
      "oparl.endpoint",
      "muss eine https-Adresse ohne Zugangsdaten sein, z. B. „https://ris.example.de/oparl/body/1“.",
    );
  const f = r.object(o.fields, "oparl.fields");
  const fieldKey = (name: string, required: boolean): string | undefined => {
    if (!required && f[name] === undefined) return undefined;
    const key = r.text(f[name], `oparl.fields.${name}`);
    if (key && !fieldKeys.has(key))
      r.fail(`oparl.fields.${name}`, `„${key}“ ist kein Feld des Profils (Abschnitt.Feld).`);
    return key;
  };
  const fields: OParlSettings["fields"] = { originator: fieldKey("originator", true) ?? "" };
  const meetingDate = fieldKey("meetingDate", false);
  const committee = fieldKey("committee", false);
  if (meetingDate) fields.meetingDate = meetingDate;
  if (committee) fields.committee = committee;
  const settings: OParlSettings = {
    inquiryTypes: readWords(r, o.inquiryTypes, "oparl.inquiryTypes", 1),
    answerTypes: readWords(r, o.answerTypes, "oparl.answerTypes", 0),
    recentDays: r.integer(o.recentDays, "oparl.recentDays", 1, 3650),
    fields,
  };
  return endpoint ? { endpoint, ...settings } : settings;
}

const SEVERITIES = ["error", "hint"] as const;

function readAccessibility(r: Reader, raw: unknown, fieldKeys: Set<string>): AccessibilitySettings {
  const o = r.object(raw, "accessibility");
  const titleFields = readWords(r, o.titleFields, "accessibility.titleFields", 1);
  titleFields.forEach((key, i) => {
    if (key && !fieldKeys.has(key))
      r.fail(`accessibility.titleFields[${i}]`, `„${key}“ ist kein Feld des Profils (Abschnitt.Feld).`);
  });
  return { severity: r.oneOf(o.severity, "accessibility.severity", SEVERITIES), titleFields };
}

export function readProfile(raw: unknown): ProfileResult {
  const r = new Reader();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      errors: ['Das Profil muss ein JSON-Objekt sein (eine Datei der Form { "id": …, "sections": [ … ] }).'],
    };
  }
  const o = r.object(raw, "(Profil)");
  const numbers = r.object(o.numbers, "numbers");
  const profile: Profile = {
    id: r.id(o.id, "id"),
    version: r.text(o.version, "version"),
    name: r.text(o.name, "name"),
    numbers: readNumbers(r, numbers),
    deadline: readDeadline(r, o.deadline),
    sections: r.array(o.sections, "sections").map((s, i) => readSection(r, s, `sections[${i}]`)),
  };
  const fieldKeys = new Set(fieldEntries(profile).map((entry) => entry.key));
  if (o.oparl !== undefined) profile.oparl = readOParl(r, o.oparl, fieldKeys);
  if (o.accessibility !== undefined) profile.accessibility = readAccessibility(r, o.accessibility, fieldKeys);
  if (profile.version && !VERSION_PATTERN.test(profile.version))
    r.fail("version", "muss die Form „Hauptversion.Nebenversion“ haben, z. B. „1.0“.");
  r.unique(
    profile.sections.map((s) => s.id),
    "sections",
  );
  return r.errors.length === 0 ? { ok: true, profile } : { ok: false, errors: r.errors };
}
