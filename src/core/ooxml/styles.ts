/** The styles our WordprocessingML refers to, as a styles part (inserted with the content, merged by Word). */
import { el, val } from "./xml";

export const STYLE_HEADING = "RatsantwortUeberschrift";
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
    el("w:rPr", {}, font, val("w:sz", 22), val("w:szCs", 22), val("w:lang", "de-DE")),
  );
  const paragraphDefaults = el(
    "w:pPrDefault",
    {},
    el("w:pPr", {}, el("w:spacing", { "w:after": 120, "w:line": 264, "w:lineRule": "auto" })),
  );
  return el("w:docDefaults", {}, runDefaults, paragraphDefaults);
}

function headingStyle(): string {
  return el(
    "w:style",
    { "w:type": "paragraph", "w:customStyle": 1, "w:styleId": STYLE_HEADING },
    val("w:name", "Ratsantwort Überschrift"),
    el("w:qFormat"),
    el("w:pPr", {}, el("w:keepNext"), el("w:spacing", { "w:before": 240, "w:after": 120 }), val("w:outlineLvl", 1)),
    el("w:rPr", {}, el("w:b"), el("w:bCs"), val("w:sz", 24), val("w:szCs", 24)),
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
  return el("w:styles", { "xmlns:w": W_NS }, documentDefaults(), headingStyle(), boldStyle(), placeholderStyle());
}
