/**
 * `ratsantwort check` throughput: the .docx files of ../shared/corpus/docx and generated 500-question answers,
 * in one process, with its peak memory (maxRSS, read by a preload hook at exit); and a folder of 5,000 answers.
 * cli_check_vs_floor: the check over the corpus against its floor (./floor.js: unzip and parse document.xml,
 * nothing else), run alternately five times each so that a busy machine slows both alike; the medians' ratio.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const GENERATED = 20;
/** A folder of 5,000 answers like the seed (8 questions): checked within 30 s. */
const FOLDER_FILES = 5000;
const QUESTIONS = 500;

function corpusFiles(root) {
  const dir = path.resolve(root, "../shared/corpus/docx");
  const walk = (d) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory()
          ? walk(path.join(d, e.name))
          : /\.(docx|docm|dotx)$/i.test(e.name)
            ? [path.join(d, e.name)]
            : [],
      );
  return fs.existsSync(dir) ? walk(dir) : [];
}

function generatedAnswers(root, dir) {
  const data = JSON.parse(fs.readFileSync(path.join(root, "docs/beispiel-antwort.json"), "utf8"));
  data.reasons = Array.from({ length: QUESTIONS }, (_, i) => ({
    frage: `Frage ${i + 1}: Wie viele Plätze gibt es?`,
    antwort: `Es sind ${i + 1}.000 Plätze.`,
  }));
  const dataFile = path.join(dir, "daten.json");
  fs.writeFileSync(dataFile, JSON.stringify(data));
  const first = path.join(dir, "antwort-0.docx");
  const made = spawnSync(process.execPath, [path.join(root, "bin/ratsantwort.js"), "new", "--data", dataFile, first], {
    encoding: "utf8",
  });
  if (made.status !== 0) throw new Error(made.stderr);
  return Array.from({ length: GENERATED }, (_, i) => {
    const file = path.join(dir, `antwort-${i}.docx`);
    if (i > 0) fs.copyFileSync(first, file);
    return file;
  });
}

const FLOOR_RUNS = 5;

function seconds(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The check against its floor over the same files, alternating, as medians of FLOOR_RUNS runs each. */
function againstFloor(root, files) {
  const check = [];
  const floor = [];
  for (let i = 0; i < FLOOR_RUNS; i++) {
    floor.push(seconds([path.join(__dirname, "floor.js"), ...files]));
    check.push(seconds([path.join(root, "bin/ratsantwort.js"), "check", "--json", "--today", "25.06.2013", ...files]));
  }
  const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
  return {
    cli_corpus_check_seconds: round(median(check), 2),
    cli_corpus_floor_seconds: round(median(floor), 2),
    cli_check_vs_floor: round(median(check) / median(floor), 2),
  };
}

exports.measure = ({ root }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratsantwort-bench-cli-"));
  try {
    const files = [...corpusFiles(root), ...generatedAnswers(root, dir)];
    const rssFile = path.join(dir, "maxrss");
    const preload = path.join(dir, "maxrss.js");
    fs.writeFileSync(
      preload,
      `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
    );
    const start = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      [
        "--require",
        preload,
        path.join(root, "bin/ratsantwort.js"),
        "check",
        "--json",
        "--today",
        "25.06.2013",
        ...files,
      ],
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const report = JSON.parse(run.stdout);
    const folder = path.join(dir, "ordner");
    fs.mkdirSync(folder);
    const seed = path.join(dir, "beispiel.docx");
    spawnSync(process.execPath, [
      path.join(root, "bin/ratsantwort.js"),
      "new",
      "--data",
      path.join(root, "docs/beispiel-antwort.json"),
      seed,
    ]);
    for (let i = 0; i < FOLDER_FILES; i++) fs.copyFileSync(seed, path.join(folder, `antwort-${i}.docx`));
    const folderStart = process.hrtime.bigint();
    spawnSync(process.execPath, [path.join(root, "bin/ratsantwort.js"), "check", "--json", folder], {
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
    });
    const folderSeconds = Number(process.hrtime.bigint() - folderStart) / 1e9;
    return {
      ...againstFloor(root, corpusFiles(root)),
      cli_check_folder_5000_seconds: Math.round(folderSeconds * 10) / 10,
      cli_check_files: files.length,
      cli_check_unreadable: report.files.filter((f) => !f.readable).length,
      cli_check_files_per_second: Math.round((files.length / seconds) * 10) / 10,
      cli_check_peak_rss_mb: Math.round(Number(fs.readFileSync(rssFile, "utf8")) / 1024),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
