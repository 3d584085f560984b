/** What a check finds, in a form every front end can show: the pane, the command line, a JSON report. */
import type { CalendarDate } from "../dates";
import type { DocumentModel } from "./model";

/** "error" (Fehler) blocks submission, "hint" (Hinweis) does not. */
export type Severity = "error" | "hint";

/** Repairs the pane can offer for a finding; they never touch text the user wrote. */
export type RepairKind = "restoreSection" | "renumberQuestions";

export interface Finding {
  /** Which rule found it (stable id, for tests and the JSON report). */
  rule: string;
  severity: Severity;
  /** Section the finding belongs to (for grouping), or null for the document as a whole. */
  sectionId: string | null;
  /** Index into snapshot.controls of the place to select, or null when there is no place (a missing section). */
  target: number | null;
  /** Message in German and English; parameters already filled in. */
  message: { de: string; en: string };
  repair?: RepairKind;
}

export interface CheckContext {
  /** Today's date, given rather than read, so that checks are repeatable. */
  today: CalendarDate;
}

export interface Rule {
  id: string;
  check(model: DocumentModel, context: CheckContext): Finding[];
}
