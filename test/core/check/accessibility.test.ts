/**
 * The Barrierefreiheit facts and rules on small bodies: what the reader takes from run, paragraph, row and table
 * properties, drawings and hyperlinks, and what each rule makes of it.
 */
import { describe, expect, test } from "@jest/globals";
import { accessibilityFacts } from "../../../src/core/check/accessibility/facts";
import { checkDocument } from "../../../src/core/check/run";
import type { AccessibilityFacts } from "../../../src/core/check/snapshot";
import {
  readStyleFacts,
  stylesPartOfPackage,
  styleFactsOrNull,
  type StyleFacts,
} from "../../../src/core/ooxml/documentStyles";
import { documentPart } from "../../../src/core/ooxml/package";
import { readWordBody } from "../../../src/core/ooxml/read";
import { stylesPart } from "../../../src/core/ooxml/styles";
import { defaultProfile, shippedProfiles } from "../../../src/core/profile";
import { formatTag } from "../../../src/core/tags";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = readStyleFacts(stylesPart());
const p = (runs: string, props = "") => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${runs}</w:p>`;
const r = (text: string, props = "") =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const style = (id: string) => `<w:pStyle w:val="${id}"/>`;

function factsOf(body: string, title: string | null = "Titel", facts: StyleFacts | null = styles): AccessibilityFacts {
  const read = readWordBody(documentPart(body, false));
  if (!read.ok) throw new Error(read.error);
  return accessibilityFacts(read.body, facts, title);
}

const findingsOf = (facts: AccessibilityFacts, profile = defaultProfile()) =>
  checkDocument({ controls: [], accessibility: facts }, profile, { today: { year: 2026, month: 1, day: 1 } }).filter(
    (f) => f.group === "accessibility",
  );

const rules = (facts: AccessibilityFacts) => findingsOf(facts).map((f) => [f.rule, f.messageId]);

describe("the styles part", () => {
  test("language from the defaults, headings by outline level, inherited, or by their built-in name", () => {
    const xml =
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>` +
      `<w:latentStyles w:defQFormat="0"><w:lsdException w:name="heading 1" w:qFormat="1"/></w:latentStyles>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Kapitel"><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Unterkapitel"><w:basedOn w:val="Kapitel"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>`;
    const facts = readStyleFacts(xml);
    expect(facts.language).toBe("en-US");
    expect(facts.defaultParagraphStyle).toBe("Normal");
    expect(facts.paragraphStyles.get("berschrift2")).toEqual({ outline: 1, bold: false });
    expect(facts.paragraphStyles.get("Kapitel")).toEqual({ outline: 0, bold: true });
    expect(facts.paragraphStyles.get("Unterkapitel")).toEqual({ outline: 0, bold: false });
    expect(facts.paragraphStyles.get("A")).toEqual({ bold: false }); // a basedOn cycle ends
  });

  test("table, character and numbering styles, closed or empty, are passed over; paragraph styles around them count", () => {
    const xml =
      `<w:styles ${W}><w:latentStyles/>` +
      `<w:style w:type="table" w:styleId="Gitter"/>` +
      `<w:style w:type="paragraph" w:styleId="Titel"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
      `<w:style w:styleId="Fett" w:type="character"><w:name w:val="heading 3"/><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="numbering" w:styleId="Liste"><w:pPr><w:numPr/></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:style></w:styles>`;
    const facts = readStyleFacts(xml);
    for (const passedOver of ["Gitter", "Fett", "Liste"]) expect(facts.paragraphStyles.get(passedOver)).toBeUndefined();
    expect(facts.paragraphStyles.get("Titel")).toEqual({ outline: 0, bold: false });
    expect(facts.paragraphStyles.get("Standard")).toEqual({ bold: false });
    expect(facts.language).toBe("de-DE");
  });

  test("paragraph styles read when asked for: a damaged one says nothing, the others and the language stay", () => {
    const xml =
      `<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Kaputt"><w:name w:val="heading 1 & 2"/><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Erbe"><w:basedOn w:val="Kaputt"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Ebene"><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
      `<w:style w:type='paragraph' w:styleId='Einfach'><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="A&amp;B"><w:name w:val="heading 4"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="C\tD"><w:name w:val="heading 5"/></w:style></w:styles>`;
    const facts = readStyleFacts(xml);
    expect(facts.language).toBe("de-DE");
    expect(facts.paragraphStyles.get("Kaputt")).toEqual({ bold: false });
    expect(facts.paragraphStyles.get("Erbe")).toEqual({ bold: false });
    expect(facts.paragraphStyles.get("Ebene")).toEqual({ outline: 2, bold: false });
    expect(facts.paragraphStyles.get("Einfach")).toEqual({ bold: true });
    expect(facts.paragraphStyles.get("A&B")).toEqual({ outline: 3, bold: false });
    expect(facts.paragraphStyles.get("C D")).toEqual({ outline: 4, bold: false }); // as the parser reads the tab
    expect(facts.paragraphStyles.get("Fehlt")).toBeUndefined();
  });

  test("a damaged part outside its paragraph styles costs all the facts", () => {
    const style = `<w:style w:type="paragraph" w:styleId="Kapitel"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;
    expect(styleFactsOrNull(`<w:styles ${W}>${style}<w:docDefaults>&bad;</w:docDefaults></w:styles>`)).toBeNull();
    expect(styleFactsOrNull(`<w:styles ${W}>${style}`)).toBeNull();
  });

  test("a part of 100,000 unclosed latentStyles and table styles is refused at once, not searched through again and again", () => {
    for (const opening of ["<w:latentStyles>", '<w:style w:type="table">'])
      expect(styleFactsOrNull(`<w:styles ${W}>` + opening.repeat(100_000))).toBeNull();
  });

  test("a damaged or missing styles part costs only the facts; the package's styles part is found", () => {
    expect(styleFactsOrNull("<w:styles")).toBeNull();
    expect(styleFactsOrNull(null)).toBeNull();
    const flat = `<pkg:package><pkg:part pkg:name="/word/styles.xml" pkg:contentType="x"><pkg:xmlData><w:styles ${W}/></pkg:xmlData></pkg:part></pkg:package>`;
    expect(stylesPartOfPackage(flat)).toBe(`<w:styles ${W}/>`);
    expect(stylesPartOfPackage("<pkg:package/>")).toBeNull();
  });
});

describe("the facts of a body's structure", () => {
  const b = "<w:b/>";
  const red = '<w:color w:val="FF0000"/>';
  const cell = (...blocks: string[]) => `<w:tc>${blocks.join("")}</w:tc>`;
  const table = (...cells: string[]) => `<w:tbl><w:tblPr/><w:tr>${cells.join("")}</w:tr></w:tbl>`;
  const sdt = (tag: string, ...blocks: string[]) =>
    `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${blocks.join("")}</w:sdtContent></w:sdt>`;
  const link = (...runs: string[]) => `<w:hyperlink w:anchor="x">${runs.join("")}</w:hyperlink>`;
  const spacingAt = (facts: AccessibilityFacts) => facts.spacing.map((s) => [s.place.paragraph, s.count]);

  test("inside a table cell: no heading in disguise, no spacing; the table is placed at its first paragraph", () => {
    const facts = factsOf(table(cell(p(r("Ziel", b)), p(r("Text"))), cell(p(""), p(""), p(r("+")))) + p(r("Ende")));
    expect(facts.boldLines).toEqual([]);
    expect(facts.spacing).toEqual([]);
    expect(facts.tables.map((t) => t.place)).toEqual([{ paragraph: 0, text: "Ziel" }]);
  });

  test("a table without rows has no place and no facts", () => {
    expect(factsOf("<w:tbl><w:tblPr/></w:tbl>" + p(r("Text"))).tables).toEqual([]);
  });

  test("a line holding a field (a content control) is the add-in's, no heading in disguise", () => {
    const line = `<w:p>${sdt("fremd", r("Sitzung am", b))}</w:p>`;
    expect(factsOf(line + p(r("Text"))).boldLines).toEqual([]);
  });

  test("an emptied field's only paragraph is no spacing; empty paragraphs beside text in a control are", () => {
    expect(factsOf(sdt("feld", p("")) + p(r("Text"))).spacing).toEqual([]);
    expect(spacingAt(factsOf(sdt("rahmen", p(""), p(""), p(r("Text"))) + p(r("Ende"))))).toEqual([[0, 2]]);
  });

  test("the paragraph after one of our section frames is structure; after another control it is spacing", () => {
    const frame = formatTag({ profile: defaultProfile(), role: "section", key: "reasons" });
    const field = formatTag({ profile: defaultProfile(), role: "field", key: "header.author" });
    expect(factsOf(sdt(frame, p(r("Begründung"))) + p("") + p(r("Text"))).spacing).toEqual([]);
    expect(spacingAt(factsOf(sdt(field, p(r("Lenz"))) + p("") + p(r("Text"))))).toEqual([[1, 1]]);
    expect(spacingAt(factsOf(sdt("fremd", p(r("Text"))) + p("") + p(r("Text"))))).toEqual([[1, 1]]);
  });

  test("an empty paragraph is needed only with nothing but tables around it; beside text, before or after a table, it is spacing", () => {
    const grid = table(cell(p(r("a"))));
    expect(spacingAt(factsOf(grid + p("") + p(r("Text")) + p(r("Ende"))))).toEqual([[1, 1]]);
    expect(spacingAt(factsOf(p(r("Text")) + p("") + grid + p(r("Ende"))))).toEqual([[1, 1]]);
    expect(factsOf(p(r("Text")) + grid + p("")).spacing).toEqual([]);
    expect(factsOf(p("") + grid + p(r("Ende"))).spacing).toEqual([]);
    expect(spacingAt(factsOf(p(r("A")) + p("") + p(r("B")) + grid + p("") + grid + p(r("C"))))).toEqual([[1, 1]]);
  });

  test("a paragraph holding only a picture or a line break is not empty", () => {
    const picture =
      '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="a" descr="Foto"/></wp:inline></w:drawing></w:r>';
    expect(factsOf(p(r("A")) + p(picture) + p("<w:r><w:br/></w:r>") + p(r("B"))).spacing).toEqual([]);
  });

  test("a text box's paragraphs are not its anchor paragraph's: their words, links and colours stay theirs", () => {
    const textBox = (inner: string) =>
      `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const facts = factsOf(p(r("Siehe Kasten ") + textBox(p(r("rot", red)) + p(link(r("hier")))) + r(".")));
    expect(facts.coloured).toEqual([]);
    expect(facts.links).toEqual([]);
    // Its place's text is Word's text of the paragraph, the box's lines included, as without a box it is its runs'.
    const headed = (content: string) => factsOf(p(content, style("Heading1")) + p(r("Text"))).headings[0].place.text;
    expect(headed(r("Siehe Kasten ") + textBox(p(r("rot")) + p(r("hier"))) + r("."))).toBe("Siehe Kasten rot\nhier\n.");
    expect(headed(r("Eins") + "<w:r><w:tab/><w:t>zwei</w:t><w:br/><w:t>drei</w:t></w:r>")).toBe("Eins\tzwei\ndrei");
  });

  test("bold is judged by the visible words: spaces in other runs do not count", () => {
    expect(factsOf(p(r("Ergebnis", b) + r("  ")) + p(r("Text"))).boldLines).toHaveLength(1);
    expect(factsOf(p(r("Ergebnis", b) + r("und mehr")) + p(r("Text"))).boldLines).toEqual([]);
    expect(factsOf(p(r("Ergebnis", b)) + p(r("  ", b) + r("Text"))).boldLines).toHaveLength(1);
    // 150 characters is still a heading's length; a bold line followed by an empty one is none (that is no body text).
    expect(factsOf(p(r("x".repeat(150), b)) + p(r("Text"))).boldLines).toHaveLength(1);
    expect(factsOf(p(r("Ergebnis", b)) + p("") + p(r("Text"))).boldLines).toEqual([]);
  });

  test("an empty paragraph in a heading style is no heading", () => {
    expect(factsOf(p("", style("Heading1")) + p(r("Text"))).headings).toEqual([]);
  });

  test("places carry the first 80 characters of their paragraph; the title is trimmed", () => {
    const long = "Lang ".repeat(40).trim();
    const facts = factsOf(p(r(long), style("Heading1")) + p(r("Text")), "  Antwort VO/0548/13/1-A  ");
    expect(facts.headings[0].place).toEqual({ paragraph: 0, text: long.slice(0, 80) });
    expect(facts.title).toBe("Antwort VO/0548/13/1-A");
  });

  test("links: their text trimmed, one per link; text outside links is none", () => {
    const facts = factsOf(p(r("Siehe ") + link(r(" Vereinbarung "))) + p(r("Kein Link")));
    expect(facts.links.map((l) => [l.place.paragraph, l.text])).toEqual([[0, "Vereinbarung"]]);
  });

  test("colour: 'auto' is plain; a coloured link, bold or space is not a coloured word", () => {
    expect(factsOf(p(r("Frist ", '<w:color w:val="auto"/>') + r("rot", red))).coloured).toEqual([
      { place: { paragraph: 0, text: "Frist rot" }, colour: "FF0000" },
    ]);
    expect(factsOf(p(r("Frist ") + link(r("blau", '<w:color w:val="0000FF"/>')))).coloured).toEqual([]);
    expect(factsOf(p(r("Frist") + r(" ", red))).coloured).toEqual([]);
    expect(
      factsOf(p(r("Frist ") + r("rot", `<w:b/>${red}`) + r(" grün", '<w:color w:val="00FF00"/>'))).coloured,
    ).toEqual([{ place: { paragraph: 0, text: "Frist rot grün" }, colour: "00FF00" }]);
  });

  test("pictures are placed at their paragraph, each of several", () => {
    const picture = (descr: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="a" descr="${descr}"/></wp:inline></w:drawing></w:r>`;
    const facts = factsOf(p(r("Text")) + p(picture("A") + r(" und ") + picture("B")));
    expect(facts.images.map((i) => [i.place.paragraph, i.alt])).toEqual([
      [1, "A"],
      [1, "B"],
    ]);
  });
});

describe("the rules", () => {
  test("a skipped level and a first heading below 1; headings by style and by direct outline level", () => {
    const body =
      p(r("Zwei"), style("Heading2")) + p(r("Text")) + p(r("Vier"), '<w:outlineLvl w:val="3"/>') + p(r("Text"));
    const facts = factsOf(body);
    expect(facts.headings.map((h) => h.level)).toEqual([2, 4]);
    expect(findingsOf(facts).map((f) => [f.messageId, f.message.de])).toEqual([
      ["startsLow", expect.stringContaining("„Zwei“ hat Ebene 2")],
      ["skipped", expect.stringContaining("„Vier“ hat Ebene 4, die vorige Ebene 2")],
    ]);
    expect(rules(factsOf(p(r("Eins"), style("Heading1")) + p(r("Zwei"), style("Heading2"))))).toEqual([]);
  });

  test("a bold line is a heading in disguise only alone, short, outside tables and before plain text", () => {
    expect(rules(factsOf(p(r("Ergebnis", "<w:b/>")) + p(r("Der Text."))))).toEqual([["manualHeadings", "boldLine"]]);
    expect(rules(factsOf(p(r("Ergebnis", '<w:b w:val="0"/>')) + p(r("Der Text."))))).toEqual([]);
    expect(rules(factsOf(p(r("Ergebnis", "<w:b/>")) + p(r("Auch fett.", "<w:b/>"))))).toEqual([]);
    expect(rules(factsOf(p(r("x".repeat(151), "<w:b/>")) + p(r("Der Text."))))).toEqual([]);
    expect(rules(factsOf(p(r("Ergebnis", "<w:b/>"))))).toEqual([]); // nothing after it
    // Bold through its paragraph style counts too; a heading style is no disguise.
    expect(rules(factsOf(p(r("Ergebnis"), style("RatsantwortFett")) + p(r("Text."))))).toEqual([
      ["manualHeadings", "boldLine"],
    ]);
  });

  test("pictures: without text, with text, decorative", () => {
    const drawing = (docPr: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">${docPr}</wp:inline></w:drawing></w:r>`;
    const decorative =
      '<wp:docPr id="3" name="c"><a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">' +
      '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst></wp:docPr>';
    const facts = factsOf(
      p(drawing('<wp:docPr id="1" name="a"/>')) +
        p(drawing('<wp:docPr id="2" name="b" title="Diagramm" descr="Arbeitslosenquote 2012: 9,3 %"/>')) +
        p(drawing(decorative)),
    );
    expect(facts.images.map(({ alt, decorative }) => [alt, decorative])).toEqual([
      ["", false],
      ["Arbeitslosenquote 2012: 9,3 %", false],
      ["", true],
    ]);
    expect(findingsOf(facts).map((f) => [f.rule, f.place?.paragraph])).toEqual([["altText", 0]]);
  });

  test("tables: a header row, a layout table (no style) and a data table without header", () => {
    const row = (header: boolean, ...cells: string[]) =>
      `<w:tr>${header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells.map((c) => `<w:tc>${p(r(c))}</w:tc>`).join("")}</w:tr>`;
    const table = (tblPr: string, ...rows: string[]) => `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${rows.join("")}</w:tbl>`;
    const grid = '<w:tblStyle w:val="TableGrid"/>';
    const body = [
      table(grid, row(true, "Ziel", "Bewertung"), row(false, "Ziel 1", "+")),
      p(""),
      table("", row(false, "Telefon", "747 63 800"), row(false, "Fax", "747 63 809")),
      p(""),
      table(grid, row(false, "A", "1"), row(false, "B", "2")),
      p(""),
      table(grid, row(false, "Nur eine Zeile", "1")),
      p(r("Ende")),
    ].join("");
    const facts = factsOf(body);
    expect(facts.tables.map(({ rows, headerRow, layout }) => [rows, headerRow, layout])).toEqual([
      [2, true, false],
      [2, false, true],
      [2, false, false],
      [1, false, false],
    ]);
    expect(findingsOf(facts).map((f) => [f.rule, f.place?.text])).toEqual([["tableHeader", "A"]]);
    expect(facts.spacing).toEqual([]); // the paragraphs that keep tables apart are not spacing
  });

  test("spacing: runs of empty paragraphs, one finding each, counted; not the last, not a table's, not in a cell", () => {
    const facts = factsOf(p(r("A")) + p("") + p("") + p("  ") + p(r("B")) + p("") + p(r("C")) + p(""));
    expect(facts.spacing).toEqual([
      { place: { paragraph: 1, text: "" }, count: 3 },
      { place: { paragraph: 5, text: "" }, count: 1 },
    ]);
    expect(findingsOf(facts).map((f) => [f.messageId, f.message.de.slice(0, 20), f.repair])).toEqual([
      ["several", "3 leere Absätze dien", "removeSpacing"],
      ["one", "Ein leerer Absatz di", "removeSpacing"],
    ]);
  });

  test("links: vague texts, across runs, whatever the case and a trailing colon", () => {
    const link = (...runs: string[]) => `<w:hyperlink w:anchor="x">${runs.join("")}</w:hyperlink>`;
    const facts = factsOf(
      p(r("Die Vereinbarung finden Sie ") + link(r("hi"), r("er:"))) +
        p(link(r("Zielvereinbarung 2013 (PDF)"))) +
        p(link(r("Mehr"))),
    );
    expect(facts.links.map((l) => l.text)).toEqual(["hier:", "Zielvereinbarung 2013 (PDF)", "Mehr"]);
    expect(findingsOf(facts).map((f) => [f.rule, f.data.text])).toEqual([
      ["linkText", { quoted: "hier:" }],
      ["linkText", { quoted: "Mehr" }],
    ]);
  });

  test("links: texts of 100,000 full stops, vague or not, are judged in linear time", () => {
    const dots = ".".repeat(100_000);
    const link = (text: string) => p(`<w:hyperlink w:anchor="x">${r(text)}</w:hyperlink>`);
    const facts = factsOf(link(`hier${dots}`) + link(`${dots}Zielvereinbarung`));
    const started = Date.now();
    expect(findingsOf(facts).map((f) => f.data.text)).toEqual([{ quoted: `hier${dots}` }]);
    expect(Date.now() - started).toBeLessThan(1000); // milliseconds; `/[.:!…\s]+$/` took some twenty seconds
  });

  test("colour: coloured words among plain ones, unless bold, black, grey or a whole coloured paragraph", () => {
    const red = '<w:color w:val="FF0000"/>';
    expect(rules(factsOf(p(r("Frist: ") + r("überschritten", red))))).toEqual([["colourOnly", "colour"]]);
    expect(rules(factsOf(p(r("Frist: ") + r("überschritten", `<w:b/>${red}`))))).toEqual([]);
    expect(rules(factsOf(p(r("Frist: ") + r("grau", '<w:color w:val="808080"/>'))))).toEqual([]);
    expect(rules(factsOf(p(r("Frist: ") + r("schwarz", '<w:color w:val="000000"/>'))))).toEqual([]);
    expect(rules(factsOf(p(r("Alles rot", red))))).toEqual([]);
  });

  test("title and language: missing, another language, or unknown (then nothing is said)", () => {
    expect(rules(factsOf(p(r("Text")), ""))).toEqual([["documentTitle", "missing"]]);
    expect(findingsOf(factsOf(p(r("Text")), ""))[0].repair).toBe("setTitle");
    expect(rules(factsOf(p(r("Text")), null, null))).toEqual([]);
    const english = readStyleFacts(
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
    );
    expect(findingsOf(factsOf(p(r("Text")), "T", english)).map((f) => [f.messageId, f.message.de])).toEqual([
      ["notGerman", expect.stringContaining("„en-US“")],
    ]);
    expect(rules(factsOf(p(r("Text")), "T", readStyleFacts(`<w:styles ${W}/>`)))).toEqual([
      ["documentLanguage", "missing"],
    ]);
  });

  test("their weight is the profile's: Hinweise for Wuppertal, Fehler for Musterstadt; shown after the sections", () => {
    const facts = factsOf(p(r("Text")), "");
    const [wuppertal, musterstadt] = ["wuppertal", "musterstadt"].map((id) =>
      shippedProfiles().find((profile) => profile.id === id)!,
    );
    expect(findingsOf(facts, wuppertal).map((f) => f.severity)).toEqual(["hint"]);
    expect(findingsOf(facts, musterstadt).map((f) => f.severity)).toEqual(["error"]);
    const all = checkDocument({ controls: [], accessibility: facts }, wuppertal, {
      today: { year: 2026, month: 1, day: 1 },
    });
    expect(all[all.length - 1].rule).toBe("documentTitle");
  });

  test("a reader without a body tree (Word's collections) gives no facts, and nothing is said", () => {
    const all = checkDocument({ controls: [], partial: true }, defaultProfile(), {
      today: { year: 2026, month: 1, day: 1 },
    });
    expect(all.filter((f) => f.group)).toEqual([]);
  });
});
