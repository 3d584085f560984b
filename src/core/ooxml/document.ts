/**
 * The answer document as WordprocessingML, built from a council profile. The add-in inserts it with
 * insertOoxml and the command line writes it into a .docx: one description, one writer.
 */
import type { FieldSpec, Profile, QuestionsSection, RatingSection, SectionSpec } from "../profile/types";
import { formatTag, itemKey, type ProfileRef, type TagRole } from "../tags";
import { parseGermanDate, toXmlDateTime } from "../dates";
import { isTemplate } from "../document/inquiry";
import { textLines } from "../textLines";
import { el, val } from "./xml";
import { HEADING_STYLES, STYLE_BOLD } from "./styles";
import {
  ALL_CONTROL_KINDS,
  blockControl,
  inlineControl,
  placeholderRun,
  textRun,
  type Capabilities,
  type ControlType,
  type Lock,
} from "./controls";

export interface QuestionContent {
  question: string;
  answer: string;
}

/** What to fill in; anything not given shows its placeholder (or the profile's default text). */
export interface AnswerContent {
  /** Field and rating values by key "section.item". */
  values?: Record<string, string>;
  /** Question/answer pairs by questions-section id. */
  questions?: Record<string, QuestionContent[]>;
}

export interface BuildOptions {
  capabilities?: Capabilities;
  content?: AnswerContent;
  /** First w:id to hand out; ids must be unique within a document. */
  firstId?: number;
}

class Builder {
  private nextId: number;
  readonly capabilities: Capabilities;
  readonly content: AnswerContent;
  private readonly profileRef: ProfileRef;

  constructor(profile: Profile, options: BuildOptions) {
    this.nextId = options.firstId ?? 1;
    this.capabilities = options.capabilities ?? ALL_CONTROL_KINDS;
    this.content = options.content ?? {};
    this.profileRef = { id: profile.id, version: profile.version };
  }

  id(): number {
    return this.nextId++;
  }

  tag(role: TagRole, key: string): string {
    return formatTag({ profile: this.profileRef, role, key });
  }

  value(key: string): string | undefined {
    const value = this.content.values?.[key];
    return value !== undefined && value.trim() !== "" ? value : undefined;
  }
}

// ---------------------------------------------------------------- paragraphs and tables

function paragraph(runs: string, options: { style?: string; keepNext?: boolean } = {}): string {
  const pPr =
    options.style || options.keepNext
      ? el("w:pPr", {}, options.style ? val("w:pStyle", options.style) : "", options.keepNext ? el("w:keepNext") : "")
      : "";
  return el("w:p", {}, pPr, runs);
}

const emptyParagraph = () => el("w:p");

/**
 * A borderless table of fixed column widths (twentieths of a point); each cell holds paragraphs. With `headerRow`
 * its first row is the header row, repeated on each page, which screen readers and the tagged PDF (TH) announce with
 * every value; without, it has no table style ("Table Normal"), which Word takes for a layout table.
 */
function table(widths: number[], rows: string[][], headerRow = false): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const tblPr = el(
    "w:tblPr",
    {},
    el("w:tblW", { "w:w": total, "w:type": "dxa" }),
    el("w:tblLayout", { "w:type": "fixed" }),
    el("w:tblLook", { "w:firstRow": headerRow ? 1 : 0, "w:lastRow": 0, "w:firstColumn": 0, "w:lastColumn": 0 }),
  );
  const grid = el("w:tblGrid", {}, ...widths.map((w) => el("w:gridCol", { "w:w": w })));
  const cell = (content: string, i: number) =>
    el("w:tc", {}, el("w:tcPr", {}, el("w:tcW", { "w:w": widths[i], "w:type": "dxa" })), content || emptyParagraph());
  const row = (cells: string[], i: number) =>
    el("w:tr", {}, i === 0 && headerRow ? el("w:trPr", {}, el("w:tblHeader")) : "", ...cells.map(cell));
  return el("w:tbl", {}, tblPr, grid, ...rows.map(row));
}

// ---------------------------------------------------------------- fields

/** Plain text where the running Word lists it again, otherwise rich text (docs/word-behaviour.md, "kinds listed"). */
function plainText(b: Builder, multiLine = false): ControlType {
  return b.capabilities.plainText ? { type: "plainText", ...(multiLine ? { multiLine } : {}) } : { type: "richText" };
}

function controlType(b: Builder, field: FieldSpec, value: string | undefined): ControlType {
  const choices = field.choices ?? [];
  switch (field.kind) {
    case "richText":
      return { type: "richText" };
    case "text":
      return plainText(b);
    case "date": {
      if (!b.capabilities.datePicker) return plainText(b);
      const date = value ? parseGermanDate(value) : null;
      return date ? { type: "date", fullDate: toXmlDateTime(date) } : { type: "date" };
    }
    case "choice":
      return b.capabilities.dropDown ? { type: "dropDown", choices } : plainText(b);
    case "comboBox":
      return b.capabilities.comboBox ? { type: "comboBox", choices } : plainText(b);
  }
}

