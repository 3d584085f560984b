/** Reading the command line's input files with bounded sizes and German messages. */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "fs";
import { lstat, readdir, realpath, stat, writeFile } from "fs/promises";
import { shown } from "./terminal";
import path from "path";
import { defaultProfile, readProfile, type Profile } from "../core/profile";
import { CliError } from "./errors";

/** Profiles and data files are a few kilobytes; anything far larger is not one. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/** Large .docx files are large because of images, which are never inflated; the file itself is read whole. */
export const MAX_DOCX_BYTES = 512 * 1024 * 1024;

export const DOCX_EXTENSIONS = [".docx", ".docm", ".dotx", ".dotm"];

function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `Die Datei „${shown(file)}“ gibt es nicht.`;
  if (code === "EISDIR") return `„${shown(file)}“ ist ein Ordner, keine Datei.`;
  if (code === "EACCES" || code === "EPERM") return `Keine Berechtigung, „${shown(file)}“ zu lesen.`;
  return `„${shown(file)}“ kann nicht gelesen werden (${code ?? String(error)}).`;
}

const notRegular = (file: string) =>
  new CliError(
    `„${shown(file)}“ ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und wird nicht gelesen.`,
  );
const tooLarge = (file: string, maxBytes: number) =>
  new CliError(`„${shown(file)}“ ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB und wird nicht gelesen.`);

/**
 * The file's bytes, refused when it is no regular file or larger than `maxBytes`. The size is counted while reading
 * (a device says 0 and never ends); a FIFO is opened without waiting for a writer, then refused. Read synchronously:
 * only regular files are read, which never block, and Node's promise-based file handles cost six times as long
 * (150 against 25 ms for the 389 corpus files here).
 */
export function readBounded(file: string, maxBytes: number): Buffer {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new CliError(`„${shown(file)}“ ist ein Ordner, keine Datei.`);
    if (!info.isFile()) throw notRegular(file);
    if (info.size > maxBytes) throw tooLarge(file, maxBytes);
    const handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(handle).isFile()) throw notRegular(file);
      return readUpTo(handle, file, maxBytes);
    } finally {
      closeSync(handle);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(file, error));
  }
}

function readUpTo(handle: number, file: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
    const bytesRead = readSync(handle, chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(file, maxBytes);
  }
}

export function readJsonFile(file: string, what: string): unknown {
  const text = readBounded(file, MAX_JSON_BYTES)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message quotes the file's bytes; only the position is told.
    const message = error instanceof Error ? error.message : "";
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position
      ? ` (Fehler bei Zeichen ${position})`
      : /end of JSON/i.test(message)
        ? " (sie endet mittendrin)"
        : "";
    throw new CliError(`${what} „${shown(file)}“ ist kein gültiges JSON${where}.`);
  }
}

/** The profile of `--profile FILE`, or Wuppertal's; a broken profile is refused, never replaced by the default. */
export function loadProfile(file: string | undefined): Profile {
  if (file === undefined) return defaultProfile();
  const result = readProfile(readJsonFile(file, "Das Profil"));
  if (!result.ok)
    throw new CliError(
      `Das Profil „${shown(file)}“ ist fehlerhaft:\n${result.errors.map((e) => `  - ${shown(e, 500)}`).join("\n")}`,
    );
  return result.profile;
}

/**
 * Files as given; folders stand for the Word files in them (and below), sorted. Links to folders are not followed
 * (no loops), and each file is checked once however many names lead to it.
 */
export async function expandFiles(names: string[]): Promise<string[]> {
  // Asked of the file system all at once (in the given order): one after the other, a folder of thousands waits.
  const expanded = await Promise.all(
    names.map(async (name) => ((await stat(name).catch(() => null))?.isDirectory() ? wordFilesIn(name) : [name])),
  );
  const candidates = expanded.flat();
  const reals = await Promise.all(candidates.map((file) => realpath(file).catch(() => file)));
  const seen = new Set<string>();
  return candidates.filter((_, i) => !seen.has(reals[i]) && seen.add(reals[i]));
}

/** The Word files in a folder and its subfolders, walked without following links to folders. */
async function wordFilesIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      // A link is an entry of its own (never walked into); what it points at is checked when it is read.
      else if (DOCX_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) found.push(full);
    }
  }
  return found.sort();
}

const alreadyThere = (file: string) =>
  new CliError(`„${shown(file)}“ gibt es schon; zum Überschreiben --force angeben.`);

/**
 * Whether a file the command makes is there already; throws when it may not be replaced: without `force` when it
 * exists at all, with it when it is no regular file (a link would write wherever it points, or a folder, a device).
 */
export async function replaceable(file: string, force: boolean): Promise<boolean> {
  const existing = await lstat(file).catch(() => null);
  if (existing && !force) throw alreadyThere(file);
  if (existing && !existing.isFile())
    throw new CliError(
      `„${shown(file)}“ ist keine gewöhnliche Datei (sondern ein Verweis, Ordner oder Gerät) und wird nicht ersetzt.`,
    );
  return existing !== null;
}

/**
 * Writes a file the command makes, as `replaceable` allows. A new file is created exclusively ("wx": nothing
 * there, not even a dangling link), so one that appeared since the question is not overwritten either.
 */
export async function writeNewFile(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const exists = await replaceable(file, force);
  await writeFile(file, bytes, { flag: exists ? "w" : "wx" }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EEXIST"
      ? alreadyThere(file)
      : new CliError(`„${shown(file)}“ kann nicht geschrieben werden (${error.code ?? "unbekannter Grund"}).`);
  });
}
