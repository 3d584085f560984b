/**
 * Answers written without the add-in (the council's old template, typed by hand): no controls, only text. The
 * profile names every heading, label and item, so the recogniser finds them in the paragraphs and tables and
 * reads what stands next to them. What it cannot place it leaves unplaced; it never guesses across sections.
 */
import type {
  ColumnTableSection,
  FieldSpec,
  FieldTableSection,
  LineSection,
  Profile,
  QuestionsSection,
  RatingSection,
  SectionSpec,
} from "../profile/types";
import { anchoredPattern, MAX_MATCHED_LENGTH } from "../profile/patterns";
import { afterName, cellAfterName, foldText, lineAfterName, linesOf, normalise, type Line } from "./lines";
import { textOf, type WmlNode } from "../ooxml/tree";
import type { DocumentSnapshot } from "../check/snapshot";
import type { TagRole } from "../tags";
import { expectedSections, type ExpectedSection } from "./expected";
import { SnapshotBuilder } from "./resaved";

/** Where a value was read: text within a line's cells (from a cell on), or whole lines (paragraphs). */
export type Source =
  { kind: "inline"; line: number; fromCell: number } | { kind: "block"; lines: number[]; after: number };

export interface RecognisedPair {
  number: number;
  /** The number as written: "1.", "1)", or "1" of "Frage 1:". */
  numberText: string;
  question: string;
  answer: string;
  /** The line of the number ("1.", "Frage 1:"), the question's line (the same or the next), the answer's lines. */
  numberLine: number;
  questionLine: number;
  answerLines: number[];
}

export interface RecognisedSection {
  id: string;
  /** The lines the section was read from (its heading's to its last; for a table, the rows it used). */
  lines: number[];
}

export interface Recognition {
  lines: Line[];
  /** Values by leaf key ("header.author", "reason.text", "demography.goal1"); headings by section id. */
  values: Map<string, string>;
  /** Where each value was read, by the same keys. */
  sources: Map<string, Source>;
  sections: RecognisedSection[];
  pairs: Map<string, RecognisedPair[]>;
  /** Lines with text that no section took, in order. */
  unplaced: Line[];
}

/** A profile's section with a heading of its own. */
type HeadedSection = Extract<SectionSpec, { heading: string }>;
const hasHeading = (section: SectionSpec): section is HeadedSection => "heading" in section;

const DATE = /\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/u;
const QUESTION_MARKER = /^\s*(?:Frage\s*)?(\d{1,3})\s*(?:[.):]|\s[-–])\s*(.*)$/su;

// ---------------------------------------------------------------- values sharing one cell

