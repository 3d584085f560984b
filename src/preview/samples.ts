/** The documents the preview starts with. No council's words: they come from the profile where needed. */
import type { Profile } from "../core/profile/types";
import type { WmlNode } from "../core/ooxml/tree";
import { buildAnswer } from "../core/ooxml/document";
import { filledContent } from "../core/document/sample";
import { parseTag } from "../core/tags";
import { controlsOf } from "../core/ooxml/tree";
import { STYLE_BOLD } from "../core/ooxml/styles";
import { paragraph, parseWordprocessingMl } from "./word";

/** A faction's inquiry, as someone would paste it into a new document; the cursor goes into the last, empty paragraph. */
export function inquiryLetter(): WmlNode[] {
  return [
    paragraph("Fraktion Beispielpartei im Rat der Stadt", STYLE_BOLD),
    paragraph("Anfrage zur Sitzung des Ausschusses für Schule und Bildung"),
    paragraph("Sanierung der Grundschulen", STYLE_BOLD),
    paragraph("Sehr geehrte Damen und Herren,"),
    paragraph("wir bitten die Verwaltung um die Beantwortung folgender Fragen:"),
    paragraph("1. Wie viele Grundschulen sind nach Einschätzung der Verwaltung sanierungsbedürftig?"),
    paragraph("2. Welche Mittel sind im Haushalt für die Sanierung vorgesehen?"),
    paragraph("3. Bis wann sollen die Arbeiten abgeschlossen sein?"),
    paragraph("Mit freundlichen Grüßen"),
    paragraph("Erika Beispiel, Fraktionsvorsitzende"),
    paragraph(""),
  ];
}

/**
 * An answer that needs the check's repairs: the first text section is missing (as if deleted in another
 * program) and the second question is numbered 3.
 */
export function answerWithGaps(profile: Profile): WmlNode[] {
  const questions = profile.sections.find((s) => s.kind === "questions");
  const pairs = [
    { question: "Wie viele Grundschulen sind sanierungsbedürftig?", answer: "Nach dem Gebäudebericht sind es derzeit sieben." },
    { question: "Welche Mittel sind dafür vorgesehen?", answer: "Siehe 1." },
  ];
  const body = buildAnswer(profile, { content: questions ? { questions: { [questions.id]: pairs } } : {} });
  const nodes = parseWordprocessingMl(body);
  const missing = profile.sections.find((s) => s.kind === "text");
  const roleOf = (tag: string) => {
    const parsed = parseTag(tag);
    return parsed.kind === "ours" ? parsed.tag : null;
  };
  const kept = nodes.filter((n) => !(n.type === "control" && missing && roleOf(n.control.tag)?.role === "section" && roleOf(n.control.tag)?.key === missing.id));
  const numbers = controlsOf(kept).filter(({ node }) => roleOf(node.control.tag)?.role === "questionNumber");
  if (numbers[1]) numbers[1].node.children = [{ type: "text", text: "3." }];
  return [...kept, paragraph("")];
}

/** A complete answer, ready for submission, as the command line writes it (every kind of control). */
export function filledAnswer(profile: Profile): WmlNode[] {
  return [...parseWordprocessingMl(buildAnswer(profile, { content: filledContent(profile) })), paragraph("")];
}
