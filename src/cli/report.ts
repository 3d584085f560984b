/** How check results are shown: German text per file, or one JSON report for all files. */
import { tally, verdict, type Finding } from "../core/check";
import { safeJson, shown } from "./terminal";
import type { CalendarDate } from "../core/dates";
import type { Profile } from "../core/profile";
import type { FileReport } from "./checkFile";
import { sectionTitle } from "../core/profile/sections";

export const EXIT_READY = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** 2 when a file could not be read (its result is unknown), else 1 when any file has a Fehler, else 0. */
export function exitCodeOf(reports: FileReport[]): number {
  if (reports.some((r) => !r.readable)) return EXIT_UNREADABLE;
  return reports.some((r) => r.readable && tally(r.findings).errors > 0) ? EXIT_ERRORS : EXIT_READY;
}

function findingLines(findings: Finding[], profile: Profile): string[] {
  return findings.map((f) => {
    const where = f.sectionId === null ? "" : `${sectionTitle(profile, f.sectionId)}: `;
    return `  ${f.severity === "error" ? "Fehler " : "Hinweis"}  ${shown(`${where}${f.message.de}`, 2000)}`;
  });
}

function fileText(report: FileReport, profile: Profile): string[] {
  if (!report.readable) return [shown(report.file, 1000), `  Nicht lesbar: ${shown(report.error, 1000)}`];
  return [shown(report.file, 1000), ...findingLines(report.findings, profile), `  ${verdict(report.findings, "de")}`];
}

function totals(reports: FileReport[]) {
  const readable = reports.filter((r): r is Extract<FileReport, { readable: true }> => r.readable);
  const ready = readable.filter((r) => tally(r.findings).errors === 0).length;
  return {
    files: reports.length,
    ready,
    notReady: readable.length - ready,
    unreadable: reports.length - readable.length,
  };
}

export function humanReport(reports: FileReport[], profile: Profile): string {
  const blocks = reports.map((r) => fileText(r, profile).join("\n"));
  if (reports.length > 1) {
    const t = totals(reports);
    blocks.push(
      `${t.files} Dateien geprüft: ${t.ready} bereit, ${t.notReady} nicht bereit, ${t.unreadable} nicht lesbar.`,
    );
  }
  return `${blocks.join("\n\n")}\n`;
}

const isoDate = (d: CalendarDate) =>
  `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

function jsonFile(report: FileReport, profile: Profile) {
  if (!report.readable) return { file: report.file, readable: false, error: report.error };
  const { errors } = tally(report.findings);
  return {
    file: report.file,
    readable: true,
    ready: errors === 0,
    errors,
    hints: report.findings.length - errors,
    strict: report.strict,
    structureLost: report.structureLost,
    withoutStructure: report.withoutStructure,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      messageId: f.messageId,
      severity: f.severity,
      section: f.sectionId,
      sectionTitle: f.sectionId === null ? null : sectionTitle(profile, f.sectionId),
      message: f.message.de,
      messageEn: f.message.en,
    })),
  };
}

export function jsonReport(reports: FileReport[], profile: Profile, today: CalendarDate): string {
  const report = {
    profile: { id: profile.id, version: profile.version, name: profile.name },
    today: isoDate(today),
    files: reports.map((r) => jsonFile(r, profile)),
    summary: totals(reports),
    exitCode: exitCodeOf(reports),
  };
  return `${safeJson(JSON.stringify(report, null, 2))}\n`;
}