/** A pattern that finds the start of a field's value in running text, or null for free text. */
function valuePattern(field: FieldSpec, profile: Profile): RegExp | null {
  if (field.format === "date" || field.kind === "date") return DATE;
  if (field.kind === "choice" && field.choices)
    return new RegExp(
      field.choices
        .map(escapeRegExp)
        .sort((a, b) => b.length - a.length)
        .join("|"),
      "u",
    );
  const rule =
    field.format === "answerNumber"
      ? profile.numbers.answer
      : field.format === "inquiryNumber"
        ? profile.numbers.inquiry
        : null;
  const anchored = rule ? anchoredPattern(rule.pattern) : null;
  return anchored ? new RegExp(anchored.source.slice(1, -1), "u") : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A value is searched for in the first few hundred characters only: no pattern runs over a huge cell. */
const searchNear = (pattern: RegExp | null, text: string) =>
  pattern ? pattern.exec(text.slice(0, MAX_MATCHED_LENGTH * 5)) : null;

const tidy = (value: string) =>
  value
    .trim()
    .replace(/^[,;:]\s*|\s*[,;]$/g, "")
    .trim();

/**
 * Splits a text among fields that share it, in order ("24.06.2013 Ausschuss für …", "VO/0548/13/1-A öffentlich"):
 * a field with a recognisable value (date, choice, number) takes its match; free text runs up to where the next
 * field's value begins; the last field takes the rest.
 */
export function splitAmong(text: string, fields: FieldSpec[], profile: Profile): string[] {
  let rest = text;
  return fields.map((field, i) => {
    if (i === fields.length - 1) return tidy(rest);
    const own = searchNear(valuePattern(field, profile), rest);
    if (own && rest.slice(0, own.index).trim() === "") {
      rest = rest.slice(own.index + own[0].length);
      return tidy(own[0]);
    }
    const next = searchNear(valuePattern(fields[i + 1], profile), rest);
    const end = next ? next.index : rest.length;
    const value = rest.slice(0, end);
    rest = rest.slice(end);
    return tidy(value);
  });
}

// ---------------------------------------------------------------- sections before the first heading

/** The first cell that begins with one of `names`, and what stands beside it: the rest of that cell and the row's next cells. */
function labelled(line: Line, names: string[]): { at: number; beside: string } | null {
  const cells = line.cells;
  for (let at = 0; at < cells.length; at++) {
    const rest = cellAfterName(line, at, names);
    if (rest !== null)
      return {
        at,
        beside: [rest, ...cells.slice(at + 1)]
          .map((c) => c.trim())
          .filter((c) => c !== "")
          .join(" "),
      };
  }
  return null;
}

/** A label/value table: each row's label in any cell; its value is what follows in the cell and the row. */
function readFieldTable(
  section: FieldTableSection,
  lines: Line[],
  profile: Profile,
  found: Found,
  used: Set<number>,
): number[] {
  const taken: number[] = [];
  for (const row of section.rows) {
    const names = row.fields.length === 1 ? [row.label, row.fields[0].title] : [row.label];
    for (const line of lines) {
      if (used.has(line.index)) continue;
      const label = labelled(line, names);
      if (!label) continue;
      const source: Source = { kind: "inline", line: line.index, fromCell: label.at };
      splitAmong(label.beside, row.fields, profile).forEach((v, i) =>
        found.set(`${section.id}.${row.fields[i].id}`, v, source),
      );
      used.add(line.index);
      taken.push(line.index);
      break;
    }
  }
  return taken;
}

/** The fields' titles a cell names, in order ("Sitzung am Gremium" names two); null when it names anything else. */
function titlesIn(cell: string, fields: FieldSpec[]): FieldSpec[] | null {
  const named: FieldSpec[] = [];
  let rest = cell.trim();
  while (rest !== "") {
    const field = fields.find((f) => !named.includes(f) && afterName(rest, [f.title]) !== null);
    if (!field) return null;
    named.push(field);
    rest = afterName(rest, [field.title])!;
  }
  return named;
}

/** Labels over values: a row naming every field's title, and the next row with text under them. */
function readColumnTable(
  section: ColumnTableSection,
  lines: Line[],
  profile: Profile,
  found: Found,
  used: Set<number>,
): number[] {
  for (const [i, line] of lines.entries()) {
    if (used.has(line.index)) continue;
    const columns = line.cells.map((cell) => (cell.trim() === "" ? [] : titlesIn(cell, section.fields)));
    if (columns.some((c) => c === null) || columns.flat().length !== section.fields.length) continue;
    const below = lines.slice(i + 1).find((l) => !used.has(l.index) && l.text !== "");
    if (!below) return [];
    const byColumn = below.cells.length === line.cells.length;
    const groups = byColumn
      ? (columns as FieldSpec[][]).map((fields, c) => ({ fields, text: below.cells[c], cell: c }))
      : [{ fields: section.fields, text: below.text, cell: 0 }];
    for (const { fields, text, cell } of groups) {
      const source: Source = { kind: "inline", line: below.index, fromCell: cell };
      if (fields.length > 0)
        splitAmong(text, fields, profile).forEach((v, k) => found.set(`${section.id}.${fields[k].id}`, v, source));
    }
    used.add(line.index).add(below.index);
    return [line.index, below.index];
  }
  return [];
}

/** The line that begins with the section's fixed text ("Anfrage der …"): the rest is its fields' values. */
function readLine(section: LineSection, lines: Line[], profile: Profile, found: Found, used: Set<number>): number[] {
  for (const line of lines) {
    if (used.has(line.index)) continue;
    const rest = lineAfterName(line, [section.lead]);
    if (rest === null) continue;
    const source: Source = { kind: "inline", line: line.index, fromCell: 0 };
    splitAmong(rest, section.fields, profile).forEach((v, i) =>
      found.set(`${section.id}.${section.fields[i].id}`, v, source),
    );
    used.add(line.index);
    return [line.index];
  }
  return [];
}

// ---------------------------------------------------------------- sections under a heading

/** Lines without the blank ones around them. */
function trimmed(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => l.text !== "");
  if (first < 0) return [];
  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => l.text !== "");
  return lines.slice(first, last + 1);
}

