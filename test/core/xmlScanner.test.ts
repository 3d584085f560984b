/**
 * The XML scanner against saxes, a conformant XML parser, as the oracle: on generated documents, well-formed and
 * broken, both must accept and refuse the same, and report the same elements, attributes and text. Where the
 * scanner is stricter, as XML 1.0 asks: a lone surrogate, which is no character and which saxes lets through in
 * attribute values (no part decoded from UTF-8 can hold one; only text handed over by Word's API could), and a
 * processing instruction whose target runs into its content without white space (`<?pi??>`).
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { SaxesParser } from "saxes";
import { decodeXml } from "../../src/core/docx/read";
import { scanXml, XmlError, xmlProblem } from "../../src/core/ooxml/xmlScanner";
import { SHARED_DIR } from "../support/shared";

type Verdict = { ok: true; events: string[] } | { ok: false; dtd: boolean };

/**
 * Element and attribute events, and the text between them joined (parsers may split text where they like); for
 * the corpus's large parts only a tally of them (elements, attributes, characters of values and of text).
 */
class Events {
  private readonly list: string[] = [];
  private text = "";
  private readonly tally = { elements: 0, attributes: 0, valueCharacters: 0, textCharacters: 0, other: 0 };

  constructor(private readonly keep: boolean) {}

  open(name: string, attributes: [string, string][]): void {
    this.tally.elements++;
    this.tally.attributes += attributes.length;
    for (const [, value] of attributes) this.tally.valueCharacters += value.length;
    if (this.keep) this.add(`open ${name} ${JSON.stringify(attributes)}`);
  }

  close(): void {
    if (this.keep) this.add("close");
  }

  addText(text: string): void {
    this.tally.textCharacters += text.length;
    if (this.keep) this.text += text;
  }

  other(event: string): void {
    this.tally.other++;
    if (this.keep) this.add(event);
  }

  private add(event: string): void {
    if (this.text) this.list.push(`text ${JSON.stringify(this.text)}`);
    this.text = "";
    this.list.push(event);
  }

  reported(): string[] {
    if (this.keep) this.add("end");
    return this.keep ? this.list : [JSON.stringify(this.tally)];
  }
}

function ours(xml: string, keep = true): Verdict {
  const events = new Events(keep);
  try {
    scanXml(xml, {
      open: (tag) =>
        events.open(
          tag.name,
          Array.from({ length: tag.count }, (_, i) => [tag.attributeName(i), tag.value(i)]),
        ),
      close: () => events.close(),
      text: (text) => events.addText(text.value()),
      comment: (text) => events.other(`comment ${JSON.stringify(text)}`),
      instruction: (target, body) => events.other(`pi ${target} ${JSON.stringify(body)}`),
    });
    return { ok: true, events: events.reported() };
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { ok: false, dtd: error.reason === "dtd" };
  }
}

function saxes(xml: string, keep = true): Verdict {
  const events = new Events(keep);
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let dtd = false;
  let failed = false;
  parser.on("opentag", (tag) => {
    depth++;
    events.open(tag.name, Object.entries(tag.attributes));
  });
  parser.on("closetag", () => {
    depth--;
    events.close();
  });
  parser.on("text", (text) => depth > 0 && events.addText(text));
  parser.on("cdata", (text) => events.addText(text));
  parser.on("comment", (text) => events.other(`comment ${JSON.stringify(text)}`));
  parser.on("processinginstruction", ({ target, body }) => events.other(`pi ${target} ${JSON.stringify(body)}`));
  // Both stop at the first problem: a DTD, or a mistake.
  parser.on("doctype", () => {
    dtd = true;
    throw new Error("DTD");
  });
  parser.on("error", () => {
    failed = true;
    throw new Error("not well-formed");
  });
  try {
    parser.write(xml).close();
  } catch {
    failed = true;
  }
  return failed || dtd ? { ok: false, dtd } : { ok: true, events: events.reported() };
}

const names = fc.constantFrom("w:p", "w:r", "w:t", "a", "b:c", "_x", "é", "x-y.z", "𐀀", "w:p2", "p", "r");
const attributeNames = fc.constantFrom("w:val", "val", "a", "b:c", "xmlns:w", "xmlns", "x", "é", "𐀀x");
const textPieces = fc.constantFrom(
  "Text",
  " ",
  "ä",
  "😀",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  "&#65;",
  "&#x1F600;",
  "&#x0;",
  "&#0000065;",
  "&bogus;",
  "&",
  "&amp",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "]]>",
  "]]",
  ">",
  "\u0001",
  "\uD800",
  "\uDC00",
  "\uFFFE",
  "'",
  '"',
);
const text = fc.array(textPieces, { maxLength: 6 }).map((pieces) => pieces.join(""));
const quoted = fc
  .tuple(
    fc.constantFrom('"', "'"),
    text.filter((t) => !t.includes("<")),
  )
  .map(([quote, value]) => `${quote}${value.split(quote).join("")}${quote}`);
