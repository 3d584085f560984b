/** `ratsantwort new [--data antwort.json] [--profile profil.json] [--force] antwort.docx`: the answer document as a file. */
import { access, writeFile } from "fs/promises";
import { writeDocx } from "../core/docx";
import { buildAnswer, type AnswerContent } from "../core/ooxml/document";
import type { Profile } from "../core/profile";
import { parseArgs } from "./args";
import { readAnswerData } from "./data";
import { CliError } from "./errors";
import { loadProfile, readJsonFile } from "./files";
import type { Io } from "./io";

async function loadContent(file: string | undefined, profile: Profile): Promise<AnswerContent> {
  if (file === undefined) return {};
  const result = readAnswerData(await readJsonFile(file, "Die Datendatei"), profile);
  if (!result.ok) throw new CliError(`Die Datendatei „${file}“ ist fehlerhaft:\n${result.errors.map((e) => `  - ${e}`).join("\n")}`);
  return result.content;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}

export async function newCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--data", "--profile"], ["--force"]);
  if (parsed.positional.length !== 1) throw new CliError("Bitte genau eine Ausgabedatei angeben, z. B.: ratsantwort new antwort.docx");
  const output = parsed.positional[0];
  if (!/\.docx$/i.test(output)) throw new CliError(`Die Ausgabedatei muss auf .docx enden (ist „${output}“).`);
  const profile = await loadProfile(parsed.options.get("--profile"));
  const content = await loadContent(parsed.options.get("--data"), profile);
  if (!parsed.flags.has("--force") && (await exists(output))) {
    throw new CliError(`„${output}“ gibt es schon; zum Überschreiben --force angeben.`);
  }
  const bytes = writeDocx(buildAnswer(profile, { content }));
  await writeFile(output, bytes).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`„${output}“ kann nicht geschrieben werden (${error.code ?? error.message}).`);
  });
  io.stdout.write(`${output} geschrieben (Profil ${profile.name}, ${profile.id}@${profile.version}).\n`);
  return 0;
}