const textOfLines = (lines: Line[]) =>
  trimmed(lines)
    .map((l) => l.text)
    .join("\n");
/** Whole lines; an empty field would go after the line `after` (its heading or label). */
const blockOf = (lines: Line[], after: number): Source => ({
  kind: "block",
  lines: trimmed(lines).map((l) => l.index),
  after,
});

/**
 * Numbered questions: "1.", "1)", "Frage 1:", each number the next one; the answer runs to the next question. A
 * numbered list inside an answer starts again at 1: its items are the answer's, as long as they continue the list.
 */
function readPairs(lines: Line[]): { pairs: RecognisedPair[]; before: Line[] } {
  const pairs: RecognisedPair[] = [];
  const before: Line[] = [];
  let answer: Line[] = [];
  let listNext: number | null = null;
  const close = () => {
    const pair = pairs[pairs.length - 1];
    if (!pair) return;
    pair.answer = textOfLines(answer);
    pair.answerLines = trimmed(answer).map((l) => l.index);
  };
  for (const line of lines) {
    const marker = line.row ? null : QUESTION_MARKER.exec(line.text);
    const pair = pairs[pairs.length - 1];
    const number = marker ? Number(marker[1]) : null;
    const listItem =
      pair !== undefined && number !== null && (number === listNext || (number === 1 && listNext === null));
    if (listItem) listNext = number! + 1;
    if (marker && !listItem && number === pairs.length + 1) {
      listNext = null;
      close();
      const question = marker[2].trim();
      const text = line.text;
      const digitsEnd = text.indexOf(marker[1]) + marker[1].length;
      const numberText = marker[1] + (/^[.)]/.test(text.slice(digitsEnd)) ? text[digitsEnd] : "");
      pairs.push({
        number: pairs.length + 1,
        numberText,
        question,
        answer: "",
        numberLine: line.index,
        questionLine: line.index,
        answerLines: [],
      });
      answer = [];
    } else if (pair) {
      // "Frage 1:" alone on its line: the question is the next line with text.
      if (pair.question === "" && answer.length === 0 && line.text !== "") {
        pair.question = line.text;
        pair.questionLine = line.index;
      } else {
        answer.push(line);
      }
    } else if (line.text !== "") {
      before.push(line);
    }
  }
  close();
  return { pairs, before };
}

/** The item whose label comes first in the row, with what stands beside it. */
function rating(
  section: RatingSection,
  line: Line,
): { item: RatingSection["items"][number]; at: number; beside: string } | null {
  let first: ReturnType<typeof rating> = null;
  for (const item of section.items) {
    const label = labelled(line, [item.label]);
    if (label && (!first || label.at < first.at)) first = { item, ...label };
  }
  return first;
}

/** Each item's label and its rating beside it; the explanation after its label, to the section's end. */
function readRatings(section: RatingSection, lines: Line[], found: Found): Line[] {
  const unplaced: Line[] = [];
  const explanationKey = `${section.id}.${section.explanation.id}`;
  let explanation: Line[] | null = null;
  let labelLine = -1;
  for (const line of lines) {
    if (explanation) {
      explanation.push(line);
      continue;
    }
    const rated = rating(section, line);
    if (rated) {
      const unrated = normalise(rated.beside) === normalise(section.unratedPlaceholder);
      // As written ("-" for "−" too): the check compares ratings as a user means them.
      found.set(`${section.id}.${rated.item.id}`, unrated ? "" : rated.beside, {
        kind: "inline",
        line: line.index,
        fromCell: rated.at,
      });
      continue;
    }
    const rest = lineAfterName(line, [section.explanation.label, section.explanation.title]);
    if (rest === null) {
      if (lineAfterName(line, [section.resultLabel]) === null && line.text !== "") unplaced.push(line);
    } else if (rest === "") {
      explanation = [];
      labelLine = line.index;
    } else {
      // Written on the label's line: that text is the explanation; what follows is not taken.
      found.set(explanationKey, rest, { kind: "inline", line: line.index, fromCell: 0 });
      explanation = [];
      unplaced.push(...lines.slice(lines.indexOf(line) + 1).filter((l) => l.text !== ""));
      return unplaced;
    }
  }
  if (explanation) found.set(explanationKey, textOfLines(explanation), blockOf(explanation, labelLine));
  return unplaced;
}

