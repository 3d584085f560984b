/** The styles our WordprocessingML refers to, as a styles part (inserted with the content, merged by Word). */
import { el, val } from "./xml";

/**
 * Word's built-in headings, known by their name ("heading 1") whatever their id in the document's language
 * (docs/word-behaviour.md, row 17): the title is level 1, a section's heading level 2, a question level 3. Each
 * carries its outline level, which LibreOffice's tagged PDF needs to make H1–H3 of them.
 */
export const HEADING_STYLES = { title: "Heading1", section: "Heading2", question: "Heading3" } as const;
export const LANGUAGE = "de-DE";
export const STYLE_PLACEHOLDER = "PlaceholderText";
/**
 * Bold lines (title, Drucks.-Nr., the Anfrage line, questions) carry bold as a paragraph style as well as on
 * their runs: LibreOffice drops run formatting inside content controls but keeps paragraph styles.
 */
export const STYLE_BOLD = "RatsantwortFett";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Document defaults matter only for files we write ourselves; Word keeps the target document's own. */
function documentDefaults(): string {
  const font = el("w:rFonts", { "w:ascii": "Arial", "w:hAnsi": "Arial", "w:cs": "Arial", "w:eastAsia": "Arial" });
  const runDefaults = el(
    "w:rPrDefault",
    {},
    el("w:rPr", {}, font, val("w:sz", 22), val("w:szCs", 22), val("w:lang", LANGUAGE)),
  );
  const paragraphDefaults = el(
    "w:pPrDefault",
    {},
    el("w:pPr", {}, el("w:spacing", { "w:after": 120, "w:line": 264, "w:lineRule": "auto" })),
  );
  return el("w:docDefaults", {}, runDefaults, paragraphDefaults);
}

/** Sizes in half points, by level: the title stands out, questions stay at the text's size. */
const HEADING_SIZES = [28, 24, 22];

function headingStyle(level: number): string {
  return el(
    "w:style",
    { "w:type": "paragraph", "w:styleId": `Heading${level}` },
    val("w:name", `heading ${level}`),
    el("w:uiPriority", { "w:val": 9 }),
    el("w:qFormat"),
    el(
      "w:pPr",
      {},
      el("w:keepNext"),
      el("w:spacing", { "w:before": level === 3 ? 120 : 240, "w:after": 120 }),
      val("w:outlineLvl", level - 1),
    ),
    el(
      "w:rPr",
      {},
      el("w:b"),
      el("w:bCs"),
      val("w:color", "000000"),
      val("w:sz", HEADING_SIZES[level - 1]),
      val("w:szCs", HEADING_SIZES[level - 1]),
    ),
  );
}

function boldStyle(): string {
  return el(
    "w:style",
    { "w:type": "paragraph", "w:customStyle": 1, "w:styleId": STYLE_BOLD },
    val("w:name", "Ratsantwort Fett"),
    el("w:rPr", {}, el("w:b"), el("w:bCs")),
  );
}

function placeholderStyle(): string {
  // Word's built-in "Placeholder Text": a document that has it keeps its own look.
  return el(
    "w:style",
    { "w:type": "character", "w:styleId": STYLE_PLACEHOLDER },
    val("w:name", "Placeholder Text"),
    el("w:semiHidden"),
    el("w:rPr", {}, val("w:color", "808080")),
  );
}

export function stylesPart(): string {
  return el(
    "w:styles",
    { "xmlns:w": W_NS },
    documentDefaults(),
    headingStyle(1),
    headingStyle(2),
    headingStyle(3),
    boldStyle(),
    placeholderStyle(),
  );
}