function fieldValue(b: Builder, sectionId: string, field: FieldSpec): string | undefined {
  const fallback = field.defaultText !== undefined && !isTemplate(field.defaultText) ? field.defaultText : undefined;
  return b.value(itemKey(sectionId, field.id)) ?? fallback;
}

/**
 * A field inside a paragraph (text, date, choice). `inBoldParagraph`: a field that is not bold itself says so
 * explicitly, against its paragraph's bold style.
 */
function inlineField(b: Builder, sectionId: string, field: FieldSpec, inBoldParagraph = false): string {
  const value = fieldValue(b, sectionId, field);
  const bold = field.bold ?? (inBoldParagraph ? false : undefined);
  return inlineControl(
    {
      title: field.title,
      tag: b.tag("field", itemKey(sectionId, field.id)),
      id: b.id(),
      lock: "none",
      control: controlType(b, field, value),
      showingPlaceholder: value === undefined,
      bold,
    },
    value === undefined ? placeholderRun(field.placeholder, bold) : textRun(value, bold),
  );
}

/** Paragraphs of free text: one per line of the value. */
function textParagraphs(value: string | undefined, placeholder: string): string[] {
  if (value === undefined) return [paragraph(placeholderRun(placeholder))];
  return textLines(value).map((line) => paragraph(line ? textRun(line) : ""));
}

/** A field of its own paragraphs; rich text may hold several, plain text stays in one paragraph. */
function blockField(b: Builder, sectionId: string, field: FieldSpec): string {
  if (field.kind !== "richText") return paragraph(inlineField(b, sectionId, field));
  const value = fieldValue(b, sectionId, field);
  return blockControl(
    {
      title: field.title,
      tag: b.tag("field", itemKey(sectionId, field.id)),
      id: b.id(),
      lock: "none",
      control: { type: "richText" },
      showingPlaceholder: value === undefined,
    },
    ...textParagraphs(value, field.placeholder),
  );
}

// ---------------------------------------------------------------- sections

function frame(b: Builder, section: SectionSpec, ...blocks: string[]): string {
  return blockControl(
    {
      title: section.title,
      tag: b.tag("section", section.id),
      id: b.id(),
      lock: "sdtLocked",
      control: { type: "richText" },
      showingPlaceholder: false,
    },
    ...blocks,
  );
}

function heading(b: Builder, section: SectionSpec, text: string): string {
  const lock: Lock = "sdtContentLocked";
  return blockControl(
    {
      title: text,
      tag: b.tag("heading", section.id),
      id: b.id(),
      lock,
      control: { type: "richText" },
      showingPlaceholder: false,
    },
    paragraph(textRun(text), { style: HEADING_STYLES.section }),
  );
}

// Column widths for A4 with 2 cm margins (9638 twips of text width).
const FIELD_TABLE_WIDTHS = [2700, 6938];
const COLUMN_TABLE_WIDTHS = [1900, 4900, 2838];
const RATING_TABLE_WIDTHS = [6638, 3000];

function sectionBody(b: Builder, section: SectionSpec): string[] {
  switch (section.kind) {
    case "fieldTable": {
      // The caption is the document's title, a heading of level 1; the label/value rows are read as a person reads them.
      const rows = section.rows.map((row) => {
        const boldValue = row.fields.some((f) => f.bold);
        const values = row.fields
          .map((f, j) => (j > 0 ? textRun(" ", false) : "") + inlineField(b, section.id, f, boldValue))
          .join("");
        return [
          paragraph(textRun(row.label, row.bold), row.bold ? { style: STYLE_BOLD } : {}),
          paragraph(values, boldValue ? { style: STYLE_BOLD } : {}),
        ];
      });
      const title = paragraph(textRun(section.caption), { style: HEADING_STYLES.title });
      // The paragraph after a table keeps it apart from a table that may follow (Word would join them).
      return [title, table(FIELD_TABLE_WIDTHS, rows), emptyParagraph()];
    }
    case "columnTable": {
      const labels = section.fields.map((f) => paragraph(textRun(f.title)));
      const values = section.fields.map((f) =>
        paragraph(inlineField(b, section.id, f), f.bold ? { style: STYLE_BOLD } : {}),
      );
      return [table(COLUMN_TABLE_WIDTHS, [labels, values], true), emptyParagraph()];
    }
    case "line": {
      const fields = section.fields.map((f) => textRun(" ", true) + inlineField(b, section.id, f, true)).join("");
      return [paragraph(textRun(section.lead, true) + fields, { style: STYLE_BOLD })];
    }
    case "text":
      return [heading(b, section, section.heading), blockField(b, section.id, section.field)];
    case "questions":
      return [heading(b, section, section.heading), ...questionPairs(b, section)];
    case "rating":
      return ratingBody(b, section);
  }
}