/** Lines whose whole text is a section's heading (any style, a colon or not), in the profile's order. */
function findHeadings(sections: HeadedSection[], lines: Line[]): Map<string, number> {
  const found = new Map<string, number>();
  const texts = lines.map((line) => line.plain);
  let from = 0;
  for (const section of sections) {
    const at = texts.indexOf(normalise(section.heading), from);
    if (at < 0) continue;
    found.set(section.id, at);
    from = at + 1;
  }
  return found;
}

// ---------------------------------------------------------------- the whole document

/** Values and where they were read, by leaf key. */
class Found {
  readonly values = new Map<string, string>();
  readonly sources = new Map<string, Source>();

  set(key: string, value: string, source: Source): void {
    this.values.set(key, value);
    this.sources.set(key, source);
  }
}

export function recogniseLegacy(body: WmlNode[], profile: Profile): Recognition {
  return recognise(body, profile, 0)!;
}

/** The recognition; null as soon as fewer than `minSections` sections can still be found. */
function recognise(body: WmlNode[], profile: Profile, minSections: number): Recognition | null {
  const lines = linesOf(body);
  const found = new Found();
  const pairs = new Map<string, RecognisedPair[]>();
  const sections: RecognisedSection[] = [];
  const used = new Set<number>();
  const unplaced: Line[] = [];

  const headed = profile.sections.filter(hasHeading);
  const headings = findHeadings(headed, lines);
  const starts = [...headings.values()].sort((a, b) => a - b);
  const preamble = lines.slice(0, starts[0] ?? lines.length);
  // Sections without a heading of their own are sought in the preamble; the headed ones are found already.
  let unsought = profile.sections.filter((s) => !hasHeading(s)).length;
  let foundUnheaded = 0;

  for (const section of profile.sections) {
    if (hasHeading(section)) {
      const start = headings.get(section.id);
      if (start === undefined) continue;
      const end = starts.find((s) => s > start) ?? lines.length;
      const region = lines.slice(start + 1, end);
      found.set(section.id, section.heading, { kind: "block", lines: [start], after: start });
      sections.push({ id: section.id, lines: [start, ...trimmed(region).map((l) => l.index)] });
      unplaced.push(...readUnderHeading(section, start, region, found, pairs));
      continue;
    }
    const taken =
      section.kind === "fieldTable"
        ? readFieldTable(section, preamble, profile, found, used)
        : section.kind === "columnTable"
          ? readColumnTable(section, preamble, profile, found, used)
          : readLine(section, preamble, profile, found, used);
    unsought--;
    if (taken.length > 0) {
      sections.push({ id: section.id, lines: taken });
      foundUnheaded++;
    }
    // Most documents checked are no answer: once too few sections are left to find, the rest is not read.
    if (headings.size + foundUnheaded + unsought < minSections) return null;
  }
  const captions = profile.sections
    .filter((s): s is FieldTableSection => s.kind === "fieldTable")
    .map((s) => s.caption);
  for (const line of preamble) {
    if (!used.has(line.index) && line.text !== "" && !captions.some((c) => line.plain === normalise(c)))
      unplaced.push(line);
  }
  unplaced.sort((a, b) => a.index - b.index);
  return { lines, values: found.values, sources: found.sources, sections, pairs, unplaced };
}

/** Reads a headed section's lines into `found` (and `pairs`); returns the lines it could not place. */
function readUnderHeading(
  section: HeadedSection,
  heading: number,
  region: Line[],
  found: Found,
  pairs: Map<string, RecognisedPair[]>,
): Line[] {
  if (section.kind === "text") {
    found.set(`${section.id}.${section.field.id}`, textOfLines(region), blockOf(region, heading));
    return [];
  }
  if (section.kind === "questions") return readQuestions(section, region, pairs);
  return readRatings(section, region, found);
}

function readQuestions(section: QuestionsSection, region: Line[], pairs: Map<string, RecognisedPair[]>): Line[] {
  const read = readPairs(region);
  pairs.set(section.id, read.pairs);
  return read.before;
}

