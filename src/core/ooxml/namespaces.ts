/**
 * Namespace resolution for the readers, in constant time per name. saxes' own (xmlns: true) looks a prefix up
 * through every open element, which makes deeply nested input quadratic; here each prefix keeps a stack of its
 * bindings, pushed where an element declares it and popped where that element closes.
 */
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

export interface ResolvedAttribute {
  local: string;
  uri: string;
  value: string;
}

export interface ResolvedTag {
  local: string;
  uri: string;
  attributes: ResolvedAttribute[];
}

export class NamespaceScope {
  private readonly bindings = new Map<string, string[]>([["xml", [XML_NAMESPACE]]]);
  /** Per open element, the prefixes it declared ("" for the default namespace); null for the many that declare none. */
  private readonly declared: (string[] | null)[] = [];

  open(name: string, attributes: Record<string, string>): ResolvedTag {
    // Declarations first: an element's own xmlns applies to its name and its other attributes wherever they stand.
    let declares: string[] | null = null;
    let others = false;
    for (const attribute in attributes) {
      if (!isDeclaration(attribute)) {
        others = true;
        continue;
      }
      const prefix = attribute === "xmlns" ? "" : attribute.slice(6);
      let stack = this.bindings.get(prefix);
      if (!stack) this.bindings.set(prefix, (stack = []));
      stack.push(attributes[attribute]);
      (declares ??= []).push(prefix);
    }
    this.declared.push(declares);
    const colon = name.indexOf(":");
    return {
      local: colon < 0 ? name : name.slice(colon + 1),
      uri: this.lookup(colon < 0 ? "" : name.slice(0, colon)),
      attributes: others ? this.resolveAttributes(attributes) : [],
    };
  }

  /** Unprefixed attributes are in no namespace. */
  private resolveAttributes(attributes: Record<string, string>): ResolvedAttribute[] {
    const resolved: ResolvedAttribute[] = [];
    for (const attribute in attributes) {
      if (isDeclaration(attribute)) continue;
      const value = attributes[attribute];
      const at = attribute.indexOf(":");
      resolved.push(
        at < 0
          ? { local: attribute, uri: "", value }
          : { local: attribute.slice(at + 1), uri: this.lookup(attribute.slice(0, at)), value },
      );
    }
    return resolved;
  }

  close(): void {
    const declares = this.declared.pop();
    if (declares) for (const prefix of declares) this.bindings.get(prefix)?.pop();
  }

  private lookup(prefix: string): string {
    const stack = this.bindings.get(prefix);
    return stack && stack.length > 0 ? stack[stack.length - 1] : "";
  }
}

const isDeclaration = (attribute: string) =>
  attribute.startsWith("xmlns") && (attribute.length === 5 || attribute[5] === ":");
