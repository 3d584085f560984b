/** Reading the command line's input files with bounded sizes and German messages. */
import { readdir, readFile, stat } from "fs/promises";
import path from "path";
import { defaultProfile, readProfile, type Profile } from "../core/profile";
import { CliError } from "./errors";

/** Profiles and data files are a few kilobytes; anything far larger is not one. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/** Large .docx files are large because of images, which are never inflated; the file itself is read whole. */
export const MAX_DOCX_BYTES = 512 * 1024 * 1024;

const DOCX_EXTENSIONS = [".docx", ".docm", ".dotx", ".dotm"];

function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `Die Datei „${file}“ gibt es nicht.`;
  if (code === "EISDIR") return `„${file}“ ist ein Ordner, keine Datei.`;
  if (code === "EACCES" || code === "EPERM") return `Keine Berechtigung, „${file}“ zu lesen.`;
  return `„${file}“ kann nicht gelesen werden (${code ?? String(error)}).`;
}

/** The file's bytes, refused unread when larger than `maxBytes`. */
export async function readBounded(file: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`„${file}“ ist ein Ordner, keine Datei.`);
    if (info.size > maxBytes) throw new CliError(`„${file}“ ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB und wird nicht gelesen.`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(file, error));
  }
}

export async function readJsonFile(file: string, what: string): Promise<unknown> {
  const text = (await readBounded(file, MAX_JSON_BYTES)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new CliError(`${what} „${file}“ ist kein gültiges JSON (${detail}).`);
  }
}

/** The profile of `--profile FILE`, or Wuppertal's; a broken profile is refused, never replaced by the default. */
export async function loadProfile(file: string | undefined): Promise<Profile> {
  if (file === undefined) return defaultProfile();
  const result = readProfile(await readJsonFile(file, "Das Profil"));
  if (!result.ok) throw new CliError(`Das Profil „${file}“ ist fehlerhaft:\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
  return result.profile;
}

/** Files as given; folders stand for the Word files in them (and below), sorted. */
export async function expandFiles(names: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const info = await stat(name).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(name);
      continue;
    }
    const entries = await readdir(name, { recursive: true });
    files.push(...entries.filter((e) => DOCX_EXTENSIONS.includes(path.extname(e).toLowerCase())).sort().map((e) => path.join(name, e)));
  }
  return files;
}
