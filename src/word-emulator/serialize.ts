/**
 * Body.getOoxml() of the in-page Word: the story as a Flat OPC package, the shape Word returns (pkg:package with
 * the main document part). Controls keep their kind, tag, title, lock and w:showingPlcHdr; tracked deletions are
 * w:del runs. Iterative, so a deeply nested story cannot overflow the stack.
 */
import type { ControlInfo, WmlNode } from "../core/ooxml/tree";
import { el, escapeXml, val } from "../core/ooxml/xml";
import type { DocumentStyles } from "./styles";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
const ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative";
const DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";

function kindElement(control: ControlInfo): string {
  const items = control.choices
    .map((choice) => el("w:listItem", { "w:displayText": choice, "w:value": choice }))
    .join("");
  switch (control.kind) {
    case "plainText":
      return el("w:text");
    case "date":
      return el("w:date", {}, val("w:dateFormat", "dd.MM.yyyy"), val("w:lid", "de-DE"));
    case "dropDown":
      return `<w:dropDownList>${items}</w:dropDownList>`;
    case "comboBox":
      return `<w:comboBox>${items}</w:comboBox>`;
    case "checkbox":
      return el("w14:checkbox");
    default:
      return "";
  }
}

function controlProperties(control: ControlInfo, id: number): string {
  return el(
    "w:sdtPr",
    {},
    control.title ? val("w:alias", control.title) : "",
    control.tag ? val("w:tag", control.tag) : "",
    val("w:id", id),
    control.lock === "none" ? "" : val("w:lock", control.lock),
    control.showingPlaceholder ? el("w:showingPlcHdr") : "",
    kindElement(control),
  );
}

function paragraphProperties(node: Extract<WmlNode, { type: "paragraph" }>): string {
  if (!node.style && node.outline === undefined) return "";
  return el(
    "w:pPr",
    {},
    node.style ? val("w:pStyle", node.style) : "",
    node.outline === undefined ? "" : val("w:outlineLvl", node.outline),
  );
}

/** A run with its formatting; a run in a hyperlink is wrapped in one of its own (to a bookmark: no relationship). */
function textRun(node: Extract<WmlNode, { type: "text" }>): string {
  const format =
    node.bold !== undefined || node.color
      ? el(
          "w:rPr",
          {},
          node.bold === undefined ? "" : val("w:b", node.bold ? 1 : 0),
          node.color ? val("w:color", node.color) : "",
        )
      : "";
  const run = el("w:r", {}, format, el("w:t", { "xml:space": "preserve" }, escapeXml(node.text)));
  return node.link === undefined ? run : el("w:hyperlink", { "w:anchor": `link${node.link}` }, run);
}

/** An inline picture as Word writes it, down to its alternative text and the decorative mark; no image data. */
function drawing(node: Extract<WmlNode, { type: "image" }>, id: number): string {
  const decorative = node.decorative
    ? el(
        "a:extLst",
        {},
        el("a:ext", { uri: DECORATIVE_EXTENSION }, el("adec:decorative", { "xmlns:adec": ADEC, val: 1 })),
      )
    : "";
  const picture = el(
    "pic:pic",
    { "xmlns:pic": PIC },
    el("pic:nvPicPr", {}, el("pic:cNvPr", { id, name: `Bild ${id}` }), el("pic:cNvPicPr")),
    el("pic:blipFill", {}, el("a:stretch", {}, el("a:fillRect"))),
    el("pic:spPr"),
  );
  return el(
    "w:drawing",
    {},
    el(
      "wp:inline",
      { "xmlns:wp": WP, "xmlns:a": A },
      el("wp:extent", { cx: 914400, cy: 914400 }),
      el("wp:docPr", { id, name: `Bild ${id}`, ...(node.alt ? { descr: node.alt } : {}) }, decorative),
      el("a:graphic", {}, el("a:graphicData", { uri: PIC }, picture)),
    ),
  );
}

/** The opening and closing markup of a container node; leaves give their whole markup as the opening. */
function markup(node: WmlNode, id: number): [string, string] {
  switch (node.type) {
    case "paragraph":
      return [`<w:p>${paragraphProperties(node)}`, "</w:p>"];
    case "table":
      return ["<w:tbl><w:tblPr/><w:tblGrid/>", "</w:tbl>"]; // both required by ECMA-376
    case "row":
      return [`<w:tr>${node.header ? el("w:trPr", {}, el("w:tblHeader")) : ""}`, "</w:tr>"];
    case "cell":
      return ["<w:tc>", "</w:tc>"];
    case "control":
      return [`<w:sdt>${controlProperties(node.control, id)}<w:sdtContent>`, "</w:sdtContent></w:sdt>"];
    case "text":
      return [textRun(node), ""];
    case "image":
      return [el("w:r", {}, drawing(node, id)), ""];
    case "deleted":
      return [
        el(
          "w:del",
          { "w:id": id, "w:author": "Word", "w:date": "2026-01-01T00:00:00Z" },
          el("w:r", {}, el("w:delText", { "xml:space": "preserve" }, escapeXml(node.text))),
        ),
        "",
      ];
    case "break":
      return ["<w:r><w:br/></w:r>", ""];
    case "tab":
      return ["<w:r><w:tab/></w:r>", ""];
  }
}

/** The body's blocks as WordprocessingML. */
export function serializeBody(nodes: WmlNode[]): string {
  const out: string[] = [];
  let id = 1;
  const stack: (WmlNode | string)[] = [...nodes].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const [open, close] = markup(item, id++);
    out.push(open);
    if (close) stack.push(close);
    if ("children" in item) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return out.join("");
}

/** What Body.getOoxml() returns: a Flat OPC package with the body's main part and the document's styles part. */
export function flatOpcOfBody(nodes: WmlNode[], styles: DocumentStyles): string {
  const document = `<w:document xmlns:w="${W}" xmlns:w14="${W14}"><w:body>${serializeBody(nodes)}</w:body></w:document>`;
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData>${document}</pkg:xmlData></pkg:part>` +
    '<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml">' +
    `<pkg:xmlData>${styles.xml()}</pkg:xmlData></pkg:part></pkg:package>`
  );
}
