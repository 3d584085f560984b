/** The documents the preview starts with. No council's words: they come from the profile where needed. */
import type { Profile } from "../core/profile/types";
import type { WmlNode } from "../core/ooxml/tree";
import { buildAnswer } from "../core/ooxml/document";
import { filledContent } from "../core/document/sample";
import { itemKey, parseTag } from "../core/tags";
import { controlsOf } from "../core/ooxml/tree";
import { STYLE_BOLD } from "../core/ooxml/styles";
import { paragraph, parseWordprocessingMl, table } from "../word-emulator";

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
    {
      question: "Wie viele Grundschulen sind sanierungsbedürftig?",
      answer: "Nach dem Gebäudebericht sind es derzeit sieben.",
    },
    { question: "Welche Mittel sind dafür vorgesehen?", answer: "Siehe 1." },
  ];
  const body = buildAnswer(profile, { content: questions ? { questions: { [questions.id]: pairs } } : {} });
  const nodes = parseWordprocessingMl(body);
  const missing = profile.sections.find((s) => s.kind === "text");
  const roleOf = (tag: string) => {
    const parsed = parseTag(tag);
    return parsed.kind === "ours" ? parsed.tag : null;
  };
  const kept = nodes.filter(
    (n) =>
      !(
        n.type === "control" &&
        missing &&
        roleOf(n.control.tag)?.role === "section" &&
        roleOf(n.control.tag)?.key === missing.id
      ),
  );
  const numbers = controlsOf(kept).filter(({ node }) => roleOf(node.control.tag)?.role === "questionNumber");
  if (numbers[1]) numbers[1].node.children = [{ type: "text", text: "3." }];
  return [...kept, paragraph("")];
}

/** A complete answer, ready for submission, as the command line writes it (every kind of control). */
export function filledAnswer(profile: Profile): WmlNode[] {
  return [...parseWordprocessingMl(buildAnswer(profile, { content: filledContent(profile) })), paragraph("")];
}

/**
 * The complete answer as it was typed before the add-in, from the old template (?sample=legacy): label/value
 * tables, headings as heading paragraphs, numbered question lines, no control anywhere. Built from the profile.
 */
export function legacyAnswer(profile: Profile): WmlNode[] {
  const { values = {}, questions = {} } = filledContent(profile);
  const value = (sectionId: string, fieldId: string) => values[itemKey(sectionId, fieldId)] ?? "";
  const lines = (text: string) => text.split("\n").map((line) => paragraph(line));
  const heading = (text: string) => paragraph(text, LEGACY_HEADING_STYLE);
  return profile.sections.flatMap((section): WmlNode[] => {
    switch (section.kind) {
      case "fieldTable":
        return [
          table(
            section.rows.map((row, i) => [
              i === 0 ? section.caption : "",
              row.label,
              row.fields.map((f) => value(section.id, f.id)).join(" "),
            ]),
          ),
        ];
      case "columnTable":
        return [table([section.fields.map((f) => f.title), section.fields.map((f) => value(section.id, f.id))])];
      case "line":
        return [paragraph([section.lead, ...section.fields.map((f) => value(section.id, f.id))].join(" "), STYLE_BOLD)];
      case "text":
        return [heading(section.heading), ...lines(value(section.id, section.field.id))];
      case "questions":
        return [
          heading(section.heading),
          ...(questions[section.id] ?? []).flatMap((pair, i) => [
            paragraph(`${i + 1}. ${pair.question}`, STYLE_BOLD),
            ...lines(pair.answer),
          ]),
        ];
      case "rating":
        return [
          heading(section.heading),
          paragraph(section.resultLabel),
          table(section.items.map((item) => [item.label, value(section.id, item.id) || section.unratedPlaceholder])),
          paragraph(section.explanation.label),
          ...lines(value(section.id, section.explanation.id)),
        ];
    }
  });
}

/** Word's built-in "Heading 1" in a German Word (style id "berschrift1"): what the old template used. */
const LEGACY_HEADING_STYLE = "berschrift1";
