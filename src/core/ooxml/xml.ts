/** Minimal, escaping XML string building for the WordprocessingML we write. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Characters XML 1.0 forbids (control characters pasted from other programs); dropped, never written. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

/** An element; children are already-serialised XML. Empty children give a self-closing element. */
export function el(name: string, attrs: Attributes = {}, ...children: string[]): string {
  const inner = children.join("");
  return inner === "" ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** A WordprocessingML element with a single w:val attribute, the most common shape. */
export function val(name: string, value: string | number): string {
  return el(name, { "w:val": value });
}
