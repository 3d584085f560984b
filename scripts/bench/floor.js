#!/usr/bin/env node
/**
 * The floor `ratsantwort check` is measured against (issue 17): for each file, read it, inflate
 * word/document.xml with fflate and pass it through saxes with no handler — what no check of a .docx can avoid.
 *   node scripts/bench/floor.js FILE.docx ...
 */
"use strict";
const fs = require("fs");
const { strFromU8, unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");

let read = 0;
for (const file of process.argv.slice(2)) {
  try {
    const parts = unzipSync(fs.readFileSync(file), { filter: (entry) => entry.name === "word/document.xml" });
    const parser = new SaxesParser({ xmlns: true });
    parser.write(strFromU8(parts["word/document.xml"])).close();
    read++;
  } catch {
    // An unreadable file costs the floor what it cost to find out, as it costs the check.
  }
}
process.stdout.write(`${read}\n`);
