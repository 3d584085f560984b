/** Question pairs: complete, numbered 1..n, references that lead to a real answer. */
import { listOf, phrase, quoted } from "../../../src/core/check/messages";
import { describe, expect, test } from "@jest/globals";
import answerReferences from "../../../src/core/check/rules/answerReferences";
import { referencedNumbers } from "../../../src/core/check/values/references";
import questionNumbering from "../../../src/core/check/rules/questionNumbering";
import questionsComplete from "../../../src/core/check/rules/questionsComplete";
import { parseQuestionNumber } from "../../../src/core/check/support/questionNumbers";
import { SEED_QUESTIONS } from "./seedContent";
import {
  indexOfTag,
  moveSubtreeBefore,
  pairFrames,
  passingSeed,
  removeSubtree,
  runRule,
  said,
  tagOf,
  withText,
} from "./support";

const seed = passingSeed();
const numberControl = (snapshot = seed, nth: number) => indexOfTag(snapshot, tagOf("qn", "reasons"), nth);
const answerControl = (snapshot = seed, nth: number) => indexOfTag(snapshot, tagOf("qa", "reasons"), nth);
/** „Frage 4“, „Antwort 6“: a pair's part named by the number it shows. */
const numbered = (title: string, number: number) => quoted(phrase("numberedPair", { title, number }));
const reasons = quoted("Begründung");
const withAnswers = (answers: Record<number, string>) =>
  passingSeed({}, { reasons: SEED_QUESTIONS.map((q, i) => ({ ...q, answer: answers[i + 1] ?? q.answer })) });

describe("questionsComplete", () => {
  test("passes when every pair has question and answer", () => {
    expect(runRule(questionsComplete, seed)).toEqual([]);
  });

  test("an empty answer and an empty question are errors at their controls", () => {
    const snapshot = passingSeed(
      {},
      {
        reasons: SEED_QUESTIONS.map((q, i) => ({
          question: i === 3 ? "" : q.question,
          answer: i === 5 ? "" : q.answer,
        })),
      },
    );
    const findings = runRule(questionsComplete, snapshot);
    expect(findings.map(said)).toEqual([
      { messageId: "empty", data: { name: numbered("Frage", 4), todo: phrase("insertQuestion") } },
      { messageId: "empty", data: { name: numbered("Antwort", 6), todo: phrase("answerIt") } },
    ]);
    expect(findings.map((f) => f.target)).toEqual([
      indexOfTag(snapshot, tagOf("qt", "reasons"), 3),
      answerControl(snapshot, 5),
    ]);
  });

  test("a pair without a number is named by its place, its question as its answer", () => {
    const snapshot = withText(withAnswers({ 2: "" }), numberControl(seed, 1), "");
    expect(runRule(questionsComplete, snapshot).map(said)).toEqual([
      {
        messageId: "empty",
        data: { name: quoted(phrase("pairAtPosition", { title: "Antwort", position: 2 })), todo: phrase("answerIt") },
      },
    ]);
    const withoutQuestion = withText(snapshot, indexOfTag(snapshot, tagOf("qt", "reasons"), 1), "");
    expect(runRule(questionsComplete, withoutQuestion).map(said)[0]).toEqual({
      messageId: "empty",
      data: { name: quoted(phrase("pairAtPosition", { title: "Frage", position: 2 })), todo: phrase("insertQuestion") },
    });
  });

  test("a whitespace-only answer is empty", () => {
    expect(runRule(questionsComplete, withText(seed, answerControl(seed, 0), " \n \n"))).toHaveLength(1);
  });

  test("a deleted answer control is reported at its pair", () => {
    const snapshot = removeSubtree(seed, answerControl(seed, 2));
    const findings = runRule(questionsComplete, snapshot);
    expect(findings.map((f) => [said(f), f.target])).toEqual([
      [
        { messageId: "missing", data: { name: numbered("Antwort", 3), todo: phrase("answerIt") } },
        pairFrames(snapshot)[2],
      ],
    ]);
  });

  test("a questions section without any pair is an error at its frame", () => {
    let snapshot = seed;
    for (const frame of pairFrames(seed).reverse()) snapshot = removeSubtree(snapshot, frame);
    const findings = runRule(questionsComplete, snapshot);
    expect(findings.map((f) => f.target)).toEqual([indexOfTag(snapshot, tagOf("s", "reasons"))]);
  });
});

