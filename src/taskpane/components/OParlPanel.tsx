import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatGermanDate } from "../../core/dates";
import { describeOParlError } from "../../core/oparl/errors";
import { inquiryValues, type OParlInquiry, type PaperSummary } from "../../core/oparl/inquiries";
import type { OParlSettings, Profile } from "../../core/profile/types";
import { useOParl } from "../hooks/useOParl";
import type { OParlSource } from "../oparlSource";
import { useLanguage, useTexts } from "../locale";
import { OPARL_TEXTS } from "./oparlTexts";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  paper: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** What a chosen paper gives the pane: the form's values (the profile's keys), the day it came in, its text. */
export interface TakenInquiry {
  values: Record<string, string>;
  received: string;
  text: string | null;
}

interface Props {
  source: OParlSource;
  settings: OParlSettings;
  profile: Profile;
  /** The paper the user chose, read in full: the pane fills the inquiry's fields and offers its questions. */
  onChosen: (taken: TakenInquiry) => void;
}

function PaperItem(props: { paper: PaperSummary; busy: boolean; choosing: boolean; onChoose: () => void }) {
  const { paper } = props;
  const styles = useStyles();
  const t = useTexts(OPARL_TEXTS);
  const name = paper.reference || paper.subject;
  return (
    <li className={styles.paper}>
      <div className={styles.line}>
        <Text weight="semibold">{paper.reference || t("noReference")}</Text>
        {paper.date && <Caption1>{paper.date}</Caption1>}
        <Caption1>{paper.paperType}</Caption1>
        {paper.kind === "inquiry" && paper.related && (
          <Badge appearance="tint" color="informative">
            {t("answeredBy", { reference: paper.related })}
          </Badge>
        )}
      </div>
      <Text>{paper.subject}</Text>
      {paper.kind === "answer" ? (
        <Caption1>{t("isAnswer", { reference: paper.related ?? t("unknownPaper") })}</Caption1>
      ) : (
        <div>
          <Button size="small" disabled={props.busy} onClick={props.onChoose} aria-label={t("chooseNamed", { name })}>
            {props.choosing ? <Spinner size="extra-tiny" label={t("reading")} /> : t("choose")}
          </Button>
        </div>
      )}
    </li>
  );
}

/** "Aus dem Ratsinformationssystem": the recent inquiries of the body, searchable; one click fills the form. */
export function OParlPanel({ source, settings, profile, onChosen }: Props) {
  const styles = useStyles();
  const lists = useListStyles();
  const language = useLanguage();
  const t = useTexts(OPARL_TEXTS);
  const model = useOParl(source, settings);
  const { load } = model;
  const origin = new URL(source.endpoint).host;

  const choose = async (paper: PaperSummary) => {
    const inquiry = await model.choose(paper);
    if (inquiry) onChosen({ ...inquiryValues(profile, inquiry), text: inquiry.text });
  };

  return (
    <section className={styles.root} aria-labelledby="oparl-heading" aria-busy={load.state === "loading"}>
      <Subtitle2 as="h2" id="oparl-heading">
        {t("heading")}
      </Subtitle2>
      <Caption1>
        {source.sample
          ? t("hintSample", { days: settings.recentDays })
          : t("hint", { days: settings.recentDays, origin })}
      </Caption1>
      {(load.state === "idle" || load.state === "failed") && (
        <Button onClick={() => void model.open()}>{load.state === "idle" ? t("load") : t("retry")}</Button>
      )}
      {load.state === "loading" && <Spinner size="tiny" label={t("loading")} labelPosition="after" />}
      {load.state === "failed" && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{describeOParlError(load.error, language)}</MessageBarBody>
        </MessageBar>
      )}
      {load.state === "ready" && (
        <>
          <Field label={t("searchLabel")}>
            <Input
              type="search"
              value={model.query}
              placeholder={t("searchPlaceholder", { example: profile.numbers.inquiry.example })}
              onChange={(_, data) => model.setQuery(data.value)}
            />
          </Field>
          <Text role="status">
            {model.shown.length === 0
              ? t("foundNone")
              : model.shown.length === 1
                ? t("foundOne")
                : t("foundCount", { count: model.shown.length })}
          </Text>
          <ul className={lists.roomy} aria-label={t("heading")}>
            {model.shown.map((paper) => (
              <PaperItem
                key={paper.id}
                paper={paper}
                busy={model.choosing !== null}
                choosing={model.choosing === paper.id}
                onChoose={() => void choose(paper)}
              />
            ))}
          </ul>
        </>
      )}
      {model.chooseError && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{describeOParlError(model.chooseError, language)}</MessageBarBody>
        </MessageBar>
      )}
      {model.chosen && <ChosenSummary inquiry={model.chosen} />}
    </section>
  );
}

function ChosenSummary({ inquiry }: { inquiry: OParlInquiry }) {
  const t = useTexts(OPARL_TEXTS);
  const meeting = [
    inquiry.meetingDate ? t("meetingOn", { date: formatGermanDate(inquiry.meetingDate) }) : "",
    inquiry.committee,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <MessageBar intent={inquiry.text ? "success" : "warning"} politeness="polite">
      <MessageBarBody>
        {t("taken", { reference: inquiry.reference || inquiry.subject, originator: inquiry.originator || "–" })}
        {meeting && ` ${t("takenMeeting", { meeting })}`}{" "}
        {inquiry.textProblem === "missing"
          ? t("textMissing")
          : inquiry.textProblem === "tooLong"
            ? t("textTooLong")
            : t("textOffered")}
      </MessageBarBody>
    </MessageBar>
  );
}
