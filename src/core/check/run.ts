/**
 * Running the check: the model once, then every rule in isolation. A rule that throws costs its own
 * findings and leaves a hint, never the check. Findings come sorted as the pane shows them.
 */
import type { Profile } from "../profile/types";
import type { CheckContext, Finding, Report, Rule, Severity } from "./findings";
import { quoted, renderBoth } from "./messages";
import { modelOf, type DocumentModel } from "./model";
import type { DocumentSnapshot } from "./snapshot";
import { DOCUMENT_RULES, FOREIGN_DOCUMENT_RULE } from "./rules";

/** The engine's own messages: a rule that failed, a document it could not model. */
const ENGINE_MESSAGES = {
  ruleFailed: {
    de: "Regel {{rule}} konnte nicht angewendet werden. Bitte diesen Punkt selbst prüfen.",
    en: "Rule {{rule}} could not be applied. Please check this point yourself.",
  },
} as const;

function failed(id: string, severity: Finding["severity"] = "hint"): Finding {
  const data = { rule: quoted(id) };
  return {
    rule: id,
    messageId: "ruleFailed",
    data,
    severity,
    sectionId: null,
    target: null,
    message: renderBoth(ENGINE_MESSAGES.ruleFailed, data),
  };
}

/** How much a group's findings weigh under the profile: Barrierefreiheit as the profile says, else Hinweis. */
function groupSeverity(profile: Profile): Severity {
  return profile.accessibility?.severity ?? "hint";
}

/** The finding for a report: the rule's id stamped, its message rendered in both languages. */
function findingOf(rule: Rule, report: Report, profile: Profile): Finding {
  const message = rule.messages[report.messageId];
  if (!message) throw new Error(`rule ${rule.id} has no message "${report.messageId}"`);
  const data = report.data ?? {};
  const finding: Finding = {
    rule: rule.id,
    messageId: report.messageId,
    data,
    severity: rule.group ? groupSeverity(profile) : message.severity,
    sectionId: report.sectionId,
    target: report.target,
    message: renderBoth(message, data, rule.phrases),
  };
  if (report.repair) finding.repair = report.repair;
  if (report.place) finding.place = report.place;
  if (rule.group) finding.group = rule.group;
  return finding;
}

/** A finding's target must name a control of the snapshot; anything else becomes "no place". */
function withValidTarget(finding: Finding, controlCount: number): Finding {
  const { target } = finding;
  const valid = target === null || (Number.isInteger(target) && target >= 0 && target < controlCount);
  return valid ? finding : { ...finding, target: null };
}

/** A rule's findings; what goes wrong inside the rule is thrown (tests see it). */
export function findingsOf(rule: Rule, model: DocumentModel, context: CheckContext): Finding[] {
  const reports = rule.check(model, context);
  if (!Array.isArray(reports)) throw new Error(`rule ${rule.id} reported no list`);
  return reports.map((report) =>
    withValidTarget(findingOf(rule, report, model.profile), model.snapshot.controls.length),
  );
}

/** A rule's findings for the user: a rule that fails costs its own findings and leaves a hint, never the check. */
export function applyRule(rule: Rule, model: DocumentModel, context: CheckContext): Finding[] {
  try {
    return findingsOf(rule, model, context);
  } catch {
    return [failed(rule.id)];
  }
}

/**
 * Document-wide findings first, then by the profile's section order, then the groups (Barrierefreiheit); within
 * each by place in the document.
 */
export function sortFindings(findings: Finding[], profile: Profile): Finding[] {
  const rank = new Map(profile.sections.map((s, i) => [s.id, i]));
  const sectionRank = (f: Finding) =>
    f.group
      ? profile.sections.length + 1
      : f.sectionId === null
        ? -1
        : (rank.get(f.sectionId) ?? profile.sections.length);
  const placeRank = (f: Finding) => f.target ?? f.place?.paragraph ?? -1;
  // The sort is stable (ECMAScript 2019, every webview the pane runs in): ties keep the rules' order.
  return [...findings].sort((a, b) => sectionRank(a) - sectionRank(b) || placeRank(a) - placeRank(b));
}

/** Runs the given rules, or only the foreign-document rule when the document belongs to another profile. */
export function runRules(
  model: DocumentModel,
  context: CheckContext,
  rules: readonly Rule[] = DOCUMENT_RULES,
): Finding[] {
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
