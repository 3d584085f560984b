/**
 * A copy of a .docx with its main document part rewritten and every other part as it was (styles, headers,
 * images, properties): for edits of the text that must not lose anything else.
 */
import { strToU8, zipSync } from "fflate";
import { decodeXml, readDocx } from "./read";
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipError, type ZipLimits } from "./zip";

export type Rewritten = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export function rewriteMainPart(
  bytes: Uint8Array,
  rewrite: (xml: string) => { ok: true; xml: string } | { ok: false; error: string },
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Rewritten {
  const read = readDocx(bytes, limits);
  if (!read.ok) return read;
  try {
    const zip = new ZipArchive(bytes, limits);
    const main = zip.find(read.mainPart)!;
    const rewritten = rewrite(decodeXml(zip.read(main)));
    if (!rewritten.ok) return rewritten;
    const files: Record<string, Uint8Array> = {};
    for (const entry of zip.entries) {
      if (entry.name.endsWith("/") || entry.name in files) continue;
      files[entry.name] = entry === main ? strToU8(rewritten.xml) : zip.read(entry);
    }
    return { ok: true, bytes: zipSync(files, { level: 6 }) };
  } catch (error) {
    if (error instanceof ZipError) return { ok: false, error: error.message };
    throw error;
  }
}