const attribute = fc
  .tuple(attributeNames, fc.constantFrom("=", " = ", "=\n"), quoted)
  .map(([name, equals, value]) => `${name}${equals}${value}`);
const misc = fc.constantFrom("", " ", "\n", "<!-- c -->", "<?pi body?>", "<?pi?>", "<!---->");

const { element } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    text,
    tie("element"),
    fc.constantFrom("<!-- Kommentar -->", "<![CDATA[a < b & c]]>", "<![CDATA[\r\n]]>", "<?ziel inhalt ?>"),
  ),
  element: fc
    .tuple(
      names,
      fc.array(attribute, { maxLength: 4 }),
      fc.array(tie("node"), { maxLength: 4 }),
      fc.boolean(),
      fc.constantFrom("", " ", "\n"),
    )
    .map(([name, attributes, children, empty, space]) => {
      const start = `<${name}${attributes.map((a) => ` ${a}`).join("")}${space}`;
      return empty && children.length === 0 ? `${start}/>` : `${start}>${children.join("")}</${name}${space}>`;
    }),
}));

const declaration = fc.constantFrom(
  "",
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  "<?xml version='1.0'?>",
  '<?xml version="1.0" standalone="maybe"?>',
  '<?xml encoding="UTF-8"?>',
  ' <?xml version="1.0"?>',
);

const documents = fc
  .tuple(declaration, misc, element, misc)
  .map(([decl, before, root, after]) => `${decl}${before}${root}${after}`);

/** A document with one edit at a random place: most edits break it, some in ways that are hard to see. */
const edited = fc
  .tuple(
    documents,
    fc.nat(),
    fc.nat({ max: 3 }),
    fc.constantFrom("", "<", ">", "&", "/", '"', "'", "=", " ", "<a>", "</a>", "<!DOCTYPE x>", "-->", "<!--", "?>"),
  )
  .map(([xml, at, remove, insert]) => {
    const place = at % (xml.length + 1);
    return xml.slice(0, place) + insert + xml.slice(place + remove);
  });

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TARGET_RUNNING_ON = /<\?[^\s?>]*\?(?!>)/;

function expectAgreement(xml: string): void {
  const expected = saxes(xml);
  const actual = ours(xml);
  if (expected.ok && !actual.ok && (LONE_SURROGATE.test(xml) || TARGET_RUNNING_ON.test(xml))) return;
  expect(actual).toEqual(expected);
}

