/** `ratsantwort check [--json] [--profile profil.json] [--today TT.MM.JJJJ] DATEI|ORDNER...` */
import { localDate, parseGermanDate, type CalendarDate } from "../core/dates";
import { shown } from "./terminal";
import { parseArgs } from "./args";
import { checkInThisThread, checkInThreads, FILES_PER_THREAD } from "./checkPool";
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
  const profile = await loadProfile(parsed.options.get("--profile"));
  const today = todayOf(parsed.options.get("--today"));
  const files = await expandFiles(parsed.positional);
  if (files.length === 0) throw new CliError("In den angegebenen Ordnern liegen keine .docx-Dateien.");
  const progress = progressBar(io, files.length);
  const setup = { profile, today };
  const threads = io.threads ?? 1;
  const reports =
    threads > 1 && files.length >= 2 * FILES_PER_THREAD
      ? await checkInThreads(files, setup, threads, progress.step)
      : checkInThisThread(files, setup, progress.step);
  progress.finish();
  io.stdout.write(parsed.flags.has("--json") ? jsonReport(reports, profile, today) : humanReport(reports, profile));
  return exitCodeOf(reports);
}
