/**
 * What a document's styles part says that the accessibility check needs: the document's language and which
 * paragraph styles are headings (their outline level) or bold. Read from word/styles.xml of a .docx and from the
 * styles part of the package Word's Body.getOoxml() returns (office-js-docs #56: it holds word/styles.xml).
 */
import { scanElements, type AttributeOf } from "../docx/opc";

export interface ParagraphStyleFacts {
  /** Outline level, 0 for level 1; absent for body text. */
  outline?: number;
  bold: boolean;
}

export interface ParagraphStyleLookup {
  get(id: string): ParagraphStyleFacts | undefined;
}

export interface StyleFacts {
  /** The document's default language (w:docDefaults, else the default paragraph style's); "" when none is set. */
  language: string;
  /** Paragraph styles by id, with what they inherit through w:basedOn. */
  paragraphStyles: ParagraphStyleLookup;
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
      if (a("type") !== "paragraph") return;
      current = { id: a("styleId") ?? "", name: "", basedOn: "", language: "" };
      styles.push(current);
      const isDefault = a("default");
      if (isDefault === "1" || isDefault === "true") main = current.id;
    } else if (local === "lang" && inDefaults) defaultsLanguage ||= a("val") ?? "";
    else if (current) readStyleElement(current, local, a);
  });
  return { styles, defaults: defaultsLanguage, main };
}

function readStyleElement(style: DeclaredStyle, local: string, a: AttributeOf): void {
  if (local === "name") style.name = a("val") ?? "";
  else if (local === "basedOn") style.basedOn = a("val") ?? "";
  else if (local === "outlineLvl") style.outline = outlineLevel(a("val") ?? "");
  else if (local === "b") style.bold = isOn(a("val"));
  else if (local === "lang") style.language ||= a("val") ?? "";
}

type Searches = Record<"tag" | "latent" | "style", (from: number) => number>;

/** The first index of `needle` at or after `from`, for `from` that only grows: the text is searched through once. */
function forwardSearch(xml: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = xml.indexOf(needle, from);
    return found;
  };
}

const opens = (xml: string, at: number, name: string) =>
  xml.startsWith(name, at) && /[\s/>]/.test(xml.charAt(at + name.length));

/** Where an element whose start tag ends at `tagEnd` ends: after itself if empty, else after its closing tag; -1 if none. */
function closingEnd(xml: string, tagEnd: number, search: (from: number) => number, closing: string): number {
  if (xml[tagEnd - 1] === "/") return tagEnd + 1;
  const end = search(tagEnd);
  return end < 0 ? -1 : end + closing.length;
}

const UNREAD_STYLE_TYPE = /\bw:type="(?:table|character|numbering)"/;
/** Longer than this, a start tag is not one of Word's, and its element stays in. */
const MAX_START_TAG = 1000;

/**
 * The id of a paragraph style that can wait until a paragraph asks for it: an id as written, and not the default style
 * (whose language the part's own may fall back on). Anything else is read with the part.
 */
function deferrableStyleId(startTag: string): string | null {
  if (!/\bw:type="paragraph"/.test(startTag) || /\bw:default=/.test(startTag)) return null;
  // Not with an entity or a tab or line break, which the parser turns into other characters.
  return /\bw:styleId="([^"&\t\n\r]*)"/.exec(startTag)?.[1] ?? null;
}

interface SplitPart {
  /** What is read at once: the defaults, the default paragraph style, anything the scan does not know. */
  rest: string;
  /** The other paragraph styles' elements by id, read when asked for. */
  deferred: Map<string, string>;
}

/**
 * The styles part split in one pass, whatever it holds (a regular expression over unclosed elements took quadratic
 * time): what the facts never read is left out — w:latentStyles (hundreds of w:lsdException) and the table,
 * character and numbering styles, most of a part's elements —, the paragraph styles are put aside for when a
 * paragraph names one (a document uses a few of the hundred its template brings). An element the scan cannot close
 * stays in the rest.
 */
