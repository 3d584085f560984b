/**
 * Barrierefreiheit: what keeps an answer from being published as an accessible document (BITV 2.0, PDF/UA), found
 * in the facts both readers gather (./facts.ts). Their severity is the profile's (run.ts); README maps each rule to
 * its WCAG success criterion.
 */
import { defineRule, type Report, type Rule } from "../findings";
import { quoted, type MessageData } from "../messages";
import { withoutTrailing } from "../../trailing";
import type { AccessibilityFacts, ParagraphPlace } from "../snapshot";
import type { DocumentModel } from "../model";

/** The rule's reports for the facts, or none where the reader gathered no facts (Word's collections). */
function withFacts<M extends string>(
  model: DocumentModel,
  report: (facts: AccessibilityFacts) => Report<M>[],
): Report<M>[] {
  const facts = model.snapshot.accessibility;
  return facts ? report(facts) : [];
}

const at = <M extends string>(messageId: M, place: ParagraphPlace, data: MessageData = {}): Report<M> => ({
  messageId,
  sectionId: null,
  target: null,
  place,
  data,
});

/** Severity is the profile's for the whole group; "hint" is what a message says when the profile says nothing. */
const HINT = "hint" as const;

const altText = defineRule<"missing">({
  id: "altText",
  group: "accessibility",
  description: {
    de: "Jedes Bild hat einen Alternativtext oder ist als dekorativ markiert.",
    en: "Every picture has alternative text or is marked as decorative.",
  },
  messages: {
    missing: {
      severity: HINT,
      de: "Ein Bild hat keinen Alternativtext: Screenreader sagen nur „Grafik“. Rechtsklick auf das Bild › „Alternativtext anzeigen“ und in einem Satz beschreiben, was es zeigt (oder „Als dekorativ markieren“, wenn es nichts aussagt).",
      en: "A picture has no alternative text: screen readers only say “graphic”. Right-click the picture › “View Alt Text” and describe in one sentence what it shows (or “Mark as decorative” if it says nothing).",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.images.filter((image) => image.alt === "" && !image.decorative).map((image) => at("missing", image.place)),
    ),
});

const tableHeader = defineRule<"missing">({
  id: "tableHeader",
  group: "accessibility",
  description: {
    de: "Jede Datentabelle mit mehreren Zeilen hat eine Überschriftenzeile (eine Tabelle ohne Tabellenformat gilt, wie in Word, als Layouttabelle).",
    en: "Every data table of several rows has a header row (a table without a table style is, as in Word, a layout table).",
  },
  messages: {
    missing: {
      severity: HINT,
      de: "Eine Tabelle hat keine Überschriftenzeile: Screenreader können Werte keiner Spalte zuordnen. Die erste Zeile markieren › Tabellenlayout › „Überschriften wiederholen“.",
      en: "A table has no header row: screen readers cannot tell which column a value belongs to. Select the first row › Table Layout › “Repeat Header Rows”.",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.tables
        .filter((table) => table.rows > 1 && !table.headerRow && !table.layout)
        .map((table) => at("missing", table.place)),
    ),
});

const spacingParagraphs = defineRule<"one" | "several">({
  id: "spacingParagraphs",
  group: "accessibility",
  description: {
    de: "Abstände entstehen durch Absatzformat, nicht durch leere Absätze.",
    en: "Spacing comes from paragraph formatting, not from empty paragraphs.",
  },
  messages: {
    one: {
      severity: HINT,
      de: "Ein leerer Absatz dient als Abstand: Screenreader lesen ihn als „leer“ vor. Ihn löschen und den Abstand unter Start › Absatz › „Abstand nach“ einstellen.",
      en: "An empty paragraph is used as spacing: screen readers read it as “blank”. Delete it and set the spacing under Home › Paragraph › “Spacing After”.",
    },
    several: {
      severity: HINT,
      de: "{{count}} leere Absätze dienen als Abstand: Screenreader lesen jeden als „leer“ vor. Sie löschen und den Abstand unter Start › Absatz › „Abstand nach“ einstellen.",
      en: "{{count}} empty paragraphs are used as spacing: screen readers read each as “blank”. Delete them and set the spacing under Home › Paragraph › “Spacing After”.",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.spacing.map((run) => ({
        ...at(run.count === 1 ? ("one" as const) : ("several" as const), run.place, { count: run.count }),
        repair: "removeSpacing" as const,
      })),
    ),
});

const headingLevels = defineRule<"skipped" | "startsLow">({
  id: "headingLevels",
  group: "accessibility",
  description: {
    de: "Überschriften folgen ihren Ebenen, ohne eine zu überspringen.",
    en: "Headings follow their levels without skipping one.",
  },
  messages: {
    skipped: {
      severity: HINT,
      de: "Die Überschrift {{text}} hat Ebene {{level}}, die vorige Ebene {{previous}}: eine Ebene ist übersprungen, die Gliederung stimmt für Screenreader nicht. Die Formatvorlage „Überschrift {{expected}}“ zuweisen.",
      en: "The heading {{text}} is level {{level}}, the one before level {{previous}}: a level is skipped, and screen readers get the wrong outline. Apply the style “Heading {{expected}}”.",
    },
    startsLow: {
      severity: HINT,
      de: "Die erste Überschrift {{text}} hat Ebene {{level}}: das Dokument braucht zuerst eine Überschrift der Ebene 1 (seinen Titel).",
      en: "The first heading {{text}} is level {{level}}: the document first needs a level 1 heading (its title).",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.headings.flatMap((heading, i): Report<"skipped" | "startsLow">[] => {
        const previous = i === 0 ? 0 : facts.headings[i - 1].level;
        if (heading.level <= previous + 1) return [];
        const data = { text: quoted(heading.place.text), level: heading.level };
        return i === 0
          ? [at("startsLow", heading.place, data)]
          : [at("skipped", heading.place, { ...data, previous, expected: previous + 1 })];
      }),
    ),
});

const manualHeadings = defineRule<"boldLine">({
  id: "manualHeadings",
  group: "accessibility",
  description: {
    de: "Überschriften sind Überschriften-Formatvorlagen, keine fett gesetzten Zeilen.",
    en: "Headings use heading styles, not lines set in bold.",
  },
  messages: {
    boldLine: {
      severity: HINT,
      de: "Die fette Zeile {{text}} sieht aus wie eine Überschrift, ist aber keine: Screenreader und das Navigationsbereich finden sie nicht. Die passende Formatvorlage „Überschrift …“ zuweisen.",
      en: "The bold line {{text}} looks like a heading but is none: screen readers and the navigation pane do not find it. Apply the matching “Heading …” style.",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.boldLines.map((line) => at("boldLine", line.place, { text: quoted(line.place.text) })),
    ),
});

/** Link texts that say nothing about where the link goes (WCAG 2.4.4). */
const VAGUE_LINK_TEXTS = new Set([
  "hier",
  "hier klicken",
  "klicken sie hier",
  "bitte hier klicken",
  "link",
  "dieser link",
  "mehr",
  "mehr dazu",
  "mehr erfahren",
  "weiter",
  "weiterlesen",
  "here",
  "click here",
  "this link",
  "more",
  "read more",
]);

const linkText = defineRule<"vague">({
  id: "linkText",
  group: "accessibility",
  description: {
    de: "Linktexte sagen, wohin der Link führt.",
    en: "Link texts say where the link leads.",
  },
  messages: {
    vague: {
      severity: HINT,
      de: "Der Linktext {{text}} sagt nicht, wohin der Link führt; Screenreader lesen Links oft als Liste vor. Das Ziel nennen, z. B. „Zielvereinbarung 2013 (PDF)“.",
      en: "The link text {{text}} does not say where the link leads; screen readers often list links on their own. Name the target, e.g. “Target agreement 2013 (PDF)”.",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.links
        .filter((link) => VAGUE_LINK_TEXTS.has(withoutTrailing(link.text.toLowerCase(), /[.:!…\s]/u)))
        .map((link) => at("vague", link.place, { text: quoted(link.text) })),
    ),
});

const documentTitle = defineRule<"missing">({
  id: "documentTitle",
  group: "accessibility",
  description: { de: "Das Dokument hat einen Titel.", en: "The document has a title." },
  messages: {
    missing: {
      severity: HINT,
      de: "Das Dokument hat keinen Titel: das PDF zeigt dann den Dateinamen, Screenreader nennen ihn. Datei › Informationen › Eigenschaften › Titel ausfüllen.",
      en: "The document has no title: the PDF then shows the file name, and screen readers announce it. File › Info › Properties › fill in Title.",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.title === "" ? [{ messageId: "missing", sectionId: null, target: null, repair: "setTitle" }] : [],
    ),
});

const documentLanguage = defineRule<"missing" | "notGerman">({
  id: "documentLanguage",
  group: "accessibility",
  description: { de: "Die Dokumentsprache ist Deutsch.", en: "The document language is German." },
  messages: {
    missing: {
      severity: HINT,
      de: "Die Dokumentsprache ist nicht festgelegt: Screenreader lesen den Text dann womöglich mit englischer Aussprache. Überprüfen › Sprache › „Sprache für die Korrekturhilfen festlegen“ › Deutsch › „Als Standard“.",
      en: "The document language is not set: screen readers may then read the text with English pronunciation. Review › Language › “Set Proofing Language” › German › “Set As Default”.",
    },
    notGerman: {
      severity: HINT,
      de: "Die Dokumentsprache ist {{language}}, der Text aber deutsch: Screenreader sprechen ihn falsch aus. Überprüfen › Sprache › „Sprache für die Korrekturhilfen festlegen“ › Deutsch › „Als Standard“.",
      en: "The document language is {{language}}, but the text is German: screen readers mispronounce it. Review › Language › “Set Proofing Language” › German › “Set As Default”.",
    },
  },
  check: (model) =>
    withFacts(model, (facts): Report<"missing" | "notGerman">[] => {
      const base = { sectionId: null, target: null };
      if (facts.language === null) return [];
      if (facts.language === "") return [{ ...base, messageId: "missing" }];
      if (/^de\b/i.test(facts.language)) return [];
      return [{ ...base, messageId: "notGerman", data: { language: quoted(facts.language) } }];
    }),
});

/** Black, "auto" and greys carry no meaning of their own. */
function isMeaningfulColour(colour: string): boolean {
  const hex = /^([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return hex !== null && !(hex[1] === hex[2] && hex[2] === hex[3]);
}

const colourOnly = defineRule<"colour">({
  id: "colourOnly",
  group: "accessibility",
  description: {
    de: "Farbe ist nie das einzige Merkmal einer Hervorhebung.",
    en: "Colour is never the only mark of emphasis.",
  },
  messages: {
    colour: {
      severity: HINT,
      de: "Im Absatz {{text}} ist Text nur durch Farbe hervorgehoben: wer die Farbe nicht sieht oder das Dokument vorgelesen bekommt, bemerkt es nicht. Zusätzlich fett setzen oder in Worten sagen, was die Farbe bedeutet.",
      en: "In the paragraph {{text}} text is set apart by colour alone: whoever cannot see the colour or has the document read aloud misses it. Also set it in bold, or say in words what the colour means.",
    },
  },
  check: (model) =>
    withFacts(model, (facts) =>
      facts.coloured
        .filter((run) => isMeaningfulColour(run.colour))
        .map((run) => at("colour", run.place, { text: quoted(run.place.text) })),
    ),
});

/** In the order README lists them. */
export const ACCESSIBILITY_RULES: readonly Rule[] = [
  documentTitle,
  documentLanguage,
  headingLevels,
  manualHeadings,
  altText,
  tableHeader,
  spacingParagraphs,
  linkText,
  colourOnly,
];
