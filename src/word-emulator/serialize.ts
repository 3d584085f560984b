/**
 * Body.getOoxml() of the in-page Word: the story as a Flat OPC package, the shape Word returns (pkg:package with
 * the main document part). Controls keep their kind, tag, title, lock and w:showingPlcHdr; tracked deletions are
 * w:del runs. Iterative, so a deeply nested story cannot overflow the stack.
 */
import type { ControlInfo, WmlNode } from "../core/ooxml/tree";
import { el, escapeXml, val } from "../core/ooxml/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

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

/** The opening and closing markup of a container node; leaves give their whole markup as the opening. */
function markup(node: WmlNode, id: number): [string, string] {
  switch (node.type) {
    case "paragraph":
      return [`<w:p>${node.style ? el("w:pPr", {}, val("w:pStyle", node.style)) : ""}`, "</w:p>"];
    case "table":
      return ["<w:tbl><w:tblPr/><w:tblGrid/>", "</w:tbl>"]; // both required by ECMA-376
    case "row":
      return ["<w:tr>", "</w:tr>"];
    case "cell":
      return ["<w:tc>", "</w:tc>"];
    case "control":
      return [`<w:sdt>${controlProperties(node.control, id)}<w:sdtContent>`, "</w:sdtContent></w:sdt>"];
    case "text":
      return [el("w:r", {}, el("w:t", { "xml:space": "preserve" }, escapeXml(node.text))), ""];
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

/** What Body.getOoxml() returns: a Flat OPC package whose main part holds the body. */
export function flatOpcOfBody(nodes: WmlNode[]): string {
  const document = `<w:document xmlns:w="${W}" xmlns:w14="${W14}"><w:body>${serializeBody(nodes)}</w:body></w:document>`;
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData>${document}</pkg:xmlData></pkg:part></pkg:package>`
  );
}
