/**
 * `ratsantwort pdf [--out ORDNER] [--force] [--profile profil.json] [--today TT.MM.JJJJ] [--timeout SEKUNDEN]
 * antwort.docx`: the publishable PDF of an answer (tagged, PDF/UA) through LibreOffice, only when `check` finds no
 * Fehler. `--force` writes it anyway and, as with `new`, replaces an existing PDF.
 */
import { stat } from "fs/promises";
import path from "path";
import { tally } from "../core/check";
import type { CalendarDate } from "../core/dates";
import type { Profile } from "../core/profile";
import { parseArgs, secondsOption } from "./args";
import { checkBytes, readForCheck } from "./checkFile";
import { todayOf } from "./checkCommand";
import { CliError } from "./errors";
import { DOCX_EXTENSIONS, loadProfile, replaceable, writeNewFile } from "./files";
import type { Io } from "./io";
import { convertToPdf, findSoffice, NOT_INSTALLED } from "./libreOffice";
import { EXIT_ERRORS, EXIT_READY } from "./report";
import { shown } from "./terminal";

/** A first start of LibreOffice with a fresh profile on a busy machine takes several seconds; a hang is stopped. */
const SOFFICE_TIMEOUT_SECONDS = 120;

/** The document's bytes and its number of Fehler, by the same check as `check`; unreadable is a CliError. */
function checked(file: string, profile: Profile, today: CalendarDate) {
  const read = readForCheck(file);
  if (!("bytes" in read)) throw new CliError(read.error);
  const report = checkBytes(file, read.bytes, profile, today);
  if (!report.readable) throw new CliError(report.error);
  return { bytes: read.bytes, errors: tally(report.findings).errors };
}

/** <name>.pdf in `folder`, else beside the document. */
function pdfPathOf(input: string, folder: string | undefined): string {
  const output = path.join(folder ?? path.dirname(input), `${path.basename(input, path.extname(input))}.pdf`);
  if (path.resolve(output) === path.resolve(input))
    throw new CliError(
      `Das PDF würde „${shown(input)}“ selbst ersetzen; bitte mit --out einen anderen Ordner angeben.`,
    );
  return output;
}

async function requireFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info) throw new CliError(`Den Zielordner „${shown(folder)}“ gibt es nicht.`);
  if (!info.isDirectory()) throw new CliError(`„${shown(folder)}“ ist kein Ordner.`);
}

/** LibreOffice chooses its import filter by the name too; any other name stands for what the check read. */
function extensionOf(file: string): string {
  const extension = path.extname(file).toLowerCase();
  return DOCX_EXTENSIONS.includes(extension) ? extension : ".docx";
}

const refusal = (file: string, errors: number) =>
  `Fehler: „${shown(file)}“ hat ${errors} Fehler; das PDF wird nicht geschrieben.\n` +
  `Welche, zeigt: ratsantwort check ${shown(file)}\n` +
  "Mit --force wird das PDF trotzdem geschrieben.\n";

export async function pdfCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--out", "--profile", "--today", "--timeout"], ["--force"]);
  if (parsed.positional.length !== 1)
    throw new CliError("Bitte genau eine .docx-Datei angeben, z. B.: ratsantwort pdf antwort.docx");
  const input = parsed.positional[0];
  const force = parsed.flags.has("--force");
  const profile = loadProfile(parsed.options.get("--profile"));
  const today = todayOf(parsed.options.get("--today"));
  const timeout = secondsOption(parsed.options.get("--timeout"), SOFFICE_TIMEOUT_SECONDS);
  const folder = parsed.options.get("--out");
  const { bytes, errors } = checked(input, profile, today);
  if (errors > 0 && !force) {
    io.stderr.write(refusal(input, errors));
    return EXIT_ERRORS;
  }
  if (errors > 0)
    io.stderr.write(
      `Hinweis: „${shown(input)}“ hat ${errors} Fehler; das PDF wird wegen --force trotzdem geschrieben.\n`,
    );
  if (folder !== undefined) await requireFolder(folder);
  const output = pdfPathOf(input, folder);
  // Asked before converting, so that a refusal does not wait for LibreOffice; asked again when writing.
  await replaceable(output, force);
  const soffice = await findSoffice();
  if (!soffice) throw new CliError(NOT_INSTALLED);
  await writeNewFile(output, await convertToPdf(soffice, bytes, extensionOf(input), timeout * 1000), force);
  io.stdout.write(`${shown(output)} geschrieben (PDF/UA, getaggt).\n`);
  return EXIT_READY;
}
