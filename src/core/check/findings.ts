/**
 * What a check finds, in a form every front end can show (the pane, the command line, a JSON report), and how a
 * rule is declared: like an ESLint rule, an object with its id, a description, the messages it can report (by
 * message id, German and English) and its check, which reports message ids with data. The engine (./run.ts)
 * stamps the rule's id and renders the sentences.
 */
import type { CalendarDate } from "../dates";
import type { DocumentModel } from "./model";
import type { Bilingual, MessageData } from "./messages";
import type { ParagraphPlace } from "./snapshot";

/** "error" (Fehler) blocks submission, "hint" (Hinweis) does not. */
export type Severity = "error" | "hint";

/** Repairs the pane can offer for a finding; they never touch text the user wrote. */
export type RepairKind = "restoreSection" | "renumberQuestions" | "removeSpacing" | "setTitle";

/** Findings beside the sections' own: Barrierefreiheit, whose severity the profile chooses. */
export type FindingGroup = "accessibility";

export interface Finding {
  /** Which rule found it (stable id, for tests and the JSON report). */
  rule: string;
  /** Which of the rule's messages, and what filled it in (stable too). */
  messageId: string;
  data: MessageData;
  severity: Severity;
  /** Section the finding belongs to (for grouping), or null for the document as a whole. */
  sectionId: string | null;
  /** Index into snapshot.controls of the place to select, or null when there is no place (a missing section). */
  target: number | null;
  /** The message rendered in German and English. */
  message: Bilingual;
  repair?: RepairKind;
  /** A paragraph to select where the place is no control (target null). */
  place?: ParagraphPlace;
  group?: FindingGroup;
}

export interface CheckContext {
  /** Today's date, given rather than read, so that checks are repeatable. */
  today: CalendarDate;
}

/** A message a rule can report: whether it blocks submission, and its sentences. */
export interface RuleMessage extends Bilingual {
  severity: Severity;
}

/** What a rule's check reports: which message, where, with what data. */
export interface Report<M extends string = string> {
  messageId: M;
  sectionId: string | null;
  target: number | null;
  data?: MessageData;
  repair?: RepairKind;
  place?: ParagraphPlace;
}

export interface Rule<M extends string = string> {
  id: string;
  /** What the rule looks at, one sentence each; README's rule list is held against it (test/core/check/registry.test.ts). */
  description: Bilingual;
  messages: Readonly<Record<M, RuleMessage>>;
  /** Parts of sentences that messages are composed of (a {{name}} filled with phrase(…)). */
  phrases?: Readonly<Record<string, Bilingual>>;
  /** A rule of a group: its findings are shown apart and take the profile's severity for the group. */
  group?: FindingGroup;
  check(model: DocumentModel, context: CheckContext): Report<M>[];
}

/** Declares a rule; the message ids its check may report are the keys of its messages. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
