/** The pre-submission check: snapshot in, findings out, and a summary to paste into an e-mail. */
import type { Profile } from "../profile/types";
import type { Finding, FindingGroup } from "./findings";
import { sectionTitle } from "../profile/sections";

export { checkDocument, runRules, sortFindings } from "./run";
export { modelOf } from "./model";
export { renumberingEdits, restoreAnchor } from "./repairs";
export { snapshotOfBody } from "./fromTree";
export { accessibilityFacts } from "./accessibility/facts";
export { DOCUMENT_RULES } from "./rules";
export type { DocumentModel, Occurrence, QuestionPair } from "./model";
export type { AccessibilityFacts, DocumentSnapshot, ParagraphPlace, SnapshotControl } from "./snapshot";
export type { CheckContext, Finding, FindingGroup, RepairKind, Rule, Severity } from "./findings";

export type SummaryLanguage = keyof Finding["message"];

const WORDS = {
  de: {
    heading: "Prüfergebnis",
    document: "Dokument",
    accessibility: "Barrierefreiheit",
    none: "Keine Befunde.",
    error: "Fehler",
    hint: "Hinweis",
    ready: "Bereit zur Einreichung.",
    notReady: (errors: number, hints: number) =>
      `Nicht bereit: ${errors} Fehler, ${hints} ${hints === 1 ? "Hinweis" : "Hinweise"}.`,
  },
  en: {
    heading: "Check result",
    document: "Document",
    accessibility: "Accessibility",
    none: "No findings.",
    error: "Error",
    hint: "Hint",
    ready: "Ready for submission.",
    notReady: (errors: number, hints: number) =>
      `Not ready: ${errors} ${errors === 1 ? "error" : "errors"}, ${hints} ${hints === 1 ? "hint" : "hints"}.`,
  },
} as const;

/** Where a finding is shown: the document as a whole (null), a section, or a group beside them (Barrierefreiheit). */
export type FindingPlace = { sectionId: string | null; group?: FindingGroup };

/**
 * Findings as the pane and the summary show them: document-wide first, then by section in the profile's order (a
 * section the profile lacks after them), then the groups; empty ones left out.
 */
export function groupFindings(findings: Finding[], profile: Profile): (FindingPlace & { findings: Finding[] })[] {
  const places: FindingPlace[] = [null, ...profile.sections.map((s) => s.id)].map((sectionId) => ({ sectionId }));
  for (const f of findings)
    if (!f.group && f.sectionId !== null && !places.some((p) => p.sectionId === f.sectionId))
      places.push({ sectionId: f.sectionId });
  places.push({ sectionId: null, group: "accessibility" });
  return places
    .map((place) => ({
      ...place,
      findings: findings.filter((f) =>
        place.group ? f.group === place.group : !f.group && f.sectionId === place.sectionId,
      ),
    }))
    .filter((group) => group.findings.length > 0);
}

/** Plain text: a heading, the findings grouped by section in the profile's order, and the verdict last. */
export function summarize(findings: Finding[], profile: Profile, language: SummaryLanguage): string {
  const words = WORDS[language] ?? WORDS.de;
  const blocks = groupFindings(findings, profile).map(({ sectionId, group, findings: inGroup }) => {
    const title = group ? words.accessibility : sectionId === null ? words.document : sectionTitle(profile, sectionId);
    return [
      title,
      ...inGroup.map(
        (f) => `- ${f.severity === "error" ? words.error : words.hint}: ${f.message[language] ?? f.message.de}`,
      ),
    ].join("\n");
  });
  return [words.heading, ...(blocks.length > 0 ? blocks : [words.none]), verdict(findings, language)].join("\n\n");
}

/** How many findings block submission (Fehler) and how many do not (Hinweise). */
export function tally(findings: Finding[]): { errors: number; hints: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, hints: findings.length - errors };
}

/** "Bereit zur Einreichung." or "Nicht bereit: 2 Fehler, 1 Hinweis.": the pane, the summary and the command line say it alike. */
export function verdict(findings: Finding[], language: SummaryLanguage): string {
  const words = WORDS[language] ?? WORDS.de;
  const { errors, hints } = tally(findings);
  return errors === 0 ? words.ready : words.notReady(errors, hints);
}
