/**
 * Namespace resolution for the readers, in constant time per name. saxes' own (xmlns: true) looks a prefix up
 * through every open element, which makes deeply nested input quadratic; here each prefix keeps a stack of its
 * bindings, pushed where an element declares it and popped where that element closes.
 *
 * Attributes are resolved on demand: a body's elements carry many (revision ids on every paragraph and run) and the
 * reader asks for a few, so resolving them all cost more than parsing them.
 */
import type { SaxesParser } from "saxes";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** An attribute as written, prefix and all. */
export interface RawAttribute {
  name: string;
  value: string;
}

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
  /** The attributes as saxes reported them; the first `count` are this element's (the array is reused). */
  private raw: readonly RawAttribute[] = [];
  private count = 0;

  constructor(private readonly scope: NamespaceScope) {}

  /** Makes this the tag of the element named `name` (as written) with the first `count` of `raw`. */
  reset(name: string, raw: readonly RawAttribute[], count: number): this {
    this.raw = raw;
    this.count = count;
    const colon = name.indexOf(":");
    this.local = colon < 0 ? name : name.slice(colon + 1);
    this.uri = this.scope.lookup(colon < 0 ? "" : name.slice(0, colon));
    return this;
  }

  /** The value of attribute `local` in a namespace `accepts` ("" for an unprefixed one: no namespace); else undefined. */
  attribute(local: string, accepts: (uri: string) => boolean): string | undefined {
    // Indexed loops, not for…of: in code not yet optimised, each step of an iterator is an object to collect.
    for (let i = 0; i < this.count; i++) {
      const { name, value } = this.raw[i];
      const colon = name.indexOf(":");
      if (colon < 0) {
        if (name === local && accepts("")) return value;
      } else if (
        name.length === colon + 1 + local.length &&
        name.startsWith(local, colon + 1) &&
        !isDeclaration(name) &&
        accepts(this.scope.lookup(name.slice(0, colon)))
      ) {
        return value;
      }
    }
    return undefined;
  }

  /** All its attributes but the namespace declarations, resolved. */
  attributes(): ResolvedAttribute[] {
    const resolved: ResolvedAttribute[] = [];
    for (let i = 0; i < this.count; i++) {
      const { name, value } = this.raw[i];
      if (isDeclaration(name)) continue;
      const at = name.indexOf(":");
      resolved.push(
        at < 0
          ? { local: name, uri: "", value }
          : { local: name.slice(at + 1), uri: this.scope.lookup(name.slice(0, at)), value },
      );
    }
    return resolved;
  }
}

export class NamespaceScope {
  private readonly bindings = new Map<string, string[]>([["xml", [XML_NAMESPACE]]]);
  /** Per open element, the prefixes it declared ("" for the default namespace); null for the many that declare none. */
  private readonly declared: (string[] | null)[] = [];

  /** Opens an element with the first `count` of `raw` as its attributes: its declarations take effect. */
  open(raw: readonly RawAttribute[], count: number): void {
    // Declarations first: an element's own xmlns applies to its name and its other attributes wherever they stand.
    let declares: string[] | null = null;
    for (let i = 0; i < count; i++) {
      const { name: attribute, value } = raw[i];
      if (!isDeclaration(attribute)) continue;
      const prefix = attribute === "xmlns" ? "" : attribute.slice(6);
      let stack = this.bindings.get(prefix);
      if (!stack) this.bindings.set(prefix, (stack = []));
      stack.push(value);
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
 * Feeds a parser's elements (saxes with xmlns: false) through a namespace scope: `onOpen` gets each element as it opens, with
 * its name resolved, `onClose` each end. The attributes are taken as saxes reports them one by one, which spares
 * walking the object it builds of them; one array and one tag serve all elements, which spares the garbage collector
 * (a body has hundreds of thousands).
 */
export function resolveElements(
  parser: SaxesParser<{ xmlns: false }>,
  onOpen: (tag: ResolvedTag) => void,
  onClose: () => void = () => undefined,
): void {
  const scope = new NamespaceScope();
  const tag = new ResolvedTag(scope);
  const pending: RawAttribute[] = [];
  let count = 0;
  parser.on("attribute", (attribute) => void (pending[count++] = attribute));
  parser.on("opentag", ({ name }) => {
    const attributes = count;
    count = 0; // before onOpen, which may throw
    scope.open(pending, attributes);
    onOpen(tag.reset(name, pending, attributes));
  });
  parser.on("closetag", () => {
    scope.close();
    onClose();
  });
}

const isDeclaration = (attribute: string) =>
  attribute.startsWith("xmlns") && (attribute.length === 5 || attribute[5] === ":");
