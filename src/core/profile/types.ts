/**
 * A council profile: everything that differs from one council to the next, as data.
 * The core reads only profiles; no council's field names, numbers or goals live in code.
 */

/** What a user can put into a field, and so which kind of content control holds it. */
export type FieldKind = "text" | "richText" | "date" | "choice" | "comboBox";

/** Formats the check knows how to verify. Number formats refer to the profile's `numbers`. */
export type FieldFormat = "date" | "phone" | "email" | "inquiryNumber" | "answerNumber";

export interface FieldSpec {
  /** Stable key, unique within its section; part of the content control's tag. */
  id: string;
  /** Title of the content control (shown by Word on the control's tab). */
  title: string;
  kind: FieldKind;
  required: boolean;
  format?: FieldFormat;
  /** Grey text shown while the field is empty. */
  placeholder: string;
  /** For choice and comboBox: the allowed values. */
  choices?: string[];
  /** Text written into a new document (the user may change it). */
  defaultText?: string;
  /** Bold value (as in the seed's meeting row and Drucks.-Nr.). */
  bold?: boolean;
  /**
   * About the person writing the answer (name, telephone, e-mail, office): the pane remembers it as "Meine Angaben"
   * and fills it into every new answer.
   */
  personal?: boolean;
}

/** A row of a label/value table: a label and one or more fields side by side. */
export interface LabelledRow {
  label: string;
  bold?: boolean;
  fields: FieldSpec[];
}

interface SectionBase {
  /** Stable key; part of every tag inside the section. */
  id: string;
  /** Name of the section for users (button labels, findings, control titles). */
  title: string;
}

/** Label/value table, the document's title in the first column (the header of the seed). */
export interface FieldTableSection extends SectionBase {
  kind: "fieldTable";
  caption: string;
  rows: LabelledRow[];
}

/** Labels as a header row over their values (the meeting table of the seed). */
export interface ColumnTableSection extends SectionBase {
  kind: "columnTable";
  fields: FieldSpec[];
}

/** One bold line of fixed text and fields ("Anfrage der Fraktion … VO/0548/13"). */
export interface LineSection extends SectionBase {
  kind: "line";
  /** Fixed text before the fields, each field preceded by a space. */
  lead: string;
  fields: FieldSpec[];
}

/** A fixed heading and one free-text field. */
export interface TextSection extends SectionBase {
  kind: "text";
  heading: string;
  field: FieldSpec;
}

/** A heading and numbered question/answer pairs. */
export interface QuestionsSection extends SectionBase {
  kind: "questions";
  heading: string;
  question: { title: string; placeholder: string };
  answer: { title: string; placeholder: string };
  /** Pairs in a new document. */
  initialCount: number;
}

/** An impact check: items each rated with one choice, and an explanation. */
export interface RatingSection extends SectionBase {
  kind: "rating";
  heading: string;
  resultLabel: string;
  /** The rating table's header row (goal, rating): what screen readers announce with each value. */
  columnHeadings?: [string, string];
  /** Shown while an item is unrated (the seed prints "+/0/-"). */
  unratedPlaceholder: string;
  choices: string[];
  items: { id: string; label: string }[];
  explanation: FieldSpec & { label: string };
  /** Ratings that make the explanation required. */
  explanationRequiredFor: string[];
}

export type SectionSpec =
  FieldTableSection | ColumnTableSection | LineSection | TextSection | QuestionsSection | RatingSection;

export type SectionKind = SectionSpec["kind"];

export interface NumberRule {
  /**
   * Regular expression (anchored by the reader) with named groups. The check compares the group `year` with the
   * document's date, and requires every group that the inquiry's and the answer's patterns share to be equal.
   */
  pattern: string;
  /** An example shown in messages. */
  example: string;
}

export interface Numbers {
  inquiry: NumberRule;
  answer: NumberRule;
  /** How the answer's number follows from the inquiry's: "{inquiry}" stands for the inquiry's number ("{inquiry}/1-A"). */
  answerFromInquiry: string;
}

/** How long the administration has to answer, counted in calendar days from the day the inquiry came in. */
export interface Deadline {
  days: number;
  /** From this many days before the deadline on, the check says it is near. */
  warnDays: number;
}

/**
 * Reading inquiries from the council's information system through OParl (the open standard for read-only access
 * to them). Without an endpoint nothing is fetched; the words and fields say how this council's papers map onto
 * the answer.
 */
export interface OParlSettings {
  /** The council's OParl Body (https). Requests go to its origin only. */
  endpoint?: string;
  /** A paper whose `paperType` contains one of these words is an inquiry ("Anfrage", "Große Anfrage", …)… */
  inquiryTypes: string[];
  /** …unless it contains one of these: it is then an answer to the paper it relates to ("Beantwortung einer Anfrage"). */
  answerTypes: string[];
  /** How many days back the list of recent inquiries reaches. */
  recentDays: number;
  /** The fields ("section.field") that take the inquiry's originator, its meeting's date and committee. */
  fields: { originator: string; meetingDate?: string; committee?: string };
}

/** Barrierefreiheit: how much its findings weigh, and what the document's title is made of. */
export interface AccessibilitySettings {
  /** "error" blocks submission (a council that publishes only accessible documents), "hint" does not. */
  severity: "error" | "hint";
  /** Fields ("section.field") whose first lines, joined by " – ", are the document's title; blank ones are left out. */
  titleFields: string[];
}

export interface Profile {
  /** Short key recorded in every tag, e.g. "wuppertal". */
  id: string;
  /** Recorded in every tag; documents are checked under the version they were written with. */
  version: string;
  /** Name of the council for administrators. */
  name: string;
  numbers: Numbers;
  deadline: Deadline;
  sections: SectionSpec[];
  oparl?: OParlSettings;
  accessibility?: AccessibilitySettings;
}
