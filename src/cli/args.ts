/** Options and file names of one command: `--name value`, `--flag`, the rest positional (after `--` always). */
import { CliError } from "./errors";
import { shown } from "./terminal";

export interface ParsedArgs {
  options: Map<string, string>;
  flags: Set<string>;
  positional: string[];
}

/**
 * What is typed is English, like the JSON it reads and writes and the profile's ids; what is read (messages, help)
 * is German. German spellings of commands and options work as well, among them those of earlier versions.
 */
const COMMAND_ALIASES = new Map([
  ["neu", "new"],
  ["pruefen", "check"],
  ["prüfen", "check"],
  ["uebernehmen", "adopt"],
  ["übernehmen", "adopt"],
  ["fragen", "questions"],
  ["hilfe", "help"],
  ["--help", "help"],
  ["-h", "help"],
]);
const OPTION_ALIASES = new Map([
  ["--daten", "--data"],
  ["--profil", "--profile"],
  ["--stichtag", "--today"],
  ["--ueberschreiben", "--force"],
  ["--zeitlimit", "--timeout"],
  ["--ziel", "--out"],
]);

/** The command's English name, whichever spelling was typed. */
export function commandName(typed: string | undefined): string | undefined {
  return typed === undefined ? undefined : (COMMAND_ALIASES.get(typed) ?? typed);
}

export function parseArgs(args: string[], withValue: string[], flags: string[]): ParsedArgs {
  const parsed: ParsedArgs = { options: new Map(), flags: new Set(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = OPTION_ALIASES.get(args[i]) ?? args[i];
    if (arg === "--") {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      parsed.positional.push(arg);
    } else if (withValue.includes(arg)) {
      if (i + 1 >= args.length) throw new CliError(`Nach ${shown(arg)} fehlt der Wert.`);
      parsed.options.set(arg, args[++i]);
    } else if (flags.includes(arg)) {
      parsed.flags.add(arg);
    } else {
      throw new CliError(`Unbekannte Option ${shown(arg)}.`);
    }
  }
  return parsed;
}

/** Seconds to wait for another program or server: `fallback` when not given, else a number up to ten minutes. */
export function secondsOption(option: string | undefined, fallback: number): number {
  if (option === undefined) return fallback;
  const seconds = Number(option);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600)
    throw new CliError(`--timeout muss eine Zahl von Sekunden zwischen 0 und 600 sein (ist „${shown(option)}“).`);
  return seconds;
}
