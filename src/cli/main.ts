/**
 * The command line: `ratsantwort <Befehl>`. It reuses src/core, exactly as the task pane does.
 * Exit codes: 0 done (check: no Fehler), 1 check found a Fehler (pdf: and so wrote none), 2 an input could not be
 * read, the call was wrong or a program it needs (pdf: LibreOffice) is missing or failed.
 */
import { splitQuestions } from "../core/questions";
import { safeJson, safeLines, shown } from "./terminal";
import { adoptCommand } from "./adoptCommand";
import { commandName } from "./args";
import { checkCommand } from "./checkCommand";
import { CliError } from "./errors";
import type { Io } from "./io";
import { newCommand } from "./newCommand";
import { pdfCommand } from "./pdfCommand";

export type { Io } from "./io";

/** An Anfrage is a few pages; anything far larger is not one, and is refused rather than read into memory. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const USAGE = `Aufruf: ratsantwort <Befehl>

Befehle (in Klammern die deutsche Schreibweise, die ebenso gilt):
  new (neu) [--oparl DRUCKSACHEN-URL] [--data antwort.json] [--profile profil.json] [--force] antwort.docx
            schreibt das Antwortdokument mit denselben Inhaltssteuerelementen wie das Add-in;
            --oparl übernimmt die Anfrage aus dem Ratsinformationssystem (OParl): Fraktion, Nummer,
              Eingang, Sitzung, Gremium und die Fragen (--timeout SEKUNDEN je Abfrage, sonst 20);
            --data füllt die Felder aus einer JSON-Datei (Format: README.md) und geht --oparl vor

  check (pruefen) [--json] [--profile profil.json] [--today TT.MM.JJJJ] DATEI.docx|ORDNER ...
            prüft .docx-Dateien mit denselben Regeln wie der Aufgabenbereich;
            --today rechnet Fristen ab diesem Tag (sonst ab heute);
            Exit-Code 0: kein Fehler, 1: mindestens ein Fehler, 2: eine Datei war nicht lesbar

  pdf [--out ORDNER] [--profile profil.json] [--today TT.MM.JJJJ] [--force] antwort.docx
            prüft die Antwort wie check und schreibt sie mit LibreOffice (soffice) als barrierefreies PDF
            (PDF/UA, getaggt) nach ORDNER/antwort.pdf, ohne --out neben die .docx-Datei;
            hat sie einen Fehler, schreibt es nichts (Exit-Code 1); --force schreibt das PDF trotzdem
            und ersetzt ein vorhandenes; --timeout SEKUNDEN wartet so lange auf LibreOffice (sonst 120);
            Exit-Code 2: Datei nicht lesbar, LibreOffice fehlt oder scheiterte

  adopt (uebernehmen) [--profile profil.json] [--force] ALT.docx NEU.docx
            überführt eine ohne das Add-in geschriebene Antwort (alte Vorlage) in die Antwortstruktur:
            schreibt NEU.docx mit den Feldern des Add-ins um den vorhandenen Text; ALT.docx bleibt unverändert

  questions (fragen)
            liest den Text einer Anfrage von der Standardeingabe und gibt ihre Fragen
            als JSON-Liste von Texten aus, z. B.:  ratsantwort questions < anfrage.txt

  help (hilfe, --help)
            zeigt diese Hilfe

Optionen auf Deutsch: --daten, --profil, --stichtag, --ueberschreiben, --zeitlimit, --ziel.
`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES)
      throw new CliError(`Die Eingabe ist größer als ${MAX_INPUT_BYTES / 1024 / 1024} MB und wird nicht gelesen.`);
    chunks.push(buffer);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, "");
}

async function questionsCommand(io: Io): Promise<number> {
  if (io.stdin.isTTY) {
    io.stderr.write(
      "Bitte den Text der Anfrage über die Standardeingabe übergeben, z. B.: ratsantwort questions < anfrage.txt\n",
    );
    return 2;
  }
  const text = await readAll(io.stdin);
  io.stdout.write(`${safeJson(JSON.stringify(splitQuestions(text).questions, null, 2))}\n`);
  return 0;
}

async function dispatch(command: string | undefined, rest: string[], args: string[], io: Io): Promise<number> {
  if (command === "questions" && rest.length === 0) return questionsCommand(io);
  if (command === "new") return newCommand(rest, io);
  if (command === "check") return checkCommand(rest, io);
  if (command === "adopt") return adoptCommand(rest, io);
  if (command === "pdf") return pdfCommand(rest, io);
  if (command === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  io.stderr.write(command ? `Unbekannter Aufruf: ${args.map((a) => shown(a)).join(" ")}\n\n${USAGE}` : USAGE);
  return 2;
}

export async function run(args: string[], io: Io): Promise<number> {
  const [typed, ...rest] = args;
  try {
    return await dispatch(commandName(typed), rest, args, io);
  } catch (error) {
    // Our messages are German, their values shown safely; anything else is a bug, never printed raw.
    io.stderr.write(
      `Fehler: ${error instanceof CliError ? safeLines(error.message) : "Interner Fehler; bitte den Aufruf und die Datei den Betreuern des Add-ins melden."}\n`,
    );
    return 2;
  }
}
