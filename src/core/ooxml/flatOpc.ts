/**
 * Flat OPC packages, the form Word's Body.getOoxml() gives and Body.insertOoxml() takes: the main document part
 * as an editable tree inside its package, and the package made fit to replace the whole body.
 */
import { localName, parseRaw, serializeRaw, type RawElement } from "./raw";

const MAIN_PART_NAME = "/word/document.xml";

const childElements = (e: RawElement) => e.children.filter((c): c is RawElement => c.kind === "element");

export class FlatOpcPackage {
  private constructor(
    private readonly root: RawElement,
    private readonly data: RawElement,
  ) {}

  static open(xml: string): FlatOpcPackage | null {
    const parsed = parseRaw(xml);
    if (!parsed.ok) return null;
    const part = childElements(parsed.root).find(
      (c) => localName(c) === "part" && c.attributes.some(([n, v]) => n.endsWith("name") && v === MAIN_PART_NAME),
    );
    const data = part && childElements(part).find((c) => localName(c) === "xmlData");
    return data && childElements(data).length === 1 ? new FlatOpcPackage(parsed.root, data) : null;
  }

  /** The main part's XML (its w:document element). */
  get mainPart(): string {
    return serializeRaw(childElements(this.data)[0], false);
  }

  /** Puts another main part in; false when it is not XML. */
  replaceMainPart(xml: string): boolean {
    const parsed = parseRaw(xml);
    if (!parsed.ok) return false;
    this.data.children = [parsed.root];
    parsed.root.parent = this.data;
    return true;
  }

  /**
   * The package for Body.insertOoxml(…, "Replace"), without the body's final section properties: Word keeps its
   * own, and a replacement that brings another leaves two behind (office-js #110).
   */
  forBodyReplace(): string {
    const document = childElements(this.data)[0];
    const body = childElements(document).find((c) => localName(c) === "body");
    if (body) body.children = body.children.filter((c) => !(c.kind === "element" && localName(c) === "sectPr"));
    return serializeRaw(this.root);
  }
}