function questionPairs(b: Builder, section: QuestionsSection): string[] {
  const given = b.content.questions?.[section.id];
  const pairs: (QuestionContent | undefined)[] = given ?? Array.from({ length: section.initialCount }, () => undefined);
  return pairs.map((pair, i) => questionPair(b, section, i + 1, pair));
}

function questionPair(b: Builder, section: QuestionsSection, number: number, content?: QuestionContent): string {
  const question = content?.question.trim() ? content.question : undefined;
  const answer = content?.answer.trim() ? content.answer : undefined;
  const plain = (role: TagRole, title: string, showingPlaceholder: boolean) => ({
    title,
    tag: b.tag(role, section.id),
    id: b.id(),
    lock: "none" as const,
    showingPlaceholder,
    bold: true,
  });
  const numberControl = inlineControl(
    { ...plain("questionNumber", `${section.question.title} Nr.`, false), control: plainText(b) },
    textRun(`${number}.`, true),
  );
  const textControl = inlineControl(
    {
      ...plain("questionText", `${section.question.title} ${number}`, question === undefined),
      control: plainText(b, true),
    },
    question === undefined ? placeholderRun(section.question.placeholder, true) : textRun(question, true),
  );
  const answerControl = blockControl(
    {
      title: `${section.answer.title} ${number}`,
      tag: b.tag("answer", section.id),
      id: b.id(),
      lock: "none",
      control: { type: "richText" },
      showingPlaceholder: answer === undefined,
    },
    ...textParagraphs(answer, section.answer.placeholder),
  );
  return blockControl(
    {
      title: `${section.question.title} ${number}`,
      tag: b.tag("question", section.id),
      id: b.id(),
      lock: "none",
      control: { type: "richText" },
      showingPlaceholder: false,
    },
    paragraph(numberControl + textRun(" ", true) + textControl, { style: HEADING_STYLES.question }),
    answerControl,
  );
}

function ratingBody(b: Builder, section: RatingSection): string[] {
  const rows = section.items.map((item) => {
    const key = itemKey(section.id, item.id);
    const value = b.value(key);
    const rating = inlineControl(
      {
        title: item.label,
        tag: b.tag("rating", key),
        id: b.id(),
        lock: "none",
        control: b.capabilities.dropDown ? { type: "dropDown", choices: section.choices } : plainText(b),
        showingPlaceholder: value === undefined,
        bold: true,
      },
      value === undefined ? placeholderRun(section.unratedPlaceholder, true) : textRun(value, true),
    );
    return [paragraph(textRun(item.label)), paragraph(rating)];
  });
  const header = section.columnHeadings?.map((text) => paragraph(textRun(text, true)));
  return [
    heading(b, section, section.heading),
    paragraph(textRun(section.resultLabel)),
    table(RATING_TABLE_WIDTHS, header ? [header, ...rows] : rows, header !== undefined),
    paragraph(textRun(section.explanation.label)),
    blockField(b, section.id, section.explanation),
  ];
}

// ---------------------------------------------------------------- entry points

function findSection(profile: Profile, sectionId: string): SectionSpec {
  const section = profile.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Unknown section "${sectionId}" in profile "${profile.id}"`);
  return section;
}

/** One section, framed, as body-level WordprocessingML. */
export function buildSection(profile: Profile, sectionId: string, options: BuildOptions = {}): string {
  const b = new Builder(profile, options);
  const section = findSection(profile, sectionId);
  return frame(b, section, ...sectionBody(b, section));
}

/** The whole answer document, every section in the profile's order. */
export function buildAnswer(profile: Profile, options: BuildOptions = {}): string {
  const b = new Builder(profile, options);
  return profile.sections.map((section) => frame(b, section, ...sectionBody(b, section))).join("");
}

/** Numbered question/answer pairs from `firstNumber` on, to go at the end of a questions section; blank texts show placeholders. */
export function buildQuestions(
  profile: Profile,
  sectionId: string,
  firstNumber: number,
  pairs: QuestionContent[],
  options: BuildOptions = {},
): string {
  const section = findSection(profile, sectionId);
  if (section.kind !== "questions") throw new Error(`Section "${sectionId}" holds no questions`);
  const b = new Builder(profile, options);
  return pairs.map((pair, i) => questionPair(b, section, firstNumber + i, pair)).join("");
}