// ---------------------------------------------------------------- as the snapshot the check reads

/** Sections found, and at least this many of them: fewer, and the document is not taken for an answer. */
const MIN_SECTIONS = 3;

/** What finding a section takes: its heading, or a label, column title or lead at the start of a line or cell. */
function markersOf(section: SectionSpec): string[] {
  if (hasHeading(section)) return [section.heading];
  if (section.kind === "fieldTable")
    return section.rows.flatMap((row) => [row.label, ...row.fields.map((f) => f.title)]);
  if (section.kind === "columnTable") return section.fields.map((field) => field.title);
  return [section.lead];
}

/**
 * Whether the body could hold MIN_SECTIONS of the profile's sections, told from its text alone: a section is only
 * found where one of its markers, normalised, begins a line or a cell, so the whole text folded the same way holds it
 * (lines and cells are separated by line ends and tabs, which neither compose nor change case with a neighbour).
 * Most documents checked are no answer: this spares building and reading their lines.
 */
function mayHoldAnswer(body: WmlNode[], profile: Profile): boolean {
  const text = foldText(textOf(body));
  const possible = normalisedMarkers(profile).filter((markers) => markers.some((marker) => text.includes(marker)));
  return possible.length >= MIN_SECTIONS;
}

const markersByProfile = new WeakMap<Profile, string[][]>();

/** Each section's markers, normalised; worked out once per profile (the check asks per file). */
function normalisedMarkers(profile: Profile): string[][] {
  let markers = markersByProfile.get(profile);
  if (!markers) {
    markers = profile.sections.map((section) => markersOf(section).map(normalise));
    markersByProfile.set(profile, markers);
  }
  return markers;
}

/** The recognition of an answer written without the add-in; null when too little of the profile was found for one. */
export function recogniseAnswer(body: WmlNode[], profile: Profile): Recognition | null {
  if (!mayHoldAnswer(body, profile)) return null;
  const found = recognise(body, profile, MIN_SECTIONS);
  return found && found.sections.length >= MIN_SECTIONS ? found : null;
}

/**
 * The snapshot the add-in would have read had the answer been written with it: a frame per recognised section,
 * its fields with the text found beside their labels, its pairs numbered as found. A locator is the line the
 * value was read from.
 */
export function legacySnapshot(found: Recognition, profile: Profile): DocumentSnapshot {
  const b = new SnapshotBuilder();
  const counts = { matched: 0, expected: 0 };
  for (const expected of expectedSections(profile)) {
    const leaves = expected.leaves.filter((leaf) => leaf.role !== "heading");
    counts.expected += leaves.length;
    const section = found.sections.find((s) => s.id === expected.section.id);
    if (!section) continue;
    const frame = b.add(expected.frame.tag, expected.section.title, "", false, null, section.lines[0]);
    for (const leaf of expected.leaves) {
      const value = found.values.get(leaf.key);
      if (value === undefined) continue;
      b.add(leaf.tag, leaf.title, value, false, frame, section.lines[0]);
      if (leaf.role !== "heading") counts.matched++;
    }
    for (const pair of found.pairs.get(expected.section.id) ?? []) {
      addPair(b, expected, pair, frame);
      counts.expected += expected.pair?.leaves.length ?? 0;
      counts.matched += expected.pair?.leaves.length ?? 0;
    }
    b.fillFrameText(frame);
  }
  return { controls: b.controls, recognised: { how: "legacy", ...counts, unplaced: found.unplaced.length } };
}

function addPair(b: SnapshotBuilder, expected: ExpectedSection, pair: RecognisedPair, frame: number): void {
  if (!expected.pair) return;
  const texts: Partial<Record<TagRole, string>> = {
    questionNumber: pair.numberText,
    questionText: pair.question,
    answer: pair.answer,
  };
  const pairFrame = b.add(
    expected.pair.frame.tag,
    `${expected.pair.frame.title.replace(/\s*\d+$/, "")} ${pair.number}`,
    "",
    false,
    frame,
    pair.numberLine,
  );
  for (const leaf of expected.pair.leaves) {
    b.add(
      leaf.tag,
      leaf.title.replace(/\d+$/, String(pair.number)),
      texts[leaf.role] ?? "",
      false,
      pairFrame,
      pair.numberLine,
    );
  }
  b.fillFrameText(pairFrame);
}
