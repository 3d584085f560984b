/** One file through the same check as the task pane: read the .docx, snapshot, rules. */
import { accessibilityFacts, checkDocument, type Finding } from "../core/check";
import type { CalendarDate } from "../core/dates";
import { DEFAULT_ZIP_LIMITS, readDocx } from "../core/docx";
import { snapshotOfDocument } from "../core/recognise";
import type { Profile } from "../core/profile";
import { CliError } from "./errors";
import { MAX_DOCX_BYTES, readBounded } from "./files";
import { nodeInflater } from "./nodeInflater";

export type FileReport =
  | { file: string; readable: false; error: string }
  | {
      file: string;
      readable: true;
      strict: boolean;
      /** Another program dropped the controls' tags: they were matched by title and order. */
      structureLost: boolean;
      /** Written without the add-in: the fields were recognised in the text. */
      withoutStructure: boolean;
      findings: Finding[];
    };

/** What a file gets when checking it failed in a way nobody foresaw: its own result, never the end of the run. */
const UNFORESEEN =
  "Die Datei konnte nicht geprüft werden (interner Fehler); die anderen Dateien werden weiter geprüft.";

/** Checks bytes already read; never throws. */
export function checkBytes(file: string, bytes: Uint8Array, profile: Profile, today: CalendarDate): FileReport {
  try {
    return checkReadable(file, bytes, profile, today);
  } catch {
    return { file, readable: false, error: UNFORESEEN };
  }
}

function checkReadable(file: string, bytes: Uint8Array, profile: Profile, today: CalendarDate): FileReport {
  const read = readDocx(bytes, DEFAULT_ZIP_LIMITS, nodeInflater);
  if (!read.ok) return { file, readable: false, error: read.error };
  const snapshot = snapshotOfDocument(read.body, profile);
  const accessibility = accessibilityFacts(read.body, read.styles, read.title);
  const findings = checkDocument({ ...snapshot, properties: read.properties, accessibility }, profile, { today });
  const how = snapshot.recognised?.how;
  return {
    file,
    readable: true,
    strict: read.strict,
    structureLost: how === "resaved",
    withoutStructure: how === "legacy",
    findings,
  };
}

/** A file's bytes, or why they could not be had; never throws. */
export type ReadFile = { file: string; bytes: Uint8Array } | { file: string; error: string };

export function readForCheck(file: string): ReadFile {
  try {
    return { file, bytes: readBounded(file, MAX_DOCX_BYTES) };
  } catch (error) {
    return { file, error: error instanceof CliError ? error.message : UNFORESEEN };
  }
}

export function checkRead(read: ReadFile, profile: Profile, today: CalendarDate): FileReport {
  return "bytes" in read
    ? checkBytes(read.file, read.bytes, profile, today)
    : { file: read.file, readable: false, error: read.error };
}
