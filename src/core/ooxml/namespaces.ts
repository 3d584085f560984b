/**
 * Namespace resolution for the readers, in constant time per name: each prefix keeps a stack of its bindings,
 * pushed where an element declares it and popped where that element closes (looking a prefix up through every open
 * element, as general parsers do, makes deeply nested input quadratic).
 *
 * Attributes are resolved on demand: a body's elements carry many (revision ids on every paragraph and run) and the
 * reader asks for a few, so resolving them all cost more than parsing them.
 */
import { scanXml, type XmlTag, type XmlText } from "./xmlScanner";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
export const WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const STRICT_WORD_NAMESPACE = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const W14_NAMESPACE = "http://schemas.microsoft.com/office/word/2010/wordml";
export const DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/** Office's "mark as decorative" extension of a drawing's properties. */
export const DECORATIVE_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2017/decorative";
export const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * Each namespace name as one string, whatever part declared it: the readers compare resolved names with the
 * constants above at every element, and two references to the one string compare at once where two copies of a
 * long name are compared character by character. Bounded: a hostile part declaring thousands is not remembered.
 */
const namespaceNames = new Map<string, string>(
  [
    XML_NAMESPACE,
    WORD_NAMESPACE,
    STRICT_WORD_NAMESPACE,
    W14_NAMESPACE,
    DRAWING_NAMESPACE,
    DECORATIVE_NAMESPACE,
    MC_NAMESPACE,
  ].map((name) => [name, name]),
);

function oneString(name: string): string {
  const known = namespaceNames.get(name);
  if (known !== undefined) return known;
  if (namespaceNames.size < 256) namespaceNames.set(name, name);
  return name;
}

/**
 * An element as it opens, its name resolved. One object serves every element of a part, so it is valid only during
 * the `onOpen` call that receives it: its attributes resolve on demand, a prefix meaning what the bindings in force say.
 */
export class ResolvedTag {
  local = "";
  uri = "";
  private tag: XmlTag | null = null;

  constructor(private readonly scope: NamespaceScope) {}

  /** Makes this the resolved form of `tag`. */
  reset(tag: XmlTag): this {
    this.tag = tag;
    this.local = tag.local;
    this.uri = this.scope.lookup(tag.prefix);
    return this;
  }

  /** The value of attribute `local` in a namespace `accepts` ("" for an unprefixed one: no namespace); else undefined. */
  attribute(local: string, accepts: (uri: string) => boolean): string | undefined {
    const tag = this.tag!;
    for (let i = 0; i < tag.count; i++) {
      if (!tag.attributeLocalIs(i, local) || tag.isDeclaration(i)) continue;
      // An unprefixed attribute is in no namespace: a default namespace applies to element names only.
      const prefix = tag.attributePrefix(i);
      if (accepts(prefix === "" ? "" : this.scope.lookup(prefix))) return tag.value(i);
    }
    return undefined;
  }

  /** The value of the last attribute named `local` in whatever namespace (not a declaration); else undefined. */
  anyAttribute(local: string): string | undefined {
    const tag = this.tag!;
    let found = -1;
    for (let i = 0; i < tag.count; i++) if (tag.attributeLocalIs(i, local) && !tag.isDeclaration(i)) found = i;
    return found < 0 ? undefined : tag.value(found);
  }
}

export class NamespaceScope {
  private readonly bindings = new Map<string, string[]>([["xml", [XML_NAMESPACE]]]);
  /** Per open element, the prefixes it declared ("" for the default namespace); null for the many that declare none. */
  private readonly declared: (string[] | null)[] = [];

  /** The last prefix looked up and what it was bound to then; forgotten whenever a binding comes or goes. */
  private lastPrefix: string | null = null;
  private lastUri = "";

  /** Opens an element: its declarations take effect (on its own name and attributes too, wherever they stand). */
  open(tag: XmlTag): void {
    if (tag.declarations === 0) {
      this.declared.push(null);
      return;
    }
    this.lastPrefix = null;
    let declares: string[] | null = null;
    for (let i = 0; i < tag.count; i++) {
      if (!tag.isDeclaration(i)) continue;
      const prefix = tag.attributePrefix(i) === "" ? "" : tag.attributeName(i).slice(6);
      let stack = this.bindings.get(prefix);
      if (!stack) this.bindings.set(prefix, (stack = []));
      stack.push(oneString(tag.value(i)));
      (declares ??= []).push(prefix);
    }
    this.declared.push(declares);
  }

  close(): void {
    const declares = this.declared.pop();
    if (!declares) return;
    this.lastPrefix = null;
    for (const prefix of declares) this.bindings.get(prefix)?.pop();
  }

  /** The namespace a prefix ("" for none) is bound to now; "" where it is bound to none. */
  lookup(prefix: string): string {
    // Nearly every element of a body has the prefix "w": one Map lookup per binding, not per element.
    if (prefix === this.lastPrefix) return this.lastUri;
    const stack = this.bindings.get(prefix);
    this.lastPrefix = prefix;
    this.lastUri = stack && stack.length > 0 ? stack[stack.length - 1] : "";
    return this.lastUri;
  }
}

/**
 * Scans `xml` with its names resolved: `onOpen` gets each element as it opens, `onClose` each end, `onText` its
 * character data. One tag object serves all elements, which spares the garbage collector (a body has hundreds of
 * thousands). Throws the scanner's XmlError where `xml` is not well-formed or has a DTD.
 */
export function scanResolved(
  xml: string,
  onOpen: (tag: ResolvedTag) => void,
  onClose: () => void = () => undefined,
  onText: (text: XmlText) => void = () => undefined,
): void {
  const scope = new NamespaceScope();
  const resolved = new ResolvedTag(scope);
  scanXml(xml, {
    open(tag) {
      scope.open(tag);
      onOpen(resolved.reset(tag));
    },
    close() {
      scope.close();
      onClose();
    },
    text: onText,
  });
}
