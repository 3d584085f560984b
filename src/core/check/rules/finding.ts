/** Small builders that keep the rules short: a finding at a place, German and English text. */
import type { Finding, RepairKind, Severity } from "../findings";

export interface Place {
  sectionId: string | null;
  target: number | null;
}

function make(severity: Severity, rule: string, place: Place, de: string, en: string, repair?: RepairKind): Finding {
  const finding: Finding = { rule, severity, sectionId: place.sectionId, target: place.target, message: { de, en } };
  if (repair) finding.repair = repair;
  return finding;
}

export function error(rule: string, place: Place, de: string, en: string, repair?: RepairKind): Finding {
  return make("error", rule, place, de, en, repair);
}

export function hint(rule: string, place: Place, de: string, en: string, repair?: RepairKind): Finding {
  return make("hint", rule, place, de, en, repair);
}

/** Text quoted as in German print („…“); long texts are cut, so that a pasted page does not fill the pane. */
export function de(text: string): string {
  return `„${shorten(text)}“`;
}

export function en(text: string): string {
  return `“${shorten(text)}”`;
}

const MAX_QUOTED = 80;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= MAX_QUOTED ? oneLine : `${oneLine.slice(0, MAX_QUOTED - 1)}…`;
}

/** „a“, „b“ oder „c“ / "a", "b" or "c". */
export function alternatives(values: string[], quote: (text: string) => string, or: string): string {
  const quoted = values.map(quote);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} ${or} ${quoted[quoted.length - 1]}`;
}
