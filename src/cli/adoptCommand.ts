/**
 * `ratsantwort adopt [--profile profil.json] [--force] ALT.docx NEU.docx`: a copy of an answer written without the
 * add-in, taken into the add-in's structure. The original is only read.
 */
import { shown } from "./terminal";
import path from "path";
import { rewriteMainPart } from "../core/docx";
import { adoptMainPart, type AdoptedSection } from "../core/recognise";
import { parseArgs } from "./args";
import { CliError } from "./errors";
import { loadProfile, MAX_DOCX_BYTES, readBounded, writeNewFile } from "./files";
import type { Io } from "./io";

/** Control ids of the copy start here; the document had none of ours. */
const FIRST_CONTROL_ID = 100_000;

function summary(output: string, sections: AdoptedSection[], unplaced: string[], notWrapped: string[]): string {
  const lines = [
    `${shown(output)} geschrieben: ${sections.length} Abschnitte in die Antwortstruktur überführt (${shown(sections.map((s) => s.title).join(", "), 1000)}).`,
  ];
  if (notWrapped.length > 0)
    lines.push(
      `Erkannt, aber nicht in ein Feld gesetzt (steht unverändert im Text): ${shown(notWrapped.join(", "), 1000)}.`,
    );
  if (unplaced.length > 0)
    lines.push(
      "Nicht zugeordnet (steht unverändert außerhalb der Felder):",
      ...unplaced.map((text) => `  - ${shown(text, 80)}`),
    );
  return `${lines.join("\n")}\n`;
}

export async function adoptCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--profile"], ["--force"]);
  if (parsed.positional.length !== 2)
    throw new CliError("Bitte das Original und die neue Datei angeben, z. B.: ratsantwort adopt alt.docx neu.docx");
  const [input, output] = parsed.positional;
  if (!/\.docx$/i.test(output)) throw new CliError(`Die neue Datei muss auf .docx enden (ist „${shown(output)}“).`);
  if (path.resolve(input) === path.resolve(output))
    throw new CliError("Die neue Datei muss eine andere sein als das Original; das Original bleibt unverändert.");
  const profile = loadProfile(parsed.options.get("--profile"));
  let adopted: { sections: AdoptedSection[]; unplaced: string[]; notWrapped: string[] } | null = null;
  const result = rewriteMainPart(readBounded(input, MAX_DOCX_BYTES), (xml) => {
    const done = adoptMainPart(xml, profile, FIRST_CONTROL_ID);
    if (done.ok) adopted = done;
    return done;
  });
  if (!result.ok || !adopted) throw new CliError(`„${shown(input)}“: ${result.ok ? "nicht überführt" : result.error}`);
  await writeNewFile(output, result.bytes, parsed.flags.has("--force"));
  const { sections, unplaced, notWrapped } = adopted;
  io.stdout.write(summary(output, sections, unplaced, notWrapped));
  return 0;
}
