/**
 * Answers written without the add-in (the council's old template, typed by hand): no controls, only text. The
 * profile names every heading, label and item, so the recogniser finds them in the paragraphs and tables and
 * reads what stands next to them. What it cannot place it leaves unplaced; it never guesses across sections.
 */
import type { ColumnTableSection, FieldSpec, FieldTableSection, LineSection, Profile, QuestionsSection, RatingSection, SectionSpec } from "../profile/types";
import { anchoredPattern } from "../profile/patterns";
import { afterName, lineText, linesOf, normalise, type Line } from "./lines";
import type { WmlNode } from "../ooxml/tree";
import type { DocumentSnapshot } from "../check/snapshot";
import { parseTag, type TagRole } from "../tags";
import { expectedSections, type ExpectedSection } from "./expected";
import { SnapshotBuilder } from "./resaved";

export interface RecognisedPair {
  number: number;
  question: string;
  answer: string;
  /** Lines from the question's to the answer's last. */
  lines: [first: number, last: number];
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
  if (field.kind === "choice" && field.choices) return new RegExp(field.choices.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|"), "u");
  const rule = field.format === "answerNumber" ? profile.numbers.answer : field.format === "inquiryNumber" ? profile.numbers.inquiry : null;
  const anchored = rule ? anchoredPattern(rule.pattern) : null;
  return anchored ? new RegExp(anchored.source.slice(1, -1), "u") : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const tidy = (value: string) => value.trim().replace(/^[,;:]\s*|\s*[,;]$/g, "").trim();

/**
 * Splits a text among fields that share it, in order ("24.06.2013 Ausschuss für …", "VO/0548/13/1-A öffentlich"):
 * a field with a recognisable value (date, choice, number) takes its match; free text runs up to where the next
 * field's value begins; the last field takes the rest.
 */
export function splitAmong(text: string, fields: FieldSpec[], profile: Profile): string[] {
  let rest = text;
  return fields.map((field, i) => {
    if (i === fields.length - 1) return tidy(rest);
    const own = valuePattern(field, profile)?.exec(rest);
    if (own && rest.slice(0, own.index).trim() === "") {
      rest = rest.slice(own.index + own[0].length);
      return tidy(own[0]);
    }
    const next = valuePattern(fields[i + 1], profile)?.exec(rest);
    const end = next ? next.index : rest.length;
    const value = rest.slice(0, end);
    rest = rest.slice(end);
    return tidy(value);
  });
}

// ---------------------------------------------------------------- sections before the first heading

/** A label/value table: each row's label in any cell; its value is what follows in the cell and the row. */
function readFieldTable(section: FieldTableSection, lines: Line[], profile: Profile, values: Map<string, string>, used: Set<number>): number[] {
  const taken: number[] = [];
  for (const row of section.rows) {
    const names = row.fields.length === 1 ? [row.label, row.fields[0].title] : [row.label];
    for (const line of lines) {
      if (used.has(line.index)) continue;
      const at = line.cells.findIndex((cell) => afterName(cell, names) !== null);
      if (at < 0) continue;
      const value = [afterName(line.cells[at], names)!, ...line.cells.slice(at + 1)].map((c) => c.trim()).filter((c) => c !== "").join(" ");
      splitAmong(value, row.fields, profile).forEach((v, i) => values.set(`${section.id}.${row.fields[i].id}`, v));
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
function readColumnTable(section: ColumnTableSection, lines: Line[], profile: Profile, values: Map<string, string>, used: Set<number>): number[] {
  for (const [i, line] of lines.entries()) {
    if (used.has(line.index)) continue;
    const columns = line.cells.map((cell) => (cell.trim() === "" ? [] : titlesIn(cell, section.fields)));
    if (columns.some((c) => c === null) || columns.flat().length !== section.fields.length) continue;
    const below = lines.slice(i + 1).find((l) => !used.has(l.index) && lineText(l) !== "");
    if (!below) return [];
    const byColumn = below.cells.length === line.cells.length;
    const groups = byColumn ? (columns as FieldSpec[][]).map((fields, c) => ({ fields, text: below.cells[c] })) : [{ fields: section.fields, text: lineText(below) }];
    for (const { fields, text } of groups) {
      if (fields.length > 0) splitAmong(text, fields, profile).forEach((v, k) => values.set(`${section.id}.${fields[k].id}`, v));
    }
    used.add(line.index).add(below.index);
    return [line.index, below.index];
  }
  return [];
}

/** The line that begins with the section's fixed text ("Anfrage der …"): the rest is its fields' values. */
function readLine(section: LineSection, lines: Line[], profile: Profile, values: Map<string, string>, used: Set<number>): number[] {
  for (const line of lines) {
    if (used.has(line.index)) continue;
    const rest = afterName(lineText(line), [section.lead]);
    if (rest === null) continue;
    splitAmong(rest, section.fields, profile).forEach((v, i) => values.set(`${section.id}.${section.fields[i].id}`, v));
    used.add(line.index);
    return [line.index];
  }
  return [];
}

// ---------------------------------------------------------------- sections under a heading

const textOfLines = (lines: Line[]) => lines.map(lineText).join("\n").replace(/^\n+|\n+$/g, "");

/** Numbered questions: "1.", "1)", "Frage 1:", each number the next one; the answer runs to the next question. */
function readPairs(lines: Line[]): { pairs: RecognisedPair[]; before: Line[] } {
  const pairs: RecognisedPair[] = [];
  const before: Line[] = [];
  let current: { pair: RecognisedPair; answer: Line[] } | null = null;
  const close = () => {
    if (current) current.pair.answer = textOfLines(current.answer);
  };
  for (const line of lines) {
    const marker = line.row ? null : QUESTION_MARKER.exec(lineText(line));
    if (marker && Number(marker[1]) === pairs.length + 1) {
      close();
      const pair: RecognisedPair = { number: pairs.length + 1, question: marker[2].trim(), answer: "", lines: [line.index, line.index] };
      pairs.push(pair);
      current = { pair, answer: [] };
    } else if (current) {
      // "Frage 1:" alone on its line: the question is the next line with text.
      if (current.pair.question === "" && current.answer.length === 0 && lineText(line) !== "") current.pair.question = lineText(line);
      else current.answer.push(line);
      current.pair.lines[1] = line.index;
    } else if (lineText(line) !== "") {
      before.push(line);
    }
  }
  close();
  return { pairs, before };
}

/** Each item's label and its rating beside it; the explanation after its label, to the section's end. */
function readRatings(section: RatingSection, lines: Line[], values: Map<string, string>): Line[] {
  const unplaced: Line[] = [];
  const rated = new Map(section.choices.map((choice) => [normalise(choice), choice]));
  let explanation: Line[] | null = null;
  for (const line of lines) {
    if (explanation) {
      explanation.push(line);
      continue;
    }
    const cells = line.cells;
    const item = section.items.find((it) => cells.some((cell) => afterName(cell, [it.label]) !== null));
    if (item) {
      const at = cells.findIndex((cell) => afterName(cell, [item.label]) !== null);
      const beside = [afterName(cells[at], [item.label])!, ...cells.slice(at + 1)].map((c) => c.trim()).filter((c) => c !== "").join(" ");
      const unrated = normalise(beside) === normalise(section.unratedPlaceholder);
      values.set(`${section.id}.${item.id}`, unrated ? "" : rated.get(normalise(beside)) ?? beside);
      continue;
    }
    const label = afterName(lineText(line), [section.explanation.label, section.explanation.title]);
    if (label !== null) {
      explanation = label === "" ? [] : [{ ...line, cells: [label] }];
      continue;
    }
    if (afterName(lineText(line), [section.resultLabel]) === null && lineText(line) !== "") unplaced.push(line);
  }
  values.set(`${section.id}.${section.explanation.id}`, explanation ? textOfLines(explanation) : "");
  return unplaced;
}

/** Lines whose whole text is a section's heading (any style, a colon or not), in the profile's order. */
function findHeadings(sections: HeadedSection[], lines: Line[]): Map<string, number> {
  const found = new Map<string, number>();
  let from = 0;
  for (const section of sections) {
    const wanted = normalise(section.heading);
    const at = lines.findIndex((line, i) => i >= from && normalise(lineText(line)) === wanted);
    if (at < 0) continue;
    found.set(section.id, at);
    from = at + 1;
  }
  return found;
}

// ---------------------------------------------------------------- the whole document

export function recogniseLegacy(body: WmlNode[], profile: Profile): Recognition {
  const lines = linesOf(body);
  const values = new Map<string, string>();
  const pairs = new Map<string, RecognisedPair[]>();
  const sections: RecognisedSection[] = [];
  const used = new Set<number>();
  const unplaced: Line[] = [];

  const headed = profile.sections.filter(hasHeading);
  const headings = findHeadings(headed, lines);
  const starts = [...headings.values()].sort((a, b) => a - b);
  const preamble = lines.slice(0, starts[0] ?? lines.length);

  for (const section of profile.sections) {
    if (hasHeading(section)) {
      const start = headings.get(section.id);
      if (start === undefined) continue;
      const end = starts.find((s) => s > start) ?? lines.length;
      const region = lines.slice(start + 1, end);
      values.set(section.id, section.heading);
      sections.push({ id: section.id, lines: range(start, end) });
      unplaced.push(...readUnderHeading(section, region, values, pairs));
      continue;
    }
    const taken =
      section.kind === "fieldTable" ? readFieldTable(section, preamble, profile, values, used)
        : section.kind === "columnTable" ? readColumnTable(section, preamble, profile, values, used)
          : readLine(section, preamble, profile, values, used);
    if (taken.length > 0) sections.push({ id: section.id, lines: taken });
  }
  const captions = profile.sections.filter((s): s is FieldTableSection => s.kind === "fieldTable").map((s) => s.caption);
  for (const line of preamble) {
    if (!used.has(line.index) && lineText(line) !== "" && !captions.some((c) => normalise(lineText(line)) === normalise(c))) unplaced.push(line);
  }
  unplaced.sort((a, b) => a.index - b.index);
  return { lines, values, sections, pairs, unplaced };
}

/** Reads a headed section's lines into `values` (and `pairs`); returns the lines it could not place. */
function readUnderHeading(section: HeadedSection, region: Line[], values: Map<string, string>, pairs: Map<string, RecognisedPair[]>): Line[] {
  if (section.kind === "text") {
    values.set(`${section.id}.${section.field.id}`, textOfLines(region));
    return [];
  }
  if (section.kind === "questions") return readQuestions(section, region, pairs);
  return readRatings(section, region, values);
}

function readQuestions(section: QuestionsSection, region: Line[], pairs: Map<string, RecognisedPair[]>): Line[] {
  const read = readPairs(region);
  pairs.set(section.id, read.pairs);
  return read.before;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

// ---------------------------------------------------------------- as the snapshot the check reads

/** Sections found, and at least this many of them: fewer, and the document is not taken for an answer. */
const MIN_SECTIONS = 3;

/**
 * The snapshot the add-in would have read had the answer been written with it: a frame per recognised section,
 * its fields with the text found beside their labels, its pairs numbered as found. A locator is the line the
 * value was read from. Null when too little of the profile was found for the document to be an answer.
 */
export function legacySnapshot(body: WmlNode[], profile: Profile): DocumentSnapshot | null {
  const found = recogniseLegacy(body, profile);
  if (found.sections.length < MIN_SECTIONS) return null;
  const b = new SnapshotBuilder();
  const counts = { matched: 0, expected: 0 };
  const keyOf = (tag: string) => {
    const parsed = parseTag(tag);
    return parsed.kind === "ours" ? parsed.tag.key : "";
  };
  for (const expected of expectedSections(profile)) {
    const leaves = expected.leaves.filter((leaf) => leaf.role !== "heading");
    counts.expected += leaves.length;
    const section = found.sections.find((s) => s.id === expected.section.id);
    if (!section) continue;
    const frame = b.add(expected.frame.tag, expected.section.title, "", false, null, section.lines[0]);
    for (const leaf of expected.leaves) {
      const value = found.values.get(keyOf(leaf.tag));
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
  return { controls: b.controls, recognised: { how: "legacy", ...counts } };
}

function addPair(b: SnapshotBuilder, expected: ExpectedSection, pair: RecognisedPair, frame: number): void {
  if (!expected.pair) return;
  const texts: Partial<Record<TagRole, string>> = { questionNumber: `${pair.number}.`, questionText: pair.question, answer: pair.answer };
  const pairFrame = b.add(expected.pair.frame.tag, `${expected.pair.frame.title.replace(/\s*\d+$/, "")} ${pair.number}`, "", false, frame, pair.lines[0]);
  for (const leaf of expected.pair.leaves) {
    b.add(leaf.tag, leaf.title.replace(/\d+$/, String(pair.number)), texts[leaf.role] ?? "", false, pairFrame, pair.lines[0]);
  }
  b.fillFrameText(pairFrame);
}
