/**
 * The document as the task pane sees it. Word implements it (src/word); so can anything else that holds a
 * document, which keeps the pane testable and usable outside Word.
 */
import type { Outline } from "./outline";
import type { Placement, SelectionInfo } from "./placement";
import type { AnswerContent, QuestionContent } from "../ooxml/document";
import type { DocumentSnapshot, ParagraphPlace } from "../check/snapshot";
import type { Anchor, ControlEdit } from "../check/repairs";

export interface DocumentState {
  outline: Outline;
  selection: SelectionInfo;
  /** Per questions section, the reader's handle of the control new pairs go after (opaque to the pane). */
  appendAfter: Record<string, number>;
  /** The document's title is empty or the one the add-in wrote: a whole answer inserted may give it its own. */
  titleIsOurs?: boolean;
}

export interface InsertResult {
  placement: Placement | { location: "sectionEnd"; sectionId: string; firstNumber: number; lastNumber: number };
  /** Section frames, or question pairs, that the document holds after the insertion, read back in the same round trip. */
  countAfter: number;
  /** Word put the insertion inside the control it was to follow (office-js #866): the user must undo it. */
  misplaced: boolean;
  /** The document's state after the insertion, read in the same round trip. */
  state: DocumentState;
}

/** An adoption's outcome: what went where, or why nothing was done (German, from the core). */
export type Adoption =
  | { ok: true; sections: { id: string; title: string; text: string }[]; unplaced: string[]; notWrapped: string[] }
  | { ok: false; error: string };

/**
 * Why the document refused an action, sorted into the few cases a user can act on. `notListed`: the fields were made
 * by a newer Word, whose kinds this Word cannot list; `notKept`: what the document holds after a change is not what
 * was written (the user undoes it).
 */
export const FAILURE_KINDS = [
  "readOnly",
  "locked",
  "notInBrowser",
  "notFound",
  "busy",
  "unsupported",
  "notListed",
  "notKept",
  "unknown",
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** How a gateway's calls fail: an Error with a kind the pane can word and a detail for the maintainers. */
export interface GatewayFailure extends Error {
  kind: FailureKind;
  detail: string;
}

/** The failure in whatever a gateway call threw; anything without a kind (a bug) is "unknown". */
export function failureOf(error: unknown): { kind: FailureKind; detail: string } {
  if (error instanceof Error && "kind" in error && (FAILURE_KINDS as readonly unknown[]).includes(error.kind)) {
    const failure = error as GatewayFailure;
    return { kind: failure.kind, detail: String(failure.detail ?? failure.message) };
  }
  return { kind: "unknown", detail: error instanceof Error ? error.message : String(error) };
}

/** What a new answer starts with: field values, and document properties such as the inquiry's arrival. */
export interface AnswerPrefill {
  content?: AnswerContent;
  properties?: Record<string, string>;
}

export interface DocumentGateway {
  readState(): Promise<DocumentState>;
  /** The whole answer at the cursor, starting with the given values and document properties. */
  insertAnswer(state: DocumentState, prefill?: AnswerPrefill): Promise<InsertResult>;
  insertSection(sectionId: string, state: DocumentState): Promise<InsertResult>;
  /** Pairs continue the numbering at the end of the section; blank texts show placeholders. */
  appendQuestions(sectionId: string, pairs: QuestionContent[], state: DocumentState): Promise<InsertResult>;
  readSelectedText(): Promise<string>;

  /** The check: the document's controls, read for the rules. */
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Selects the control a finding is about. */
  select(locator: string): Promise<void>;
  /** Rewrites question numbers and titles (renumbering). */
  applyEdits(edits: ControlEdit[]): Promise<void>;
  /** Puts a missing section back; resolves to the number of that section's frames afterwards. */
  restoreSection(sectionId: string, anchor: Anchor): Promise<number>;
  /** Selects the paragraph an accessibility finding is about. */
  selectParagraph(place: ParagraphPlace): Promise<void>;
  /** Deletes empty paragraphs used as spacing, those still empty; resolves to how many went. */
  removeSpacing(place: ParagraphPlace, count: number): Promise<number>;
  /** Gives the document its title (the add-in keeps it up to date from then on). */
  setTitle(title: string): Promise<void>;
  /** What taking an answer written without the add-in into the add-in's structure would do; reads only. */
  previewAdoption?(): Promise<Adoption>;
  /** Takes it into the structure where it stands, in one step Word can undo, and verifies that every word stayed. */
  adopt?(): Promise<Adoption>;
  /** Puts the body back as it was before the last adoption; false when it changed since (nothing is done then). */
  undoAdoption?(): Promise<boolean>;
  /** The Selbsttest for administrators, on an empty document: its report as plain text (docs/word-behaviour.md). */
  runSelftest?(): Promise<string>;
  /** Calls back while the user works in the document; returns the unsubscribe function. */
  onActivity(listener: () => void): () => void;
}
