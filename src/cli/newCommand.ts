/**
 * `ratsantwort new [--oparl PAPER-URL] [--data antwort.json] [--profile profil.json] [--force] antwort.docx`: the
 * answer document as a file, from the council information system's inquiry and a data file (which goes first).
 */
import { shown } from "./terminal";
import { writeDocx } from "../core/docx";
import { prefilledValues } from "../core/document/inquiry";
import { documentTitle } from "../core/document/title";
import { buildAnswer, type AnswerContent } from "../core/ooxml/document";
import type { Profile } from "../core/profile";
import { parseArgs, secondsOption } from "./args";
import { readAnswerData } from "./data";
import { CliError } from "./errors";
import { loadProfile, readJsonFile, writeNewFile } from "./files";
import type { Io } from "./io";
import { readOParlPrefill } from "./oparlInquiry";

interface Prefill {
  content: AnswerContent;
  properties: Record<string, string>;
}

const NO_PREFILL: Prefill = { content: {}, properties: {} };

function loadData(file: string | undefined, profile: Profile): Prefill {
  if (file === undefined) return NO_PREFILL;
  const result = readAnswerData(readJsonFile(file, "Die Datendatei"), profile);
  if (!result.ok)
    throw new CliError(
      `Die Datendatei „${shown(file)}“ ist fehlerhaft:\n${result.errors.map((e) => `  - ${shown(e, 500)}`).join("\n")}`,
    );
  return { content: result.content, properties: result.properties };
}

/** The data file over the inquiry's values, completed as the pane completes them (answer number, default texts). */
function merged(fromInquiry: Prefill, fromData: Prefill, profile: Profile): Prefill {
  const values = prefilledValues(profile, { ...fromInquiry.content.values, ...fromData.content.values });
  return {
    content: { values, questions: { ...fromInquiry.content.questions, ...fromData.content.questions } },
    properties: { ...fromInquiry.properties, ...fromData.properties },
  };
}

/** Seconds for each request to the council information system; a slow municipal network may need more. */
const OPARL_TIMEOUT_SECONDS = 20;

export async function newCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, ["--data", "--profile", "--oparl", "--timeout"], ["--force"]);
  if (parsed.positional.length !== 1)
    throw new CliError("Bitte genau eine Ausgabedatei angeben, z. B.: ratsantwort new antwort.docx");
  const output = parsed.positional[0];
  if (!/\.docx$/i.test(output)) throw new CliError(`Die Ausgabedatei muss auf .docx enden (ist „${shown(output)}“).`);
  const profile = loadProfile(parsed.options.get("--profile"));
  const fromData = loadData(parsed.options.get("--data"), profile);
  const paperUrl = parsed.options.get("--oparl");
  const timeout = secondsOption(parsed.options.get("--timeout"), OPARL_TIMEOUT_SECONDS);
  const fromInquiry = paperUrl ? await readOParlPrefill(paperUrl, profile, timeout) : { ...NO_PREFILL, warnings: [] };
  for (const warning of fromInquiry.warnings) io.stderr.write(`Hinweis: ${warning}\n`);
  const { content, properties } = merged(fromInquiry, fromData, profile);
  const title = documentTitle(profile, (key) => content.values?.[key]);
  const file = writeDocx(buildAnswer(profile, { content }), { properties, title });
  await writeNewFile(output, file, parsed.flags.has("--force"));
  io.stdout.write(
    `${shown(output)} geschrieben (Profil ${shown(profile.name)}, ${shown(`${profile.id}@${profile.version}`)}).\n`,
  );
  return 0;
}
