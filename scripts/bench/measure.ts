/**
 * The in-process figures of `npm run bench`: round trips counted on the Word stand-in, and the core check's time.
 * Compiled by tsconfig.bench.json and run by scripts/bench.js, which prints the report.
 */
import { defaultProfile } from "../../src/core/profile";
import { buildAnswer, type QuestionContent } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { readWordBody } from "../../src/core/ooxml/read";
import { ALL_CONTROL_KINDS } from "../../src/core/ooxml/controls";
import { checkDocument, snapshotOfBody } from "../../src/core/check";
import { insertAnswer, readDocumentState } from "../../src/word/document";
import { readSnapshot } from "../../src/word/check";
import { installFakeWord } from "../../test/support/fake-word";

const profile = defaultProfile();
const QUESTION_COUNTS = [1, 50, 500];

function pairs(n: number): QuestionContent[] {
  return Array.from({ length: n }, (_, i) => ({ question: `Frage ${i + 1}: Wie viele Plätze gibt es?`, answer: `Antwort ${i + 1}: Es sind 2.500 Plätze.` }));
}

function answerBody(n: number) {
  const parsed = readWordBody(documentPart(buildAnswer(profile, { content: { questions: { reasons: pairs(n) } } }), false));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.body;
}

/** Syncs of inserting the whole answer with n questions, counted after the state read the pane does on focus. */
async function insertSyncs(questions: number): Promise<number> {
  const word = installFakeWord();
  try {
    const state = await readDocumentState(profile);
    word.resetCounts();
    await insertAnswer(profile, state, ALL_CONTROL_KINDS, { content: { questions: { reasons: pairs(questions) } } });
    return word.syncCount;
  } finally {
    word.uninstall();
  }
}

async function checkSyncs(questions: number): Promise<number> {
  const word = installFakeWord({ body: answerBody(questions) });
  try {
    await readSnapshot();
    return word.syncCount;
  } finally {
    word.uninstall();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds of checkDocument on a 500-question snapshot: median of several runs after a warm-up. */
function coreCheckMs(questions: number): number {
  const snapshot = snapshotOfBody(answerBody(questions));
  const today = { year: 2026, month: 11, day: 25 };
  checkDocument(snapshot, profile, { today });
  const times = Array.from({ length: 9 }, () => {
    const start = process.hrtime.bigint();
    checkDocument(snapshot, profile, { today });
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return Math.round(median(times) * 10) / 10;
}

async function main(): Promise<void> {
  const figures: Record<string, number> = {};
  for (const n of QUESTION_COUNTS) figures[`insert_syncs_${n}`] = await insertSyncs(n);
  for (const n of QUESTION_COUNTS) figures[`check_syncs_${n}`] = await checkSyncs(n);
  figures.core_check_ms_500 = coreCheckMs(500);
  process.stdout.write(JSON.stringify(figures));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
