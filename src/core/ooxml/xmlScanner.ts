/**
 * A strict XML 1.0 scanner for the parts of a .docx, in place of a general parser (saxes) that took twice its time
 * over the corpus's bodies (issue 17). It checks what well-formedness asks of a document without a DTD — names, quoting,
 * unique attributes, matching tags, characters, entity and character references, one root — and refuses any
 * DTD, so no entity is ever expanded. Attributes are kept as positions in the text and decoded only when asked
 * for: a body's elements carry many (revision ids) and its readers want a few.
 */

/**
 * Why the scanner stopped: a DTD (refused for safety), no element at all, or XML that is not well-formed;
 * `offset` says where.
 */
export class XmlError extends Error {
  constructor(
    readonly reason: "dtd" | "empty" | "syntax",
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** "Zeile L, Zeichen C" (both counted from 1) of an offset in `xml`. */
function placeOf(xml: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = xml.indexOf("\n"); at >= 0 && at < offset; at = xml.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `Zeile ${line}, Zeichen ${offset - lineStart + 1}`;
}

/** The German message for XML that cannot be read: a DTD (refused), or the place where it stops being well-formed. */
export function xmlProblem(error: XmlError, xml: string, what: string, dtd: string): string {
  if (error.reason === "dtd") return dtd;
  if (error.reason === "empty") return `${what} ist leer.`;
  return `${what} ist kein gültiges XML (${placeOf(xml, error.offset)}).`;
}

export interface XmlEvents {
  /** An element opens (an empty one is followed by `close` at once); `tag` is valid only during the call. */
  open(tag: XmlTag): void;
  close(): void;
  /** Character data inside the root element, CDATA sections included; `text` is valid only during the call. */
  text?(text: XmlText): void;
  comment?(text: string): void;
  instruction?(target: string, body: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BRACKET = 0x5d;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const COLON = 0x3a;
const HASH = 0x23;

/** Looked up once: a global read in the hot loop is slow where code runs in a VM context (Jest's tests). */
const imul = Math.imul;

const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR;

const NAME_START = 1;
const NAME_CHAR = 2;

/** For each ASCII character: NAME_START, NAME_CHAR (only inside a name) or 0 (none). */
const ASCII_NAME = new Uint8Array(0x80).map((_, c) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === COLON
    ? NAME_START
    : (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e
      ? NAME_CHAR
      : 0,
);

/** XML's NameStartChar beyond ASCII and below the astral planes (astral ones are checked as pairs). */
function isNameStartChar(c: number): boolean {
  if (c < 0x80) return ASCII_NAME[c] === NAME_START;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

function isNameChar(c: number): boolean {
  if (c < 0x80) return ASCII_NAME[c] !== 0;
  return isNameStartChar(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A code point XML allows as a character (Char), for character references. */
const isXmlChar = (cp: number) =>
  cp === TAB ||
  cp === LF ||
  cp === CR ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const PREDEFINED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["apos", "'"],
  ["quot", '"'],
]);

/** Per attribute in XmlTag.spans: name start, name end, colon (−1 for none), value start, value end, decode (0/1). */
const SPAN = 6;

/** Past this many attributes on one element, duplicates are found with a set rather than by comparing each pair. */
const FEW_ATTRIBUTES = 16;

/** An element as it opens: its name, and its attributes as positions, decoded on demand. */
export class XmlTag {
  name = "";
  prefix = "";
  local = "";
  count = 0;
  /** How many of its attributes are namespace declarations: most elements have none, and need no look for one. */
  declarations = 0;
  /** @internal */ spans = new Int32Array(SPAN * FEW_ATTRIBUTES);

  constructor(private readonly xml: string) {}

  /** The attribute's name as written, prefix and all. */
  attributeName(i: number): string {
    return this.xml.slice(this.spans[i * SPAN], this.spans[i * SPAN + 1]);
  }

  /** The attribute's prefix ("" for none). */
  attributePrefix(i: number): string {
    const colon = this.spans[i * SPAN + 2];
    return colon < 0 ? "" : this.xml.slice(this.spans[i * SPAN], colon);
  }

  /** Whether the attribute's name without its prefix is `local`, without making a string of it. */
  attributeLocalIs(i: number, local: string): boolean {
    const colon = this.spans[i * SPAN + 2];
    const start = colon < 0 ? this.spans[i * SPAN] : colon + 1;
    return this.spans[i * SPAN + 1] - start === local.length && this.xml.startsWith(local, start);
  }

  /** xmlns or xmlns:prefix: a namespace declaration, not an attribute. */
  isDeclaration(i: number): boolean {
    const start = this.spans[i * SPAN];
    const colon = this.spans[i * SPAN + 2];
    return (
      this.xml.startsWith("xmlns", start) && (colon < 0 ? this.spans[i * SPAN + 1] === start + 5 : colon === start + 5)
    );
  }

  /** The attribute's value, references replaced and white space normalised as XML asks. */
  value(i: number): string {
    const start = this.spans[i * SPAN + 3];
    const end = this.spans[i * SPAN + 4];
    return this.spans[i * SPAN + 5] ? decode(this.xml, start, end, true) : this.xml.slice(start, end);
  }
}

/** Character data as it is reported: decoded only when asked for. */
export class XmlText {
  /** @internal */ start = 0;
  /** @internal */ end = 0;
  /** @internal */ raw = false;
  /** @internal */ needsDecoding = false;

  constructor(private readonly xml: string) {}

  value(): string {
    if (this.raw) return textBetween(this.xml, this.start, this.end, this.needsDecoding);
    return this.needsDecoding ? decode(this.xml, this.start, this.end, false) : this.xml.slice(this.start, this.end);
  }
}

/** The text from `start` to `end` as it stands (CDATA, comments, instructions), its line ends normalised where `cr`. */
function textBetween(xml: string, start: number, end: number, cr: boolean): string {
  const text = xml.slice(start, end);
  return cr ? text.replace(/\r\n?/g, "\n") : text;
}

/** Replaces references (already checked) and line ends; in an attribute value, white space characters become spaces. */
function decode(xml: string, start: number, end: number, attribute: boolean): string {
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP) {
      const semicolon = xml.indexOf(";", i);
      out += xml.slice(from, i) + referenced(xml, i + 1, semicolon);
      i = semicolon;
      from = i + 1;
    } else if (c === CR || (attribute && (c === LF || c === TAB))) {
      out += xml.slice(from, i) + (attribute ? " " : "\n");
      if (c === CR && xml.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
    }
  }
  return out + xml.slice(from, end);
}

/** What the reference between `&` and `;` (from `start` to `semicolon`) stands for; null where it is not allowed. */
function referenced(xml: string, start: number, semicolon: number): string | null {
  if (xml.charCodeAt(start) !== HASH) return PREDEFINED.get(xml.slice(start, semicolon)) ?? null;
  const hex = xml.charCodeAt(start + 1) === 0x78; // x
  const digits = xml.slice(start + (hex ? 2 : 1), semicolon);
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
  const cp = parseInt(digits, hex ? 16 : 10);
  return isXmlChar(cp) ? String.fromCodePoint(cp) : null;
}

interface Name {
  name: string;
  prefix: string;
  local: string;
}

/** Longer names are not interned: the table is kept from part to part and must not hold on to big strings. */
const INTERNED_LENGTH = 64;
const TABLE_SIZE = 4096;

/**
 * Interned element names, split at their colon: a body repeats a few dozen names hundreds of thousands of times, and
 * so do the parts of a folder of answers. Bounded, so hostile names cost time, never memory.
 */
const names: (Name | undefined)[] = new Array(TABLE_SIZE);

/** The name from `start` to `end`, `colon` the index of its first colon in `xml` (−1 for none). */
function nameAt(xml: string, start: number, end: number, hash: number, colon: number): Name {
  const length = end - start;
  const at = colon < 0 ? -1 : colon - start;
  let slot = hash & (TABLE_SIZE - 1);
  for (let probe = 0; probe < 8 && length <= INTERNED_LENGTH; probe++, slot = (slot + 1) & (TABLE_SIZE - 1)) {
    const known = names[slot];
    if (known === undefined) return (names[slot] = splitName(copyOf(xml, start, end), at));
    if (known.name.length === length && xml.startsWith(known.name, start)) return known;
  }
  return splitName(xml.slice(start, end), at);
}

/**
 * The text from `start` to `end` as a string of its own: a slice may keep the whole part alive (V8 makes longer
 * substrings views of their parent), and the table outlives the part.
 */
function copyOf(xml: string, start: number, end: number): string {
  let copy = "";
  for (let i = start; i < end; i++) copy += xml[i];
  return copy;
}

function splitName(name: string, colon: number): Name {
  return colon < 0
    ? { name, prefix: "", local: name }
    : { name, prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** Reads `xml` from start to end, reporting what it holds to `events`; throws XmlError where it is not well-formed. */
export function scanXml(xml: string, events: XmlEvents): void {
  new Scanner(xml, events).document();
}

class Scanner {
  private pos = 0;
  private readonly open: string[] = [];
  private readonly tag: XmlTag;
  private readonly text: XmlText;

  constructor(
    private readonly xml: string,
    private readonly events: XmlEvents,
  ) {
    this.tag = new XmlTag(xml);
    this.text = new XmlText(xml);
  }

  private fail(offset: number, message: string): never {
    throw new XmlError("syntax", Math.min(offset, this.xml.length), message);
  }

  document(): void {
    const xml = this.xml;
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (xml.startsWith("<?xml", this.pos) && isSpace(xml.charCodeAt(this.pos + 5))) this.declaration();
    this.misc(true);
    if (this.pos >= xml.length) throw new XmlError("empty", this.pos, "no root element");
    this.element();
    this.content();
    this.misc(false);
    if (this.pos < xml.length) this.fail(this.pos, "content after the root element");
  }

  private declaration(): void {
    const end = this.xml.indexOf("?>", this.pos);
    if (end < 0) this.fail(this.xml.length, "unclosed XML declaration");
    const body = this.xml.slice(this.pos + 5, end);
    const valid =
      /^\s+version\s*=\s*(["'])1\.0\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/;
    if (!valid.test(body)) this.fail(this.pos, "malformed XML declaration");
    this.pos = end + 2;
  }

  /** Comments, instructions and white space before or after the root; stops at the root's `<` or the end. */
  private misc(beforeRoot: boolean): void {
    const xml = this.xml;
    for (;;) {
      while (isSpace(xml.charCodeAt(this.pos))) this.pos++;
      if (this.pos >= xml.length) return;
      if (xml.charCodeAt(this.pos) !== LT) this.fail(this.pos, "text outside the root element");
      if (xml.startsWith("<!--", this.pos)) this.comment();
      else if (xml.startsWith("<?", this.pos)) this.instruction();
      else if (!beforeRoot) this.fail(this.pos, "markup after the root element");
      else if (xml.startsWith("<!DOCTYPE", this.pos)) throw new XmlError("dtd", this.pos, "DTD refused");
      else return;
    }
  }

  /** The content of the open elements, until the root closes. */
  private content(): void {
    const xml = this.xml;
    while (this.open.length > 0) {
      const lt = this.characterData();
      if (lt >= xml.length) this.fail(lt, "unclosed element");
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) this.closeTag();
      else if (next === 0x21 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.comment();
        else if (xml.startsWith("<![CDATA[", lt)) this.cdata();
        else this.fail(lt, "markup declaration inside an element");
      } else if (next === 0x3f /* ? */) this.instruction();
      else this.element();
    }
  }

  /** Text from `pos` to the next `<` (or the end), checked and reported; returns where it stops. */
  private characterData(): number {
    const xml = this.xml;
    const start = this.pos;
    let decoding = false;
    let end = xml.indexOf("<", start);
    if (end < 0) end = xml.length;
    for (let i = start; i < end; i++) {
      const c = xml.charCodeAt(i);
      if (c >= SPACE && c < 0xd800 && c !== AMP && c !== BRACKET) continue;
      if (c === AMP) {
        i = this.reference(i);
        decoding = true;
      } else if (c < SPACE) {
        if (c === CR) decoding = true;
        else if (c !== LF && c !== TAB) this.fail(i, "character not allowed in XML");
      } else if (c === BRACKET) {
        if (xml.startsWith("]]>", i)) this.fail(i, "]]> in text");
      } else i = this.astral(i, c);
    }
    this.reportText(start, end, false, decoding);
    this.pos = end;
    return end;
  }

  /** Reports the character data from `start` to `end` (if any); `raw`: a CDATA section, without references. */
  private reportText(start: number, end: number, raw: boolean, needsDecoding: boolean): void {
    if (end <= start || !this.events.text) return;
    const text = this.text;
    text.start = start;
    text.end = end;
    text.raw = raw;
    text.needsDecoding = needsDecoding;
    this.events.text(text);
  }

  /** Checks a character at or above U+D800 at `i` (a surrogate pair, or not U+FFFE/U+FFFF); returns its last index. */
  private astral(i: number, c: number): number {
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(this.xml.charCodeAt(i + 1))) this.fail(i, "unpaired surrogate");
      return i + 1;
    }
    if (isLowSurrogate(c) || c === 0xfffe || c === 0xffff) this.fail(i, "character not allowed in XML");
    return i;
  }

  /** Checks the reference starting with `&` at `amp`; returns the index of its `;`. */
  private reference(amp: number): number {
    const semicolon = this.xml.indexOf(";", amp);
    if (semicolon < 0 || referenced(this.xml, amp + 1, semicolon) === null)
      this.fail(amp, "undefined or malformed reference");
    return semicolon;
  }

  /** Checks that every character from `start` to `end` is one XML allows; returns whether one of them is a CR. */
  private checkCharacters(start: number, end: number): boolean {
    let cr = false;
    for (let i = start; i < end; i++) {
      const c = this.xml.charCodeAt(i);
      if (c < SPACE) {
        if (c === CR) cr = true;
        else if (c !== LF && c !== TAB) this.fail(i, "character not allowed in XML");
      } else if (c >= 0xd800) i = this.astral(i, c);
    }
    return cr;
  }

  private comment(): void {
    const start = this.pos + 4;
    const dashes = this.xml.indexOf("--", start);
    if (dashes < 0) this.fail(this.xml.length, "unclosed comment");
    if (this.xml.charCodeAt(dashes + 2) !== GT) this.fail(dashes, "-- inside a comment");
    const cr = this.checkCharacters(start, dashes);
    this.events.comment?.(textBetween(this.xml, start, dashes, cr));
    this.pos = dashes + 3;
  }

  private cdata(): void {
    const start = this.pos + 9;
    const end = this.xml.indexOf("]]>", start);
    if (end < 0) this.fail(this.xml.length, "unclosed CDATA section");
    this.reportText(start, end, true, this.checkCharacters(start, end));
    this.pos = end + 3;
  }

  private instruction(): void {
    const xml = this.xml;
    const nameStart = this.pos + 2;
    const nameEnd = this.name(nameStart);
    const target = xml.slice(nameStart, nameEnd);
    if (target.toLowerCase() === "xml") this.fail(nameStart, "misplaced XML declaration");
    const end = xml.indexOf("?>", nameEnd);
    if (end < 0) this.fail(xml.length, "unclosed processing instruction");
    if (end > nameEnd && !isSpace(xml.charCodeAt(nameEnd))) this.fail(nameEnd, "malformed processing instruction");
    const cr = this.checkCharacters(nameEnd, end);
    let bodyStart = nameEnd;
    while (bodyStart < end && isSpace(xml.charCodeAt(bodyStart))) bodyStart++;
    this.events.instruction?.(target, textBetween(xml, bodyStart, end, cr));
    this.pos = end + 2;
  }

  /** Hash of the last name read (for interning) and the index of its first colon (−1 for none). */
  private hash = 0;
  private colon = -1;

  /** The end of the name starting at `start`, failing where none starts there; remembers its hash and colon. */
  private name(start: number): number {
    const xml = this.xml;
    let hash = 0;
    let colon = -1;
    let i = start;
    for (; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c < 0x80) {
        const kind = ASCII_NAME[c];
        if (kind === 0 || (i === start && kind !== NAME_START)) break;
        if (c === COLON && colon < 0) colon = i;
      } else if (isHighSurrogate(c)) {
        i = this.astralNameChar(i);
      } else if (i === start ? !isNameStartChar(c) : !isNameChar(c)) break;
      hash = (imul(hash, 31) + c) | 0;
    }
    if (i === start) this.fail(start, "name expected");
    this.hash = hash;
    this.colon = colon;
    return i;
  }

  /** Name characters in the astral planes: U+10000 to U+EFFFF, as a surrogate pair; returns its last index. */
  private astralNameChar(i: number): number {
    const cp = this.xml.codePointAt(i) ?? 0;
    if (cp < 0x10000 || cp > 0xeffff) this.fail(i, "name expected");
    return i + 1;
  }

  private element(): void {
    const xml = this.xml;
    const tag = this.tag;
    const nameStart = this.pos + 1;
    let i = this.name(nameStart);
    const name = nameAt(xml, nameStart, i, this.hash, this.colon);
    tag.name = name.name;
    tag.prefix = name.prefix;
    tag.local = name.local;
    tag.count = 0;
    tag.declarations = 0;
    for (;;) {
      const spaced = isSpace(xml.charCodeAt(i));
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.pos = i + 1;
        this.events.open(tag);
        this.open.push(tag.name);
        return;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) this.fail(i + 1, "> expected");
        this.pos = i + 2;
        this.events.open(tag);
        this.events.close();
        return;
      }
      if (i >= xml.length) this.fail(i, "unclosed start tag");
      if (!spaced) this.fail(i, "white space expected between attributes");
      i = this.attribute(i);
    }
  }

  /** Reads the attribute starting at `start` into the tag; returns where it ends. */
  private attribute(start: number): number {
    const xml = this.xml;
    const nameEnd = this.name(start);
    let i = nameEnd;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== EQUALS) this.fail(i, "= expected");
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) this.fail(i, "quoted value expected");
    const valueStart = ++i;
    const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", valueStart);
    if (valueEnd < 0) this.fail(xml.length, "unclosed attribute value");
    let decoding = false;
    for (; i < valueEnd; i++) {
      const c = xml.charCodeAt(i);
      if (c >= SPACE && c < 0xd800 && c !== LT && c !== AMP) continue;
      if (c === LT) this.fail(i, "< in an attribute value");
      if (c === AMP) {
        i = this.reference(i);
        decoding = true;
      } else if (c < SPACE) {
        if (c !== LF && c !== TAB && c !== CR) this.fail(i, "character not allowed in XML");
        decoding = true;
      } else i = this.astral(i, c);
    }
    this.addAttribute(start, nameEnd, valueStart, i, decoding);
    return i + 1;
  }

  private addAttribute(
    nameStart: number,
    nameEnd: number,
    valueStart: number,
    valueEnd: number,
    decoding: boolean,
  ): void {
    const tag = this.tag;
    if (this.isDuplicate(nameStart, nameEnd)) this.fail(nameStart, "attribute given twice");
    if ((tag.count + 1) * SPAN > tag.spans.length) {
      const grown = new Int32Array(tag.spans.length * 2);
      grown.set(tag.spans);
      tag.spans = grown;
    }
    const at = tag.count++ * SPAN;
    tag.spans[at] = nameStart;
    tag.spans[at + 1] = nameEnd;
    tag.spans[at + 2] = this.colon;
    tag.spans[at + 3] = valueStart;
    tag.spans[at + 4] = valueEnd;
    tag.spans[at + 5] = decoding ? 1 : 0;
    if (this.xml.charCodeAt(nameStart) === 0x78 /* x */ && tag.isDeclaration(tag.count - 1)) tag.declarations++;
  }

  /** Names of the attributes of a tag with very many, to find duplicates in linear time. */
  private seen = new Set<string>();

  private isDuplicate(nameStart: number, nameEnd: number): boolean {
    const xml = this.xml;
    const tag = this.tag;
    const length = nameEnd - nameStart;
    if (tag.count >= FEW_ATTRIBUTES) {
      if (tag.count === FEW_ATTRIBUTES) {
        this.seen.clear();
        for (let k = 0; k < tag.count; k++) this.seen.add(tag.attributeName(k));
      }
      const name = xml.slice(nameStart, nameEnd);
      if (this.seen.has(name)) return true;
      this.seen.add(name);
      return false;
    }
    for (let k = 0; k < tag.count; k++) {
      const start = tag.spans[k * SPAN];
      if (tag.spans[k * SPAN + 1] - start === length && sameText(xml, start, nameStart, length)) return true;
    }
    return false;
  }

  private closeTag(): void {
    const xml = this.xml;
    const name = this.open[this.open.length - 1];
    const start = this.pos + 2;
    let i = start + name.length;
    if (!xml.startsWith(name, start) || isNameChar(xml.charCodeAt(i)) || isHighSurrogate(xml.charCodeAt(i)))
      this.fail(this.pos, `</${name}> expected`);
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== GT) this.fail(i, "> expected");
    this.pos = i + 1;
    this.open.pop();
    this.events.close();
  }
}

function sameText(xml: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}
