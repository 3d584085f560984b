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

function split(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(":");
  return colon < 0 ? ["", name] : [name.slice(0, colon), name.slice(colon + 1)];
}

export class NamespaceScope {
  private readonly bindings = new Map<string, string[]>([["xml", [XML_NAMESPACE]]]);
  /** Per open element, the prefixes it declared ("" for the default namespace). */
  private readonly declared: string[][] = [];

  open(name: string, attributes: Record<string, string>): ResolvedTag {
    const declares: string[] = [];
    const plain: [string, string][] = [];
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute === "xmlns" || attribute.startsWith("xmlns:")) {
        const prefix = attribute === "xmlns" ? "" : attribute.slice(6);
        let stack = this.bindings.get(prefix);
        if (!stack) this.bindings.set(prefix, (stack = []));
        stack.push(value);
        declares.push(prefix);
      } else {
        plain.push([attribute, value]);
      }
    }
    this.declared.push(declares);
    const [prefix, local] = split(name);
    return {
      local,
      uri: this.lookup(prefix),
      // Unprefixed attributes are in no namespace.
      attributes: plain.map(([attribute, value]) => {
        const [p, l] = split(attribute);
        return { local: l, uri: p === "" ? "" : this.lookup(p), value };
      }),
    };
  }

  close(): void {
    for (const prefix of this.declared.pop() ?? []) this.bindings.get(prefix)?.pop();
  }

  private lookup(prefix: string): string {
    const stack = this.bindings.get(prefix);
    return stack && stack.length > 0 ? stack[stack.length - 1] : "";
  }
}
