/** One file through the same check as the task pane: read the .docx, snapshot, rules. */
import { checkDocument, sortFindings, type Finding } from "../core/check";
import type { CalendarDate } from "../core/dates";
import { readDocx, snapshotOfDocument, structureLostFinding } from "../core/docx";
import type { Profile } from "../core/profile";
import { CliError } from "./errors";
import { MAX_DOCX_BYTES, readBounded } from "./files";

export type FileReport =
  | { file: string; readable: false; error: string }
  | { file: string; readable: true; strict: boolean; structureLost: boolean; findings: Finding[] };

export function errorsIn(findings: Finding[]): number {
  return findings.filter((f) => f.severity === "error").length;
}

/** Checks bytes already read; never throws. */
export function checkBytes(file: string, bytes: Uint8Array, profile: Profile, today: CalendarDate): FileReport {
  const read = readDocx(bytes);
  if (!read.ok) return { file, readable: false, error: read.error };
  const { snapshot, recovered } = snapshotOfDocument(read.body, profile);
  const findings = checkDocument({ ...snapshot, properties: read.properties }, profile, { today });
  const all = recovered ? sortFindings([structureLostFinding(recovered), ...findings], profile) : findings;
  return { file, readable: true, strict: read.strict, structureLost: recovered !== null, findings: all };
}

export async function checkFile(file: string, profile: Profile, today: CalendarDate): Promise<FileReport> {
  try {
    return checkBytes(file, await readBounded(file, MAX_DOCX_BYTES), profile, today);
  } catch (error) {
    if (error instanceof CliError) return { file, readable: false, error: error.message };
    throw error;
  }
}
