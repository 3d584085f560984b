/**
 * Hostile input, each root cause of issue 13 built here and run through `ratsantwort` in a process of its own: its
 * seconds, its peak memory and its exit code. Figures only; the budgets in scripts/bench.js judge the memory.
 */
"use strict";
const { spawnSync, execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { strToU8, zipSync } = require("fflate");

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const TAG = (role, key) => `<w:sdtPr><w:tag w:val="ratsantwort:1:wuppertal@1.0:${role}:${key}"/></w:sdtPr>`;

function docx(file, body, parts = {}) {
  const document = typeof body === "string" ? strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) : body;
  fs.writeFileSync(
    file,
    zipSync(
      {
        "[Content_Types].xml": strToU8(CONTENT_TYPES),
        "_rels/.rels": strToU8(RELS),
        "word/document.xml": document,
        ...parts,
      },
      { level: 9 },
    ),
  );
}

/** 192 MiB of empty paragraphs, assembled as bytes (a string that long would be the bench's own problem). */
function emptyParagraphs(mebibytes) {
  const chunk = strToU8("<w:p/>".repeat(1 << 20));
  const head = strToU8(`<w:document ${W}><w:body>`);
  const tail = strToU8("</w:body></w:document>");
  const count = Math.round((mebibytes * 1024 * 1024) / chunk.length);
  const bytes = new Uint8Array(head.length + chunk.length * count + tail.length);
  bytes.set(head, 0);
  for (let i = 0; i < count; i++) bytes.set(chunk, head.length + i * chunk.length);
  bytes.set(tail, head.length + count * chunk.length);
  return bytes;
}

/** name → [command arguments, builder of its input in `dir`] */
const CASES = {
  empty_controls_150k: (dir) =>
    docx(path.join(dir, "a.docx"), `<w:p>${"<w:sdt><w:sdtContent></w:sdtContent></w:sdt>".repeat(150_000)}</w:p>`),
  object_names: (dir) =>
    docx(path.join(dir, "a.docx"), "<w:p><w:toString/><w:constructor/><w:__proto__/><w:r><w:t>x</w:t></w:r></w:p>"),
  empty_paragraphs_192mib: (dir) => docx(path.join(dir, "a.docx"), emptyParagraphs(192)),
  nested_990_around_8mib: (dir) =>
    docx(
      path.join(dir, "a.docx"),
      `${"<w:sdt><w:sdtContent>".repeat(990)}<w:p><w:r><w:t>${"x".repeat(8 << 20)}</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(990)}`,
    ),
  controls_1m: (dir) =>
    docx(
      path.join(dir, "a.docx"),
      `<w:p><w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent><w:r><w:t>a</w:t></w:r></w:sdtContent></w:sdt></w:p>`.repeat(
        1_000_000,
      ),
    ),
  question_pairs_500k: (dir) =>
    docx(
      path.join(dir, "a.docx"),
      `<w:sdt>${TAG("s", "reasons")}<w:sdtContent>${`<w:sdt>${TAG("q", "reasons")}<w:sdtContent><w:p><w:sdt>${TAG("qn", "reasons")}<w:sdtContent><w:r><w:t>1.</w:t></w:r></w:sdtContent></w:sdt></w:p></w:sdtContent></w:sdt>`.repeat(500_000)}</w:sdtContent></w:sdt>`,
    ),
  nested_990_around_500k_runs: (dir) =>
    docx(
      path.join(dir, "a.docx"),
      `${"<w:sdt><w:sdtContent>".repeat(990)}<w:p>${"<w:r><w:t>ab</w:t></w:r>".repeat(500_000)}</w:p>${"</w:sdtContent></w:sdt>".repeat(990)}`,
    ),
  rels_nested_100k: (dir) =>
    docx(path.join(dir, "a.docx"), "<w:p/>", {
      "_rels/.rels": strToU8(
        RELS.replace("</Relationships>", `${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</Relationships>`),
      ),
    }),
  foreign_controls_20k: (dir) =>
    docx(
      path.join(dir, "a.docx"),
      `<w:p><w:sdt><w:sdtPr><w:tag w:val="ratsantwort:1:musterstadt@1.0:f:header.author"/></w:sdtPr><w:sdtContent><w:r><w:t>a</w:t></w:r></w:sdtContent></w:sdt></w:p>`.repeat(
        20_000,
      ),
    ),
  device_and_fifo: (dir) => {
    fs.symlinkSync("/dev/zero", path.join(dir, "zero.docx"));
    execFileSync("mkfifo", [path.join(dir, "pipe.docx")]);
    fs.symlinkSync(".", path.join(dir, "self"));
  },
};

const QUESTIONS_CASE = "questions_split_5mb";

function run(root, args, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, path.join(root, "bin/ratsantwort.js"), ...args],
    { input, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kilobytes = Number(result.stderr.trim().split("\n").pop());
  return { seconds: Math.round(seconds * 10) / 10, mb: Math.round(kilobytes / 1024), code: result.status };
}

exports.caseNames = [...Object.keys(CASES), QUESTIONS_CASE];

exports.measure = ({ root }) => {
  if (!fs.existsSync("/usr/bin/time")) throw new Error("/usr/bin/time fehlt (Debian-Paket time)");
  const figures = {};
  for (const [name, build] of Object.entries(CASES)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ratsantwort-hostile-${name}-`));
    try {
      build(dir);
      const measured = run(root, ["check", "--json", dir]);
      figures[`hostile_${name}_seconds`] = measured.seconds;
      figures[`hostile_${name}_mb`] = measured.mb;
      figures[`hostile_${name}_exit`] = measured.code;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const split = run(root, ["questions"], "1. ".repeat(Math.ceil(5_000_000 / 3)));
  figures[`hostile_${QUESTIONS_CASE}_seconds`] = split.seconds;
  figures[`hostile_${QUESTIONS_CASE}_mb`] = split.mb;
  return figures;
};
