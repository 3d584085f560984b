/**
 * The in-process figures of `npm run bench`: round trips and inserted bytes per click, counted on each edition of
 * the in-page Word, and the core check's time.
 * Compiled by tsconfig.bench.json and run by scripts/bench.js, which prints the report.
 */
import { defaultProfile } from "../../src/core/profile";
import { buildAnswer, type QuestionContent } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { READ_LIMITS, readWordBody } from "../../src/core/ooxml/read";
import { hasChildren, textOf, type WmlNode } from "../../src/core/ooxml/tree";
import { splitQuestions } from "../../src/core/questions";
import { checkDocument, snapshotOfBody } from "../../src/core/check";
import { detectCapabilities } from "../../src/word/capabilities";
import { appendQuestions, insertAnswer, readDocumentState } from "../../src/word/document";
import { readSnapshot } from "../../src/word/check";
import { EDITION_IDS, installTestWord, type EditionId } from "../../src/word-emulator/testing";

const profile = defaultProfile();
const QUESTION_COUNTS = [1, 50, 500];
const QUESTIONS_SECTION = "reasons";

function pairs(n: number): QuestionContent[] {
  return Array.from({ length: n }, (_, i) => ({
    question: `Frage ${i + 1}: Wie viele Plätze gibt es?`,
    answer: `Antwort ${i + 1}: Es sind 2.500 Plätze.`,
  }));
}

function answerBody(n: number) {
  const parsed = readWordBody(
    documentPart(buildAnswer(profile, { content: { questions: { [QUESTIONS_SECTION]: pairs(n) } } }), false),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.body;
}

/** Round trips and bytes of one step, on a fresh document of the edition; `before` runs first and is not counted. */
async function measureStep<T>(
  edition: EditionId,
  body: ReturnType<typeof answerBody> | undefined,
  before: () => Promise<T>,
  step: (prepared: T) => Promise<unknown>,
) {
  const word = installTestWord({ edition, body });
  try {
    const prepared = await before();
    word.resetCounts();
    await step(prepared);
    return { syncs: word.syncCount, inserted: word.insertedOoxmlBytes, read: word.readOoxmlBytes };
  } finally {
    word.uninstall();
  }
}

const readState = () => readDocumentState(profile);
const nothing = () => Promise.resolve(undefined);

/**
 * What each click costs on one edition, as the pane does it: the state read when the pane gets focus, then the
 * click (with the kinds this Word lists), then the check's read (a re-check reads the same) and the check that writes a
 * changed title.
 */
async function editionFigures(edition: EditionId): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const put = (name: string, value: number) => (figures[`${edition}.${name}`] = value);
  put("focus_syncs", (await measureStep(edition, answerBody(1), nothing, readState)).syncs);
  // The title follows the answer's number and reason: the check that sees them changed writes it (docs/word-behaviour.md, row 18).
  put(
    "check_syncs_title_update",
    (await measureStep(edition, answerBody(1), nothing, () => readSnapshot(profile))).syncs,
  );
  for (const n of QUESTION_COUNTS) {
    const insert = await measureStep(edition, undefined, readState, (state) =>
      insertAnswer(profile, state, detectCapabilities(), { content: { questions: { [QUESTIONS_SECTION]: pairs(n) } } }),
    );
    put(`insert_syncs_${n}`, insert.syncs);
    put(`insert_payload_bytes_${n}`, insert.inserted);
    const append = await measureStep(edition, answerBody(1), readState, (state) =>
      appendQuestions(profile, QUESTIONS_SECTION, state, pairs(n), detectCapabilities()),
    );
    put(`append_syncs_${n}`, append.syncs);
    put(`append_payload_bytes_${n}`, append.inserted);
    // The pane's first check gives an answer without a title its title (one more round trip); every check after it:
    const check = await measureStep(
      edition,
      answerBody(n),
      () => readSnapshot(profile),
      () => readSnapshot(profile),
    );
    put(`check_syncs_${n}`, check.syncs);
    put(`check_read_bytes_${n}`, check.read);
  }
  return figures;
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

/** How far the largest genuine answer (500 questions) stays below the reader's limits: the limits' margin. */
function limitMargins(): Record<string, number> {
  const body = answerBody(500);
  let nodes = 0;
  let controls = 0;
  const stack: WmlNode[] = [...body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes++;
    if (node.type === "control") controls++;
    if (hasChildren(node)) stack.push(...node.children);
  }
  const characters = textOf(body).length;
  return {
    answer_500_nodes: nodes,
    answer_500_controls: controls,
    answer_500_characters: characters,
    limit_margin_nodes: Math.floor(READ_LIMITS.nodes / nodes),
    limit_margin_controls: Math.floor(READ_LIMITS.controls / controls),
    limit_margin_characters: Math.floor(READ_LIMITS.characters / characters),
  };
}

/** Milliseconds to split 5 MB of text that used to be quadratic ("1. 1. 1. …" on one line): linear now. */
function questionsSplitMs(): number {
  const text = "1. ".repeat(Math.ceil((5 * 1024 * 1024) / 3));
  const start = process.hrtime.bigint();
  splitQuestions(text);
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}

async function main(): Promise<void> {
  const figures: Record<string, number> = {};
  for (const edition of EDITION_IDS) Object.assign(figures, await editionFigures(edition));
  figures.core_check_ms_500 = coreCheckMs(500);
  Object.assign(figures, limitMargins());
  figures.questions_split_5mb_ms = questionsSplitMs();
  process.stdout.write(JSON.stringify(figures));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
