/**
 * What a document's styles part says that the accessibility check needs: the document's language and which
 * paragraph styles are headings (their outline level) or bold. Read from word/styles.xml of a .docx and from the
 * styles part of the package Word's Body.getOoxml() returns (office-js-docs #56: it holds word/styles.xml).
 */
import { scanElements } from "../docx/opc";

export interface ParagraphStyleFacts {
  /** Outline level, 0 for level 1; absent for body text. */
  outline?: number;
  bold: boolean;
}

export interface StyleFacts {
  /** The document's default language (w:docDefaults, else the default paragraph style's); "" when none is set. */
  language: string;
  /** Paragraph styles by id, with what they inherit through w:basedOn. */
  paragraphStyles: Map<string, ParagraphStyleFacts>;
  /** The style of a paragraph that names none. */
  defaultParagraphStyle: string;
}

interface DeclaredStyle {
  id: string;
  name: string;
  basedOn: string;
  outline?: number;
  bold?: boolean;
  language: string;
}

/** Outline levels 0–8 are headings; 9 and anything else are body text. */
export function outlineLevel(value: string): number | undefined {
  const level = Number(value);
  return value !== "" && Number.isInteger(level) && level >= 0 && level < 9 ? level : undefined;
}

/** An on/off property (w:b, w:tblHeader): present without a value, or with any value but 0, false and off, it is on. */
export const isOn = (value: string | undefined) => !["0", "false", "off"].includes(value ?? "");

/** Word's built-in headings are known by name ("heading 1"), whatever their id in the document's language. */
function builtInHeadingLevel(name: string): number | undefined {
  const match = /^heading ([1-9])$/i.exec(name.trim());
  return match ? Number(match[1]) - 1 : undefined;
}

function declaredStyles(xml: string, partName: string): { styles: DeclaredStyle[]; defaults: string; main: string } {
  const styles: DeclaredStyle[] = [];
  let defaultsLanguage = "";
  let inDefaults = false;
  let current: DeclaredStyle | null = null;
  let main = "";
  scanElements(xml, partName, (local, a) => {
    if (local === "docDefaults") inDefaults = true;
    else if (local === "style") {
      inDefaults = false;
      current = null;
      if (a.type !== "paragraph") return;
      current = { id: a.styleId ?? "", name: "", basedOn: "", language: "" };
      styles.push(current);
      if (a.default === "1" || a.default === "true") main = current.id;
    } else if (local === "lang" && inDefaults) defaultsLanguage ||= a.val ?? "";
    else if (current) readStyleElement(current, local, a);
  });
  return { styles, defaults: defaultsLanguage, main };
}

function readStyleElement(style: DeclaredStyle, local: string, a: Record<string, string>): void {
  if (local === "name") style.name = a.val ?? "";
  else if (local === "basedOn") style.basedOn = a.val ?? "";
  else if (local === "outlineLvl") style.outline = outlineLevel(a.val ?? "");
  else if (local === "b") style.bold = isOn(a.val);
  else if (local === "lang") style.language ||= a.val ?? "";
}

/** A style's facts with what it inherits; a cycle of w:basedOn ends where it repeats. */
function resolve(id: string, byId: Map<string, DeclaredStyle>): ParagraphStyleFacts {
  let outline: number | undefined;
  let bold: boolean | undefined;
  const seen = new Set<string>();
  for (let style = byId.get(id); style && !seen.has(style.id); style = byId.get(style.basedOn)) {
    seen.add(style.id);
    outline ??= style.outline ?? builtInHeadingLevel(style.name);
    bold ??= style.bold;
  }
  return { ...(outline === undefined ? {} : { outline }), bold: bold ?? false };
}

/**
 * Word's styles part spends most of its elements on w:latentStyles (hundreds of w:lsdException), which say nothing
 * of a style's level, boldness or language: left out before parsing, the part reads in half the time.
 */
function withoutLatentStyles(xml: string): string {
  return xml.replace(/<(?:[\w.-]+:)?latentStyles\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?latentStyles>/, "");
}

/** Reads a styles part; throws a German message on XML that is not one (as the package readers do). */
export function readStyleFacts(xml: string, partName = "word/styles.xml"): StyleFacts {
  const { styles, defaults, main } = declaredStyles(withoutLatentStyles(xml), partName);
  const byId = new Map(styles.map((style) => [style.id, style]));
  const paragraphStyles = new Map(styles.map((style) => [style.id, resolve(style.id, byId)]));
  return {
    language: defaults || byId.get(main)?.language || "",
    paragraphStyles,
    defaultParagraphStyle: main,
  };
}

/** The styles part inside a Flat OPC package (Word's getOoxml), or null when the package has none. */
export function stylesPartOfPackage(flatOpc: string): string | null {
  const part = /<pkg:part\b[^>]*pkg:name="\/word\/styles\.xml"[^>]*>\s*<pkg:xmlData>/.exec(flatOpc);
  if (!part) return null;
  const start = part.index + part[0].length;
  const end = flatOpc.indexOf("</pkg:xmlData>", start);
  return end < 0 ? null : flatOpc.slice(start, end);
}

/** The facts of a styles part, or null where there is none or it cannot be read: a damaged part costs the language and the heading levels, never the check. */
export function styleFactsOrNull(xml: string | null): StyleFacts | null {
  try {
    return xml === null ? null : readStyleFacts(xml);
  } catch {
    return null;
  }
}
