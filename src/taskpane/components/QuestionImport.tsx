import { useEffect, useState } from "react";
import { Button, Caption1, Field, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useQuestionImport } from "../hooks/useQuestionImport";
import { useTexts } from "../locale";
import { IMPORT_TEXTS } from "./questionImportTexts";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface Props {
  /** The document has the questions section: the questions are appended to it. Otherwise the whole answer goes in. */
  sectionPresent: boolean;
  /** Says why the whole answer goes in (the section's name). */
  answerHint: string;
  busy: boolean;
  readSelectedText: () => Promise<string>;
  /** Resolves true when Word took every question; the list is kept otherwise, so nothing is lost. */
  onInsert: (questions: string[]) => Promise<boolean>;
  /** Inserts the whole answer with these questions; resolves true when it went in. */
  onInsertAnswer: (questions: string[]) => Promise<boolean>;
  /** An inquiry's text from elsewhere (the council information system): it replaces the text here when it changes. */
  offered?: { text: string } | null;
}

/** Paste or select an Anfrage, check the split, insert every question as a numbered pair in one step. */
export function QuestionImport(props: Props) {
  const styles = useStyles();
  const lists = useListStyles();
  const t = useTexts(IMPORT_TEXTS);
  const model = useQuestionImport();
  const [selectionEmpty, setSelectionEmpty] = useState(false);
  const questions = model.questions.filter((q) => q.trim() !== "");
  const { changeSource } = model;
  const offered = props.offered;
  useEffect(() => {
    if (offered) changeSource(offered.text);
  }, [offered, changeSource]);

  const takeSelection = async () => {
    const text = await props.readSelectedText().catch(() => "");
    setSelectionEmpty(text.trim() === "");
    if (text.trim() !== "") model.changeSource(text);
  };
  const insert = async () => {
    const inserted = props.sectionPresent ? props.onInsert(questions) : props.onInsertAnswer(questions);
    if (await inserted) model.reset();
  };
  const insertLabel = props.sectionPresent
    ? questions.length === 1
      ? t("importInsertOne")
      : t("importInsert", { count: questions.length })
    : questions.length === 1
      ? t("importInsertAnswerOne")
      : t("importInsertAnswer", { count: questions.length });

  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading">
        {t("importHeading")}
      </Subtitle2>
      <Caption1>{t("importHint")}</Caption1>
      <Field
        label={t("importTextLabel")}
        validationState={selectionEmpty ? "warning" : "none"}
        validationMessage={selectionEmpty ? t("importSelectionEmpty") : undefined}
      >
        <Textarea
          resize="vertical"
          rows={4}
          value={model.source}
          placeholder={t("importTextPlaceholder")}
          onChange={(_, data) => model.changeSource(data.value)}
        />
      </Field>
      <Button onClick={() => void takeSelection()} disabled={props.busy}>
        {t("importFromSelection")}
      </Button>

      {model.source.trim() !== "" && model.questions.length === 0 && <Text role="status">{t("importFoundNone")}</Text>}
      {model.questions.length > 0 && (
        <>
          <Text role="status">{t("importFoundCount", { count: model.questions.length })}</Text>
          <ol className={lists.roomy}>
            {model.questions.map((question, i) => (
              <li key={i}>
                <Field label={t("importQuestionLabel", { number: i + 1 })}>
                  <Textarea resize="vertical" value={question} onChange={(_, data) => model.edit(i, data.value)} />
                </Field>
                <div className={styles.actions}>
                  {i + 1 < model.questions.length && (
                    <Button size="small" appearance="subtle" onClick={() => model.mergeWithNext(i)}>
                      {t("importMergeNext")}
                    </Button>
                  )}
                  <Button size="small" appearance="subtle" onClick={() => model.remove(i)}>
                    {t("importRemove", { number: i + 1 })}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
          <Button appearance="primary" disabled={props.busy || questions.length === 0} onClick={() => void insert()}>
            {insertLabel}
          </Button>
          {!props.sectionPresent && <Caption1>{props.answerHint}</Caption1>}
        </>
      )}
    </section>
  );
}