function splitStylesPart(xml: string): SplitPart {
  const search: Searches = {
    tag: forwardSearch(xml, ">"),
    latent: forwardSearch(xml, "</w:latentStyles>"),
    style: forwardSearch(xml, "</w:style>"),
  };
  const kept: string[] = [];
  const deferred = new Map<string, string>();
  let copied = 0;
  for (let at = xml.indexOf("<w:"); at >= 0;) {
    const end = setAside(xml, at, search, deferred);
    if (end < 0) {
      at = xml.indexOf("<w:", at + 3);
      continue;
    }
    kept.push(xml.slice(copied, at));
    copied = end;
    at = xml.indexOf("<w:", end);
  }
  kept.push(xml.slice(copied));
  return { rest: kept.join(""), deferred };
}

/**
 * Where the element opening at `at` ends if it is left out (latent styles, styles of other types) or put aside (a
 * paragraph style, then in `deferred`); -1 otherwise, or where it does not end.
 */
function setAside(xml: string, at: number, search: Searches, deferred: Map<string, string>): number {
  const tagEnd = search.tag(at);
  if (tagEnd < 0 || tagEnd - at > MAX_START_TAG) return -1;
  if (opens(xml, at, "<w:latentStyles")) return closingEnd(xml, tagEnd, search.latent, "</w:latentStyles>");
  if (!opens(xml, at, "<w:style")) return -1;
  const startTag = xml.slice(at, tagEnd);
  const unread = UNREAD_STYLE_TYPE.test(startTag);
  const id = unread ? null : deferrableStyleId(startTag);
  if (!unread && id === null) return -1;
  const end = closingEnd(xml, tagEnd, search.style, "</w:style>");
  if (end >= 0 && id !== null) deferred.set(id, xml.slice(at, end));
  return end;
}

/** A style declared alone, as put aside; a damaged one says nothing (the rest of the part has been read). */
function declaredAlone(id: string, element: string, partName: string): DeclaredStyle {
  try {
    const style = declaredStyles(element, partName).styles[0];
    if (style?.id === id) return style;
  } catch {
    // Only this style's facts are lost.
  }
  return { id, name: "", basedOn: "", language: "" };
}

/** The paragraph styles, each read and resolved (with what it inherits through w:basedOn) when first asked for. */
class ParagraphStyles implements ParagraphStyleLookup {
  private readonly resolved = new Map<string, ParagraphStyleFacts>();

  constructor(
    private readonly declared: Map<string, DeclaredStyle>,
    private readonly deferred: Map<string, string>,
    private readonly partName: string,
  ) {}

  get(id: string): ParagraphStyleFacts | undefined {
    if (!this.resolved.has(id) && this.declaration(id)) this.resolved.set(id, this.resolve(id));
    return this.resolved.get(id);
  }

  private declaration(id: string): DeclaredStyle | undefined {
    const element = this.declared.has(id) ? undefined : this.deferred.get(id);
    if (element !== undefined) this.declared.set(id, declaredAlone(id, element, this.partName));
    return this.declared.get(id);
  }

  /** A style's facts with what it inherits; a cycle of w:basedOn ends where it repeats. */
  private resolve(id: string): ParagraphStyleFacts {
    let outline: number | undefined;
    let bold: boolean | undefined;
    const seen = new Set<string>();
    for (let style = this.declaration(id); style && !seen.has(style.id); style = this.declaration(style.basedOn)) {
      seen.add(style.id);
      outline ??= style.outline ?? builtInHeadingLevel(style.name);
      bold ??= style.bold;
    }
    return { ...(outline === undefined ? {} : { outline }), bold: bold ?? false };
  }
}

/** Reads a styles part; throws a German message on XML that is not one (as the package readers do). */
export function readStyleFacts(xml: string, partName = "word/styles.xml"): StyleFacts {
  const { rest, deferred } = splitStylesPart(xml);
  const { styles, defaults, main } = declaredStyles(rest, partName);
  const declared = new Map(styles.map((style) => [style.id, style]));
  return {
    language: defaults || declared.get(main)?.language || "",
    paragraphStyles: new ParagraphStyles(declared, deferred, partName),
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