describe("questionNumbering", () => {
  test("numbers as written: „1.“, „1“, „1)“", () => {
    expect(["1.", "1", "1)", " 12. "].map(parseQuestionNumber)).toEqual([1, 1, 1, 12]);
    expect(["a)", "1.2", "", "Frage 1", "I."].map(parseQuestionNumber)).toEqual([null, null, null, null, null]);
  });

  test("passes for 1..8", () => {
    expect(runRule(questionNumbering, seed)).toEqual([]);
    expect(runRule(questionNumbering, withText(seed, numberControl(seed, 2), "3)"))).toEqual([]);
  });

  test("deleting question 3 leaves a gap: one finding, offering to renumber", () => {
    const snapshot = removeSubtree(seed, pairFrames(seed)[2]);
    const findings = runRule(questionNumbering, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      sectionId: "reasons",
      repair: "renumberQuestions",
      target: numberControl(snapshot, 2),
    });
    expect(said(findings[0])).toEqual({
      messageId: "gap",
      data: { section: reasons, range: "1–7", numbers: listOf([3]) },
    });
  });

  test("deleting the last question leaves a valid numbering", () => {
    expect(runRule(questionNumbering, removeSubtree(seed, pairFrames(seed)[7]))).toEqual([]);
  });

  test("moving question 5 before question 2 is out of order", () => {
    const frames = pairFrames(seed);
    const snapshot = moveSubtreeBefore(seed, frames[4], frames[1]);
    const findings = runRule(questionNumbering, snapshot);
    expect(findings.map((f) => [said(f), f.target, f.repair])).toEqual([
      [
        { messageId: "outOfOrder", data: { section: reasons, title: "Frage", number: 5, position: 2 } },
        numberControl(snapshot, 1),
        "renumberQuestions",
      ],
    ]);
  });

  test("a duplicate number is reported once, at its second use, with the gap it leaves", () => {
    const snapshot = withText(seed, numberControl(seed, 3), "3.");
    expect(runRule(questionNumbering, snapshot).map((f) => [said(f), f.target])).toEqual([
      [{ messageId: "duplicate", data: { section: reasons, number: 3 } }, numberControl(seed, 3)],
      [{ messageId: "gap", data: { section: reasons, range: "1–8", numbers: listOf([4]) } }, numberControl(seed, 3)],
    ]);
  });

  test("a pair without a valid number", () => {
    const snapshot = withText(withText(seed, numberControl(seed, 1), "b)"), numberControl(seed, 4), "");
    const findings = runRule(questionNumbering, snapshot);
    expect(said(findings[0])).toEqual({
      messageId: "unnumbered",
      data: { section: reasons, title: "Frage", position: 2, more: phrase("andMore", { count: 1 }) },
    });
    expect(findings.every((f) => f.repair === "renumberQuestions")).toBe(true);
  });

  test("one pair without a number is named alone, with no „und … weitere“", () => {
    const findings = runRule(questionNumbering, withText(seed, numberControl(seed, 1), "b)"));
    expect(findings.map(said)).toEqual([
      { messageId: "unnumbered", data: { section: reasons, title: "Frage", position: 2, more: "" } },
      { messageId: "gap", data: { section: reasons, range: "1–8", numbers: listOf([2]) } },
    ]);
  });

  test("two numbers missing are named together, the last number too", () => {
    // 1, 2, 3, 4, 5, 6, 9, 10 of eight pairs: 7 and 8 are missing, 8 being the last.
    const snapshot = withText(withText(seed, numberControl(seed, 6), "9."), numberControl(seed, 7), "10.");
    expect(runRule(questionNumbering, snapshot).map(said)).toEqual([
      { messageId: "gaps", data: { section: reasons, range: "1–8", numbers: listOf([7, 8]) } },
    ]);
    expect(runRule(questionNumbering, withText(seed, numberControl(seed, 7), "9.")).map(said)).toEqual([
      { messageId: "gap", data: { section: reasons, range: "1–8", numbers: listOf([8]) } },
    ]);
  });

  test("of more than ten missing numbers, the first ten are named and „…“ says there are more", () => {
    const twelve = passingSeed({}, { reasons: Array.from({ length: 12 }, (_, i) => SEED_QUESTIONS[i % 8]) });
    let snapshot = twelve;
    for (let i = 1; i < 12; i++) snapshot = withText(snapshot, numberControl(twelve, i), `${i + 19}.`);
    expect(runRule(questionNumbering, snapshot).map(said)).toEqual([
      {
        messageId: "gaps",
        data: { section: reasons, range: "1–12", numbers: listOf([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, "…"]) },
      },
    ]);
  });
});

