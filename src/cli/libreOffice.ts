/**
 * LibreOffice as the PDF writer: `soffice` found on PATH (nothing is downloaded), run headless in a temporary folder
 * of its own, with a private profile there, so that parallel runs never share one and the user's stays untouched.
 */
import { spawn, type ChildProcess } from "child_process";
import { constants } from "fs";
import { access, mkdtemp, readFile, rm, stat, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { CliError } from "./errors";
import { shown } from "./terminal";

/**
 * Writer's PDF export, tagged and claiming PDF/UA (XMP `pdfuaid:part`); JSON filter options need LibreOffice 7.4.
 * The catalog's /Lang and DisplayDocTitle (a viewer shows the title, not the file name) it writes by default.
 */
const PDF_UA_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  UseTaggedPDF: { type: "boolean", value: "true" },
  PDFUACompliance: { type: "boolean", value: "true" },
})}`;

export const NOT_INSTALLED =
  "LibreOffice ist nicht installiert (der Befehl soffice ist in keinem Ordner des PATH); es schreibt das PDF. " +
  "Bitte LibreOffice installieren, unter Debian oder Ubuntu z. B. mit: sudo apt-get install libreoffice-writer-nogui";

async function isExecutable(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `soffice` on PATH, or undefined. */
export async function findSoffice(): Promise<string | undefined> {
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice"];
  // Only absolute entries: an empty or relative one would run whatever "soffice" lies in the current folder.
  const folders = (process.env.PATH ?? "").split(path.delimiter).filter((folder) => path.isAbsolute(folder));
  for (const folder of folders)
    for (const name of names) if (await isExecutable(path.join(folder, name))) return path.join(folder, name);
  return undefined;
}

/** The PDF of a Word document's bytes (`extension` tells LibreOffice which kind), or a German CliError. */
export async function convertToPdf(soffice: string, docx: Uint8Array, extension: string, timeoutMs: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), "ratsantwort-pdf-"));
  try {
    // The bytes that were checked are converted, under a name of ours: a file name is never read as an option.
    const input = path.join(work, `dokument${extension}`);
    await writeFile(input, docx);
    const stderr = await runSoffice(soffice, work, input, timeoutMs);
    return await readPdf(path.join(work, "pdf", "dokument.pdf"), stderr);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function sofficeArgs(work: string, input: string): string[] {
  return [
    "--headless",
    "--norestore",
    `-env:UserInstallation=${pathToFileURL(path.join(work, "profil")).href}`,
    "--convert-to",
    PDF_UA_FILTER,
    "--outdir",
    path.join(work, "pdf"),
    input,
  ];
}

/** Ends soffice and what it started (soffice.bin under the launcher), so that nothing runs on after a time-out. */
function killAll(child: ChildProcess): void {
  try {
    if (process.platform === "win32" || child.pid === undefined) child.kill("SIGKILL");
    else process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** The last line LibreOffice wrote to stderr, as a clause for a message. */
function lastLine(stderr: string): string {
  const line = stderr.trim().split("\n").pop()?.trim();
  return line ? `; LibreOffice meldet: ${shown(line, 300)}` : "";
}

/** Runs soffice to its end within `timeoutMs`; resolves with what it wrote to stderr. */
function runSoffice(soffice: string, work: string, input: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, sofficeArgs(work, input), {
      cwd: work,
      // A process group of its own (POSIX), so that a time-out can end all of it.
      detached: process.platform !== "win32",
      stdio: ["ignore", "ignore", "pipe"],
      // Its configuration and temporary files land in `work` and go with it.
      env: { ...process.env, HOME: work, TMPDIR: work },
    });
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killAll(child);
    }, timeoutMs);
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new CliError(`LibreOffice (${shown(soffice)}) kann nicht gestartet werden (${error.code ?? "?"}).`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(timeoutError(timeoutMs));
      else if (code !== 0) reject(failed(code === null ? `durch ${signal}` : `mit Exit-Code ${code}`, stderr));
      else resolve(stderr);
    });
  });
}

const failed = (how: string, stderr: string) =>
  new CliError(`LibreOffice ist ${how} abgebrochen; es wurde kein PDF geschrieben${lastLine(stderr)}.`);

const timeoutError = (timeoutMs: number) =>
  new CliError(
    `LibreOffice hat das PDF nicht innerhalb von ${timeoutMs / 1000} s geschrieben und wurde abgebrochen; ` +
      "es wurde kein PDF geschrieben. Auf einem langsamen Rechner hilft --timeout SEKUNDEN (höchstens 600).",
  );

/** LibreOffice exits with 0 even when it could not convert; only the file tells. */
async function readPdf(file: string, stderr: string): Promise<Buffer> {
  const bytes = await readFile(file).catch(() => null);
  if (bytes === null || bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new CliError(`LibreOffice hat kein PDF geschrieben${lastLine(stderr)}.`);
  return bytes;
}
