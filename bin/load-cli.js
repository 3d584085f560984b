"use strict";
/**
 * Loads the command line's bundle (build/cli/main.js), compiled from V8's code cache where `npm run build:cli` left
 * one for exactly this bundle (main.cache beside it: the bundle's SHA-256, the data's SHA-256, then V8's data). V8
 * itself checks only the bundle's length, its own version and flags, and reads damaged data as it comes; the hashes
 * make sure that a cache never meets another bundle and is whole. Without a cache, or with one V8 rejects, the bundle
 * compiles as it would through require.
 */
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const BUILD = path.join(__dirname, "..", "build", "cli");
const HASH_BYTES = 32;

const hashOf = (source) => createHash("sha256").update(source).digest();
const cacheFile = (folder) => path.join(folder, "main.cache");

/** V8's cached data for `source`, or undefined where there is none for it. */
function cachedDataFor(folder, source) {
  let cache;
  try {
    cache = fs.readFileSync(cacheFile(folder));
  } catch {
    return undefined;
  }
  const data = cache.subarray(2 * HASH_BYTES);
  const whole =
    data.length > 0 &&
    cache.subarray(0, HASH_BYTES).equals(hashOf(source)) &&
    cache.subarray(HASH_BYTES, 2 * HASH_BYTES).equals(hashOf(data));
  return whole ? data : undefined;
}

/** The bundle's exports, and the script it ran as (to make a cache from, once it has done its work). */
function loadCommandLine(folder = BUILD) {
  const main = path.join(folder, "main.js");
  const source = fs.readFileSync(main, "utf8");
  const script = new vm.Script(Module.wrap(source), { filename: main, cachedData: cachedDataFor(folder, source) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(main), module, main, folder);
  return { exports: module.exports, script, source };
}

/** Writes the cache of `script` (made after a run, so that the functions it compiled on the way are in it). */
function writeCodeCache(script, source, folder = BUILD) {
  const data = script.createCachedData();
  fs.writeFileSync(cacheFile(folder), Buffer.concat([hashOf(source), hashOf(data), data]));
}

/** Removes the cache, so that the bundle next loaded compiles without one. */
function removeCodeCache(folder = BUILD) {
  fs.rmSync(cacheFile(folder), { force: true });
}

module.exports = { loadCommandLine, writeCodeCache, removeCodeCache };
