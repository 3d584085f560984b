import { describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { buildAnswer } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { parseRelationships } from "../../src/core/docx/opc";
import { readWordBody, MAX_DEPTH } from "../../src/core/ooxml/read";
import { controlsOf, textOf } from "../../src/core/ooxml/tree";
import { HEADING_STYLES } from "../../src/core/ooxml/styles";

const profile = defaultProfile();

function read(xml: string) {
  const result = readWordBody(xml);
  if (!result.ok) throw new Error(result.error);
  return result.body;
}

describe("reading what the writer wrote", () => {
  const body = read(
    documentPart(
      buildAnswer(profile, {
        content: {
          values: { "header.author": "Thomas Lenz", "header.publicity": "öffentlich" },
          questions: { reasons: [{ question: "Wer?", answer: "Erster Absatz\nZweiter Absatz" }] },
        },
      }),
      true,
    ),
  );
  const controls = controlsOf(body);

  test("every section frame, in the profile's order, locked against deletion", () => {
    const frames = controls.filter((c) => c.node.control.tag.includes(":s:"));
    expect(frames.map((c) => c.node.control.title)).toEqual(profile.sections.map((s) => s.title));
    expect(frames.every((c) => c.node.control.lock === "sdtLocked" && c.ancestors.length === 0)).toBe(true);
  });

  test("fields keep tag, title, kind, choices and placeholder state", () => {
    const byTag = new Map(controls.map((c) => [c.node.control.tag, c.node]));
    const author = byTag.get("ratsantwort:1:wuppertal@1.0:f:header.author")!;
    expect(author.control).toMatchObject({
      title: "Bearbeiter/in",
      kind: "plainText",
      showingPlaceholder: false,
      lock: "none",
    });
    expect(textOf(author.children)).toBe("Thomas Lenz");
    const phone = byTag.get("ratsantwort:1:wuppertal@1.0:f:header.phone")!;
    expect(phone.control.showingPlaceholder).toBe(true);
    expect(textOf(phone.children)).toBe("Durchwahl, z. B. 563 1234");
    const publicity = byTag.get("ratsantwort:1:wuppertal@1.0:f:header.publicity")!;
    expect(publicity.control).toMatchObject({ kind: "dropDown", choices: ["öffentlich", "nichtöffentlich"] });
    expect(byTag.get("ratsantwort:1:wuppertal@1.0:f:header.date")!.control.kind).toBe("date");
    expect(byTag.get("ratsantwort:1:wuppertal@1.0:h:reason")!.control.lock).toBe("sdtContentLocked");
  });

  test("paragraph text, line structure and styles", () => {
    const answer = controls.find((c) => c.node.control.tag.endsWith(":qa:reasons"))!;
    expect(textOf(answer.node.children)).toBe("Erster Absatz\nZweiter Absatz");
    const heading = controls.find((c) => c.node.control.tag.endsWith(":h:reason"))!.node.children[0];
    expect(heading).toMatchObject({ type: "paragraph", style: HEADING_STYLES.section });
    const question = controls.find((c) => c.node.control.tag.endsWith(":q:reasons"))!;
    expect(textOf(question.node.children)).toBe("1. Wer?\nErster Absatz\nZweiter Absatz");
  });
});

describe("hostile and broken input gets a German message, never an exception", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  test("a DTD with entities (billion laughs) is refused", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    const result = readWordBody(xml);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("DTD") });
  });

  test("an external entity is refused", () => {
    const xml = `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(readWordBody(xml).ok).toBe(false);
  });

  test("nesting deeper than the bound is refused quickly, without a stack overflow", () => {
    const depth = 100_000;
    const xml = `<w:document ${W}><w:body>${"<w:sdt><w:sdtContent>".repeat(depth)}${"</w:sdtContent></w:sdt>".repeat(depth)}</w:body></w:document>`;
    expect(readWordBody(xml)).toEqual({ ok: false, error: expect.stringContaining("verschachtelt") });
  });

  test("nesting within the bound is read", () => {
    const depth = Math.floor(MAX_DEPTH / 2) - 5;
    const xml = `<w:document ${W}><w:body>${"<w:sdt><w:sdtContent>".repeat(depth)}<w:p><w:r><w:t>tief</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(depth)}</w:body></w:document>`;
    const body = read(xml);
    expect(controlsOf(body)).toHaveLength(depth);
    expect(textOf(body)).toBe("tief");
  });

  test("malformed XML and empty input", () => {
    expect(readWordBody("<w:document><w:body>")).toMatchObject({ ok: false });
    expect(readWordBody("")).toMatchObject({ ok: false });
    expect(readWordBody("nicht einmal XML")).toMatchObject({ ok: false });
  });

  test("past its budget of nodes, controls or characters, reading stops with a German message", () => {
    const limits = { nodes: 1000, controls: 100, characters: 10_000 };
    const many = (part: string, n: number) => `<w:document ${W}><w:body>${part.repeat(n)}</w:body></w:document>`;
    expect(readWordBody(many("<w:p/>", 1001), limits)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Das Dokument ist zu groß, um es zu prüfen \(mehr als 1\.000 Elemente\)/),
    });
    expect(readWordBody(many("<w:sdt><w:sdtContent/></w:sdt>", 101), limits)).toEqual({
      ok: false,
      error: expect.stringContaining("mehr als 100 Inhaltssteuerelemente"),
    });
    expect(readWordBody(many(`<w:p><w:r><w:t>${"x".repeat(5001)}</w:t></w:r></w:p>`, 2), limits)).toEqual({
      ok: false,
      error: expect.stringContaining("Mio. Zeichen"),
    });
    expect(readWordBody(many("<w:p/>", 1000), limits).ok).toBe(true);
  });

  test("element and attribute names that are names of JavaScript's objects are only names", () => {
    const xml = `<w:document ${W}><w:body><w:p><w:constructor/><w:toString/><w:__proto__ w:__proto__="x"/><w:hasOwnProperty/><w:r><w:t>da</w:t></w:r></w:p><w:sdt><w:sdtPr><w:lock w:val="constructor"/></w:sdtPr><w:sdtContent/></w:sdt></w:body></w:document>`;
    const body = read(xml);
    expect(textOf(body)).toBe("da");
    expect(controlsOf(body)[0].node.control.lock).toBe("none");
  });

  test("namespaces are resolved where declared, also on inner elements and with other prefixes", () => {
    const xml = `<doc:document xmlns:doc="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><doc:body><doc:p><x:r xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:t>eins</x:t></x:r></doc:p><doc:p><doc:r><w:t xmlns:w="urn:other">nicht</w:t></doc:r></doc:p></doc:body></doc:document>`;
    expect(textOf(read(xml))).toBe("eins\n");
  });

  test("an unprefixed attribute is in no namespace, whatever the default namespace of its element", () => {
    const xml = `<w:document ${W}><w:body><w:sdt><w:sdtPr xmlns="urn:other"><w:tag val="eigen"/><w:alias val="Titel"/></w:sdtPr><w:sdtContent/></w:sdt></w:body></w:document>`;
    const control = controlsOf(read(xml))[0].node.control;
    expect([control.tag, control.title]).toEqual(["eigen", "Titel"]);
  });

  test("a prefix bound again inside an element means the outer namespace again once that element closes", () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>eins</w:t></w:r><w:r xmlns:w="urn:other"><w:t>nicht</w:t></w:r><w:r><w:t>zwei</w:t></w:r></w:p></w:body></w:document>`;
    expect(textOf(read(xml))).toBe("einszwei");
  });

  test("malformed XML names its place, never the parser's own words", () => {
    expect(
      readWordBody(`<w:document ${W}><w:body><w:p><w:r><w:t>&#x1B;</w:t></w:r></w:p></w:body></w:document>`),
    ).toEqual({
      ok: false,
      error: expect.stringMatching(/^Das Dokument ist kein gültiges XML \(Zeile 1, Zeichen \d+\)\.$/),
    });
  });

  test("the place of malformed XML is its line and column (a wrong end tag: where it starts), also past the first line and in a package part", () => {
    const broken = `<w:document ${W}>\n<w:body>\n  <w:p><w:r><w:t>a < b</w:t></w:r></w:p>\n</w:body></w:document>`;
    expect(readWordBody(broken)).toEqual({
      ok: false,
      error: "Das Dokument ist kein gültiges XML (Zeile 3, Zeichen 21).",
    });
    expect(() => parseRelationships('<Relationships>\n\n<Relationship Id="a"></Relationships>', "_rels/.rels")).toThrow(
      "Der Teil „_rels/.rels“ ist kein gültiges XML (Zeile 3, Zeichen 22).",
    );
  });

  test("Strict OOXML namespaces are read", () => {
    const xml = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>strikt</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body></w:document>`;
    const body = read(xml);
    expect(controlsOf(body)[0].node.control.tag).toBe("x");
    expect(textOf(body)).toBe("strikt");
  });
});
