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

export interface ResolvedAttribute {
  local: string;
  uri: string;
  value: string;
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
      if (accepts(this.scope.lookup(tag.attributePrefix(i)))) return tag.value(i);
    }
    return undefined;
  }

  /** All its attributes but the namespace declarations, resolved. */
  attributes(): ResolvedAttribute[] {
    const tag = this.tag!;
    const resolved: ResolvedAttribute[] = [];
    for (let i = 0; i < tag.count; i++) {
      if (tag.isDeclaration(i)) continue;
      const prefix = tag.attributePrefix(i);
      const name = tag.attributeName(i);
      resolved.push({
        local: prefix ? name.slice(prefix.length + 1) : name,
        uri: prefix ? this.scope.lookup(prefix) : "",
        value: tag.value(i),
      });
    }
    return resolved;
  }
}

export class NamespaceScope {
  private readonly bindings = new Map<string, string[]>([["xml", [XML_NAMESPACE]]]);
  /** Per open element, the prefixes it declared ("" for the default namespace); null for the many that declare none. */
  private readonly declared: (string[] | null)[] = [];

  /** Opens an element: its declarations take effect (on its own name and attributes too, wherever they stand). */
  open(tag: XmlTag): void {
    let declares: string[] | null = null;
    for (let i = 0; i < tag.count; i++) {
      if (!tag.isDeclaration(i)) continue;
      const prefix = tag.attributePrefix(i) === "" ? "" : tag.attributeName(i).slice(6);
      let stack = this.bindings.get(prefix);
      if (!stack) this.bindings.set(prefix, (stack = []));
      stack.push(tag.value(i));
      (declares ??= []).push(prefix);
    }
    this.declared.push(declares);
  }

  close(): void {
    const declares = this.declared.pop();
    if (declares) for (const prefix of declares) this.bindings.get(prefix)?.pop();
  }

  /** The namespace a prefix ("" for none) is bound to now; "" where it is bound to none. */
  lookup(prefix: string): string {
    const stack = this.bindings.get(prefix);
    return stack && stack.length > 0 ? stack[stack.length - 1] : "";
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
