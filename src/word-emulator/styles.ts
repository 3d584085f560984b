/**
 * The styles of the in-page Word's document: those of a new document in German Word (document language de-DE,
 * "Standard" and "Überschrift 1–3" with their localized ids and outline levels), and the styles insertOoxml brings.
 * Whether Word matches an inserted style to the document's by name or by id is not documented (docs/word-behaviour.md,
 * row 17): the emulator takes the harsher reading, by id, so that the package's "Heading1" becomes a style of its
 * own beside "berschrift1" rather than the document's heading.
 */
import { localName, parseRaw, serializeRaw, type RawElement } from "../core/ooxml/raw";
import { stylesPartOfPackage } from "../core/ooxml/documentStyles";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function germanHeading(level: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="berschrift${level}"><w:name w:val="heading ${level}"/>` +
    `<w:basedOn w:val="Standard"/><w:next w:val="Standard"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`
  );
}

const NEW_DOCUMENT_STYLES =
  `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
  `</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  [1, 2, 3].map(germanHeading).join("") +
  `</w:styles>`;

const styleId = (style: RawElement) => style.attributes.find(([name]) => /(^|:)styleId$/.test(name))?.[1];

const elementChildren = (e: RawElement) => e.children.filter((c): c is RawElement => c.kind === "element");

export class DocumentStyles {
  private readonly root: RawElement;

  constructor(xml: string = NEW_DOCUMENT_STYLES) {
    const parsed = parseRaw(xml);
    if (!parsed.ok) throw new Error(`word emulator: styles do not parse: ${parsed.error}`);
    this.root = parsed.root;
  }

  /** Adds the styles of an inserted package whose ids the document does not have; the document's own stay. */
  merge(flatOpc: string): void {
    const part = stylesPartOfPackage(flatOpc);
    const parsed = part === null ? null : parseRaw(part);
    if (!parsed?.ok) return;
    const known = new Set(elementChildren(this.root).map(styleId));
    for (const style of elementChildren(parsed.root)) {
      if (localName(style) !== "style" || known.has(styleId(style))) continue;
      style.parent = this.root;
      this.root.children.push(style);
      known.add(styleId(style));
    }
  }

  /** The styles part as Word puts it into getOoxml's package. */
  xml(): string {
    return serializeRaw(this.root, false);
  }
}
