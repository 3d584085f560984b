/** `ratsantwort check [--json] [--profile profil.json] [--today TT.MM.JJJJ] DATEI|ORDNER...` */
import { localDate, parseGermanDate, type CalendarDate } from "../core/dates";
import { shown } from "./terminal";
import { parseArgs } from "./args";
import { checkRead, readForCheck, type FileReport } from "./checkFile";
import { CliError } from "./errors";
import { expandFiles, loadProfile } from "./files";
import type { Io } from "./io";
import { progressBar } from "./progress";
import { exitCodeOf, humanReport, jsonReport } from "./report";

/** The day deadlines are counted from: `--today`, else today. */
export function todayOf(option: string | undefined): CalendarDate {
  if (option === undefined) return localDate(new Date());
  const date = parseGermanDate(option);
  if (!date) throw new CliError(`--today muss ein Datum in der Form TT.MM.JJJJ sein (ist „${shown(option)}“).`);
  return date;
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--profile", "--today"], ["--json"]);
  if (parsed.positional.length === 0)
    throw new CliError("Bitte mindestens eine .docx-Datei angeben, z. B.: ratsantwort check antwort.docx");
  const profile = loadProfile(parsed.options.get("--profile"));
  const today = todayOf(parsed.options.get("--today"));
  const files = await expandFiles(parsed.positional);
  if (files.length === 0) throw new CliError("In den angegebenen Ordnern liegen keine .docx-Dateien.");
  const progress = progressBar(io, files.length);
  const reports: FileReport[] = [];
  for (const file of files) {
    progress.step(reports.length, file);
    reports.push(checkRead(readForCheck(file), profile, today));
  }
  progress.finish();
  io.stdout.write(parsed.flags.has("--json") ? jsonReport(reports, profile, today) : humanReport(reports, profile));
  return exitCodeOf(reports);
}