describe("the XML scanner agrees with a conformant parser", () => {
  test("on generated documents, well-formed or not", () => {
    fc.assert(
      fc.property(documents, (xml) => {
        expectAgreement(xml);
      }),
      { numRuns: 1500 },
    );
  });

  test("on documents with one edit at a random place", () => {
    fc.assert(
      fc.property(edited, (xml) => {
        expectAgreement(xml);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The XML parts of every package of the corpus that unzips. */
function* corpusParts(): Generator<[string, string]> {
  const folder = path.join(SHARED_DIR, "corpus/docx");
  for (const file of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    if (!/\.(docx|docm|dotx)$/i.test(file)) continue;
    let parts: Record<string, Uint8Array>;
    try {
      parts = unzipSync(readFileSync(path.join(folder, file)), {
        filter: (entry) => /\.(xml|rels)$/i.test(entry.name),
      });
    } catch {
      continue; // truncated or encrypted: no parts to compare
    }
    for (const [name, bytes] of Object.entries(parts)) yield [`${file}:${name}`, decodeXml(bytes)];
  }
}

test("every XML part of the corpus (real, odd and fuzzed packages) is read as saxes reads it", () => {
  let parts = 0;
  for (const [name, xml] of corpusParts()) {
    parts++;
    expect([name, ours(xml, false)]).toEqual([name, saxes(xml, false)]);
  }
  expect(parts).toBeGreaterThan(5000);
}, 120_000); // 45 MB of XML through both parsers: 6 s idle, several times that on a busy machine

describe("what the scanner reports", () => {
  const scanned = (xml: string) => ours(xml);

  test("a DTD is refused as such before the root; anywhere else it is a mistake", () => {
    expect(scanned("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>")).toEqual({ ok: false, dtd: true });
    expect(scanned("<!DOCTYPE a>")).toEqual({ ok: false, dtd: true });
    expect(scanned("<a/><!DOCTYPE a>")).toEqual({ ok: false, dtd: false });
    expect(scanned("<a><!DOCTYPE a></a>")).toEqual({ ok: false, dtd: false });
  });

  test("stricter than saxes where XML 1.0 is: lone surrogates, a target running into its instruction", () => {
    expect(scanned('<a v="\uD800"/>').ok).toBe(false);
    expect(scanned("<a>\uDC00</a>").ok).toBe(false);
    expect(scanned("<a><?pi??></a>").ok).toBe(false);
    expect(scanned("<a><?pi ??></a>")).toEqual({ ok: true, events: ["open a []", 'pi pi "?"', "close", "end"] });
  });

  test("references, line ends and white space in values are decoded as XML asks", () => {
    expect(scanned('<a v="1&#10;2\t3\r\n4 &lt;&amp;&gt;">x&#13;y\r\nz\rq<![CDATA[&amp;\r\n]]></a>')).toEqual({
      ok: true,
      events: [
        `open a ${JSON.stringify([["v", "1\n2 3 4 <&>"]])}`,
        `text ${JSON.stringify("x\ry\nz\nq&amp;\n")}`,
        "close",
        "end",
      ],
    });
  });

  test("an attribute given twice is refused, among few attributes and among very many", () => {
    expect(scanned('<a x="1" y="2" x="3"/>').ok).toBe(false);
    const many = Array.from({ length: 40 }, (_, i) => `a${i}="${i}"`).join(" ");
    expect(scanned(`<a ${many}/>`).ok).toBe(true);
    expect(scanned(`<a ${many} a33="again"/>`).ok).toBe(false);
    expect(scanned(`<a ${many} a39x="new"/>`).ok).toBe(true);
  });

  test("an element with 200,000 attributes is read in linear time", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `a${i}="${i}"`).join(" ");
    const started = Date.now();
    const result = scanned(`<a ${many}/>`);
    // Comparing each attribute with every other would take minutes; one pass takes well under a second.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.ok).toBe(true);
  });

  test("hostile shapes of a few megabytes each are read in linear time", () => {
    const cases = {
      references: `<a v="${"&amp;".repeat(400_000)}">${"&#x41;".repeat(300_000)}</a>`,
      nesting: `${"<a>".repeat(500_000)}${"</a>".repeat(500_000)}`,
      comments: `<a>${"<!-- - -->".repeat(300_000)}</a>`,
      brackets: `<a>${"]".repeat(3_000_000)}</a>`,
      lineEnds: `<a>${"x\r\n".repeat(1_000_000)}</a>`,
      longName: `<${"n".repeat(2_000_000)}/>`,
      cdata: `<a>${"<![CDATA[ ]]>".repeat(300_000)}</a>`,
    };
    const started = Date.now();
    for (const xml of Object.values(cases)) expect(ours(xml, false).ok).toBe(true);
    // Each takes well under a second; scanning again from every position would take hours.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test("names beyond ASCII and in the astral planes are names; other characters are not", () => {
    expect(scanned("<é𐀀 ü='1'/>").ok).toBe(true);
    expect(scanned("<a\u00d7/>").ok).toBe(false);
    expect(scanned("<\uD83D\uDE00/>").ok).toBe(true); // U+1F600: the astral planes up to U+EFFFF are name characters
    expect(scanned("<\uDB80\uDC00/>").ok).toBe(false); // U+F0000: private use, not a name character
  });

  test("an empty part is reported as empty, not as broken", () => {
    for (const xml of ["", "  \n", "<!-- nur ein Kommentar -->", '<?xml version="1.0"?>']) {
      let error: unknown;
      try {
        scanXml(xml, { open: () => undefined, close: () => undefined });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(XmlError);
      expect(xmlProblem(error as XmlError, xml, "Der Teil „x“", "DTD")).toBe("Der Teil „x“ ist leer.");
    }
  });

  test("the place of a mistake is its line and column, counted from 1", () => {
    const xml = "<a>\n  <b>\n  </c>\n</a>";
    let error: unknown;
    try {
      scanXml(xml, { open: () => undefined, close: () => undefined });
    } catch (e) {
      error = e;
    }
    expect(xmlProblem(error as XmlError, xml, "Das Dokument", "DTD")).toBe(
      "Das Dokument ist kein gültiges XML (Zeile 3, Zeichen 3).",
    );
  });
});
