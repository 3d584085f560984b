/** `ratsantwort new [--data antwort.json] [--profile profil.json] [--force] antwort.docx`: the answer document as a file. */
import { shown } from "./terminal";
import { writeDocx } from "../core/docx";
import { prefilledValues } from "../core/document/inquiry";
import { buildAnswer, type AnswerContent } from "../core/ooxml/document";
import type { Profile } from "../core/profile";
import { parseArgs } from "./args";
import { readAnswerData } from "./data";
import { CliError } from "./errors";
import { loadProfile, readJsonFile, writeNewFile } from "./files";
import type { Io } from "./io";

interface Prefill {
  content: AnswerContent;
  properties: Record<string, string>;
}

/** The data file's values, completed as the pane completes them (answer number, default texts from the inquiry). */
async function loadPrefill(file: string | undefined, profile: Profile): Promise<Prefill> {
  if (file === undefined) return { content: {}, properties: {} };
  const result = readAnswerData(await readJsonFile(file, "Die Datendatei"), profile);
  if (!result.ok)
    throw new CliError(
      `Die Datendatei „${shown(file)}“ ist fehlerhaft:\n${result.errors.map((e) => `  - ${shown(e, 500)}`).join("\n")}`,
    );
  const values = prefilledValues(profile, result.content.values ?? {});
  return { content: { ...result.content, values }, properties: result.properties };
}

export async function newCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--data", "--profile"], ["--force"]);
  if (parsed.positional.length !== 1)
    throw new CliError("Bitte genau eine Ausgabedatei angeben, z. B.: ratsantwort new antwort.docx");
  const output = parsed.positional[0];
  if (!/\.docx$/i.test(output)) throw new CliError(`Die Ausgabedatei muss auf .docx enden (ist „${shown(output)}“).`);
  const profile = await loadProfile(parsed.options.get("--profile"));
  const { content, properties } = await loadPrefill(parsed.options.get("--data"), profile);
  await writeNewFile(output, writeDocx(buildAnswer(profile, { content }), { properties }), parsed.flags.has("--force"));
  io.stdout.write(
    `${shown(output)} geschrieben (Profil ${shown(profile.name)}, ${shown(`${profile.id}@${profile.version}`)}).\n`,
  );
  return 0;
}
