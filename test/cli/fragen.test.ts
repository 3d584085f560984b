import { describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import path from "path";
import { PassThrough, Readable } from "stream";
import { run, MAX_INPUT_BYTES } from "../../src/cli/main";
import { SEED_INQUIRY_TEXT } from "../support/oparl-seed";

const ROOT = path.resolve(__dirname, "../..");

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString("utf8");
}

async function runWith(args: string[], input: string | Buffer) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(args, { stdin: Readable.from([Buffer.from(input)]), stdout, stderr });
  return { code, stdout: out(), stderr: err() };
}

describe("ratsantwort questions", () => {
  test("prints the questions as a JSON array of strings, umlauts intact", async () => {
    const result = await runWith(
      ["questions"],
      "\uFEFFSehr geehrte Damen und Herren,\r\n1. Wie groß ist der Bedarf?\r\n2. Wer zahlt für Maßnahmen nach § 31 SGB II?\r\nMit freundlichen Grüßen",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      "Wie groß ist der Bedarf?",
      "Wer zahlt für Maßnahmen nach § 31 SGB II?",
    ]);
  });

  test("input without questions gives an empty array", async () => {
    expect(JSON.parse((await runWith(["questions"], "Sehr geehrte Damen und Herren, vielen Dank.")).stdout)).toEqual(
      [],
    );
  });

  test("oversized input is refused with a German message and exit code 2", async () => {
    const result = await runWith(["questions"], Buffer.alloc(MAX_INPUT_BYTES + 1, 0x41));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/größer als 5 MB/);
  });

  test("a wrong call shows the help and exits with 2", async () => {
    const result = await runWith(["questions", "zu-viel"], "");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Aufruf: ratsantwort <Befehl>");
  });
});

test("the installed command (bin/ratsantwort.js) splits the seed's inquiry into its eight questions", () => {
  const inquiry = SEED_INQUIRY_TEXT;
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin/ratsantwort.js"), "fragen"], {
    input: inquiry,
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  const questions = JSON.parse(result.stdout) as string[];
  expect(questions).toHaveLength(8);
  expect(questions[0]).toBe(
    "Wer wurde bei der Formulierung der Vorgaben einbezogen? Wurden die jeweiligen Teams und der Personalrat dazu befragt?",
  );
});
