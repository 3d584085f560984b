/** The questions found in a pasted Anfrage, as the user corrects them before inserting. */
import { useCallback, useState } from "react";
import { splitQuestions } from "../../core/questions";

export function useQuestionImport() {
  const [source, setSource] = useState("");
  const [questions, setQuestions] = useState<string[]>([]);

  /** New text replaces the list: corrections belong to the text they were made on. */
  const changeSource = useCallback((text: string) => {
    setSource(text);
    setQuestions(splitQuestions(text).questions);
  }, []);

  const edit = useCallback((index: number, text: string) => {
    setQuestions((list) => list.map((q, i) => (i === index ? text : q)));
  }, []);

  const mergeWithNext = useCallback((index: number) => {
    setQuestions((list) => (index + 1 < list.length ? [...list.slice(0, index), `${list[index]} ${list[index + 1]}`, ...list.slice(index + 2)] : list));
  }, []);

  const remove = useCallback((index: number) => {
    setQuestions((list) => list.filter((_, i) => i !== index));
  }, []);

  const reset = useCallback(() => changeSource(""), [changeSource]);

  return { source, questions, changeSource, edit, mergeWithNext, remove, reset };
}
