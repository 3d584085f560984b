/**
 * The command line: `ratsantwort <Befehl>`. It reuses src/core, exactly as the task pane does.
 * Exit codes: 0 done, 2 the input could not be read or the call was wrong.
 */
import { splitQuestions } from "../core/questions";

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** An Anfrage is a few pages; anything far larger is not one, and is refused rather than read into memory. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const USAGE = `Aufruf: ratsantwort <Befehl>

Befehle:
  fragen    liest den Text einer Anfrage von der Standardeingabe und gibt ihre Fragen
            als JSON-Liste von Texten aus, z. B.:  ratsantwort fragen < anfrage.txt

  --help    zeigt diese Hilfe
`;

class InputError extends Error {}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`Die Eingabe ist größer als ${MAX_INPUT_BYTES / 1024 / 1024} MB und wird nicht gelesen.`);
    chunks.push(buffer);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, "");
}

async function questionsCommand(io: Io): Promise<number> {
  if (io.stdin.isTTY) {
    io.stderr.write("Bitte den Text der Anfrage über die Standardeingabe übergeben, z. B.: ratsantwort fragen < anfrage.txt\n");
    return 2;
  }
  const text = await readAll(io.stdin);
  io.stdout.write(`${JSON.stringify(splitQuestions(text).questions, null, 2)}\n`);
  return 0;
}

export async function run(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === "fragen" && rest.length === 0) return await questionsCommand(io);
    if (command === "--help" || command === "-h" || command === "hilfe") {
      io.stdout.write(USAGE);
      return 0;
    }
    io.stderr.write(command ? `Unbekannter Aufruf: ${args.join(" ")}\n\n${USAGE}` : USAGE);
    return 2;
  } catch (error) {
    io.stderr.write(`Fehler: ${error instanceof InputError ? error.message : String(error)}\n`);
    return 2;
  }
}
