/** Options and file names of one command: `--name value`, `--flag`, the rest positional (after `--` always). */
import { CliError } from "./errors";
import { shown } from "./terminal";

export interface ParsedArgs {
  options: Map<string, string>;
  flags: Set<string>;
  positional: string[];
}

export function parseArgs(args: string[], withValue: string[], flags: string[]): ParsedArgs {
  const parsed: ParsedArgs = { options: new Map(), flags: new Set(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
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
