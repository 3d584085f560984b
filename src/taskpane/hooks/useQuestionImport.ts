/** The questions found in a pasted Anfrage, as the user corrects them before inserting. */
import { useCallback, useState } from "react";
import { splitQuestions } from "../../core/questions";

function proposedQuestions(text: string): string[] {
  try {
    return splitQuestions(text).questions;
  } catch {
    return [];
  }
}

export function useQuestionImport() {
  const [source, setSource] = useState("");
  const [questions, setQuestions] = useState<string[]>([]);

  /** New text replaces the list: corrections belong to the text they were made on. */
  const changeSource = useCallback((text: string) => {
    setSource(text);
    // A splitter bug costs the proposal, never the pane: the user can still type the questions.
    setQuestions(proposedQuestions(text));
  }, []);

  const edit = useCallback((index: number, text: string) => {
    setQuestions((list) => list.map((q, i) => (i === index ? text : q)));
  }, []);

  const mergeWithNext = useCallback((index: number) => {
    setQuestions((list) =>
      index + 1 < list.length
        ? [...list.slice(0, index), `${list[index]} ${list[index + 1]}`, ...list.slice(index + 2)]
        : list,
    );
  }, []);

  const remove = useCallback((index: number) => {
    setQuestions((list) => list.filter((_, i) => i !== index));
  }, []);

  const reset = useCallback(() => changeSource(""), [changeSource]);

  return { source, questions, changeSource, edit, mergeWithNext, remove, reset };
}