describe("referencedNumbers", () => {
  test.each([
    ["Siehe 1.", [1]],
    ["siehe Antwort zu Frage 3", [3]],
    ["Vgl. Antwort 2", [2]],
    ["s. o. zu 1", [1]],
    ["s.o. zu 1.", [1]],
    ["Siehe hierzu die Antwort zu Frage 1.", [1]],
    ["Siehe Antworten zu 1 und 2.", [1, 2]],
    ["Vgl. Ausführungen zu Frage Nr. 4", [4]],
    ["siehe Frage 6)", [6]],
    ["  Siehe 12 und 13.  ", [12, 13]],
  ])("%s refers to %p", (answer, numbers) => expect(referencedNumbers(answer)).toEqual(numbers));

  test.each([
    "Siehe Anlage 1.",
    "Die Anfrage wurde an die Bezirksregierung weitergeleitet.",
    "Siehe 1. Darüber hinaus wurden die Teams befragt.",
    "Siehe oben.",
    "1",
  ])("%s is an answer, not a reference", (answer) => expect(referencedNumbers(answer)).toBeNull());
});

describe("answerReferences", () => {
  test("„Siehe 1.“ pointing at a real answer passes", () => {
    expect(runRule(answerReferences, seed)).toEqual([]);
    expect(
      runRule(answerReferences, withAnswers({ 4: "siehe Antwort zu Frage 3", 5: "Vgl. Antwort 3", 6: "s. o. zu 1" })),
    ).toEqual([]);
  });

  test("a reference to a question that does not exist", () => {
    const snapshot = withAnswers({ 2: "Siehe 9." });
    const findings = runRule(answerReferences, snapshot);
    expect(findings.map((f) => [f.severity, f.target])).toEqual([["error", answerControl(snapshot, 1)]]);
    expect(said(findings[0])).toEqual({
      messageId: "missing",
      data: { name: numbered("Antwort", 2), question: "Frage", number: 9 },
    });
  });

  test("a reference to itself", () => {
    expect(said(runRule(answerReferences, withAnswers({ 2: "Siehe 2." }))[0])).toEqual({
      messageId: "self",
      data: { name: numbered("Antwort", 2), question: "Frage", number: 2 },
    });
  });

  test("a reference to an answer that is itself only a reference (or empty)", () => {
    const chained = runRule(answerReferences, withAnswers({ 3: "Siehe 2." }));
    expect(chained.map(said)).toEqual([
      { messageId: "noOwnAnswer", data: { name: numbered("Antwort", 3), question: "Frage", number: 2 } },
    ]);
    const toEmpty = runRule(answerReferences, withAnswers({ 1: "" }));
    expect(toEmpty.map((f) => f.target)).toEqual([answerControl(seed, 1)]);
  });

  test("the answer of a pair without a number is named by its place", () => {
    const snapshot = withText(withAnswers({ 3: "Siehe 9." }), numberControl(seed, 2), "");
    expect(runRule(answerReferences, snapshot).map(said)).toEqual([
      {
        messageId: "missing",
        data: {
          name: quoted(phrase("pairAtPosition", { title: "Antwort", position: 3 })),
          question: "Frage",
          number: 9,
        },
      },
    ]);
  });

  test("each number of a list is checked", () => {
    expect(runRule(answerReferences, withAnswers({ 4: "Siehe 1 und 9." }))).toHaveLength(1);
  });

  test("where two questions share a number, a reference goes to the first of them (the numbering rule reports the duplicate)", () => {
    // The seed's second question renumbered "1." refers to "Siehe 1.": the first question 1 has an answer of its own.
    const snapshot = withText(seed, indexOfTag(seed, tagOf("qn", "reasons"), 1), "1.");
    expect(runRule(answerReferences, snapshot)).toEqual([]);
    expect(runRule(questionNumbering, snapshot).length).toBeGreaterThan(0);
  });
});
