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
    let declares: string[] | null = null;
    const plain: [string, string][] = [];
    for (const attribute in attributes) {
      const value = attributes[attribute];
      if (attribute === "xmlns" || attribute.startsWith("xmlns:")) {
        const prefix = attribute === "xmlns" ? "" : attribute.slice(6);
        let stack = this.bindings.get(prefix);
        if (!stack) this.bindings.set(prefix, (stack = []));
        stack.push(value);
        (declares ??= []).push(prefix);
      } else {
        plain.push([attribute, value]);
      }
    }
    this.declared.push(declares);
    const colon = name.indexOf(":");
    return {
      local: colon < 0 ? name : name.slice(colon + 1),
      uri: this.lookup(colon < 0 ? "" : name.slice(0, colon)),
      // Unprefixed attributes are in no namespace.
      attributes: plain.map(([attribute, value]) => {
        const at = attribute.indexOf(":");
        return at < 0
          ? { local: attribute, uri: "", value }
          : { local: attribute.slice(at + 1), uri: this.lookup(attribute.slice(0, at)), value };
      }),
    };
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
