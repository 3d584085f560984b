/**
 * `ratsantwort adopt [--profile profil.json] [--force] ALT.docx NEU.docx`: a copy of an answer written without the
 * add-in, taken into the add-in's structure. The original is only read.
 */
import { writeFile } from "fs/promises";
import path from "path";
import { rewriteMainPart } from "../core/docx";
import { adoptMainPart, type AdoptedSection } from "../core/recognise";
import { parseArgs } from "./args";
import { CliError } from "./errors";
import { loadProfile, MAX_DOCX_BYTES, readBounded } from "./files";
import type { Io } from "./io";

/** Control ids of the copy start here; the document had none of ours. */
const FIRST_CONTROL_ID = 100_000;

function summary(output: string, sections: AdoptedSection[], unplaced: string[], notWrapped: string[]): string {
  const lines = [`${output} geschrieben: ${sections.length} Abschnitte in die Antwortstruktur überführt (${sections.map((s) => s.title).join(", ")}).`];
  if (notWrapped.length > 0) lines.push(`Erkannt, aber nicht in ein Feld gesetzt (steht unverändert im Text): ${notWrapped.join(", ")}.`);
  if (unplaced.length > 0) lines.push("Nicht zugeordnet (steht unverändert außerhalb der Felder):", ...unplaced.map((text) => `  - ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`));
  return `${lines.join("\n")}\n`;
}

export async function adoptCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--profile"], ["--force"]);
  if (parsed.positional.length !== 2) throw new CliError("Bitte das Original und die neue Datei angeben, z. B.: ratsantwort adopt alt.docx neu.docx");
  const [input, output] = parsed.positional;
  if (!/\.docx$/i.test(output)) throw new CliError(`Die neue Datei muss auf .docx enden (ist „${output}“).`);
  if (path.resolve(input) === path.resolve(output)) throw new CliError("Die neue Datei muss eine andere sein als das Original; das Original bleibt unverändert.");
  const profile = await loadProfile(parsed.options.get("--profile"));
  let adopted: { sections: AdoptedSection[]; unplaced: string[]; notWrapped: string[] } | null = null;
  const result = rewriteMainPart(await readBounded(input, MAX_DOCX_BYTES), (xml) => {
    const done = adoptMainPart(xml, profile, FIRST_CONTROL_ID);
    if (done.ok) adopted = done;
    return done;
  });
  if (!result.ok || !adopted) throw new CliError(`„${input}“: ${result.ok ? "nicht überführt" : result.error}`);
  // "wx": never over an existing file (nor through a link to one) unless asked.
  await writeFile(output, result.bytes, { flag: parsed.flags.has("--force") ? "w" : "wx" }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(error.code === "EEXIST" ? `„${output}“ gibt es schon; zum Überschreiben --force angeben.` : `„${output}“ kann nicht geschrieben werden (${error.code ?? error.message}).`);
  });
  const { sections, unplaced, notWrapped } = adopted;
  io.stdout.write(summary(output, sections, unplaced, notWrapped));
  return 0;
}
