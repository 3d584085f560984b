/**
 * Running the check: the model once, then every rule in isolation. A rule that throws costs its own
 * findings and leaves a hint, never the check. Findings come sorted as the pane shows them.
 */
import type { Profile } from "../profile/types";
import type { CheckContext, Finding, Rule } from "./findings";
import { modelOf, type DocumentModel } from "./model";
import type { DocumentSnapshot } from "./snapshot";
import { DOCUMENT_RULES, FOREIGN_DOCUMENT_RULE } from "./rules";

function failed(id: string, severity: Finding["severity"] = "hint"): Finding {
  return {
    rule: id,
    severity,
    sectionId: null,
    target: null,
    message: {
      de: `Regel „${id}“ konnte nicht angewendet werden. Bitte diesen Punkt selbst prüfen.`,
      en: `Rule “${id}” could not be applied. Please check this point yourself.`,
    },
  };
}

/** A finding's target must name a control of the snapshot; anything else becomes "no place". */
function withValidTarget(finding: Finding, controlCount: number): Finding {
  const { target } = finding;
  const valid = target === null || (Number.isInteger(target) && target >= 0 && target < controlCount);
  return valid ? finding : { ...finding, target: null };
}

export function applyRule(rule: Rule, model: DocumentModel, context: CheckContext): Finding[] {
  try {
    const findings = rule.check(model, context);
    if (!Array.isArray(findings)) return [failed(rule.id)];
    return findings.map((f) => withValidTarget(f, model.snapshot.controls.length));
  } catch {
    return [failed(rule.id)];
  }
}

/** Document-wide findings first, then by the profile's section order, then by place in the document. */
export function sortFindings(findings: Finding[], profile: Profile): Finding[] {
  const rank = new Map(profile.sections.map((s, i) => [s.id, i]));
  const sectionRank = (f: Finding) => (f.sectionId === null ? -1 : rank.get(f.sectionId) ?? profile.sections.length);
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => sectionRank(a.finding) - sectionRank(b.finding) || (a.finding.target ?? -1) - (b.finding.target ?? -1) || a.order - b.order)
    .map(({ finding }) => finding);
}

/** Runs the given rules, or only the foreign-document rule when the document belongs to another profile. */
export function runRules(model: DocumentModel, context: CheckContext, rules: readonly Rule[] = DOCUMENT_RULES): Finding[] {
  const foreign = applyRule(FOREIGN_DOCUMENT_RULE, model, context);
  // Its only finding is an error; a failure of the rule itself is a hint and lets the others run.
  if (foreign.some((f) => f.severity === "error")) return sortFindings(foreign, model.profile);
  return sortFindings([...foreign, ...rules.flatMap((rule) => applyRule(rule, model, context))], model.profile);
}

export function checkDocument(snapshot: DocumentSnapshot, profile: Profile, context: CheckContext): Finding[] {
  let model: DocumentModel;
  try {
    model = modelOf(snapshot, profile);
  } catch {
    // Without a model nothing was checked, so this must block "ready for submission".
    return [failed("model", "error")];
  }
  return runRules(model, context);
}
