import { useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Profile } from "../../core/profile/types";
import type { Finding } from "../../core/check/findings";
import { groupFindings, summarize, tally, verdict, type FindingPlace } from "../../core/check";
import type { CheckModel } from "../hooks/useCheck";
import { useLanguage, useTexts } from "../locale";
import { CHECK_TEXTS } from "./checkPanelTexts";
import { NoticeBar } from "./NoticeBar";
import { AdoptionOffer } from "./AdoptionOffer";
import { sectionTitle } from "../../core/profile/sections";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  finding: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalXXS },
  findingButton: {
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  findingText: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  // The severity stays one word however long the message is (at 320 px it was squeezed to "Fe/hl/er").
  badge: { flexShrink: 0 },
});

function Verdict({ findings }: { findings: Finding[] }) {
  const t = useTexts(CHECK_TEXTS);
  const language = useLanguage();
  const { errors, hints: hintCount } = tally(findings);
  const hints = hintCount === 1 ? t("hintCountOne") : t("hintCountOther", { count: hintCount });
  if (errors > 0) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{verdict(findings, language)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("readyForSubmission")}</MessageBarTitle>
        {hintCount > 0 && t("readyWithHints", { hints })}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A control's place needs the answer's controls read (not recognised); a paragraph's is found in any document. */
const canGoTo = (finding: Finding, check: CheckModel) =>
  finding.place !== undefined || (finding.target !== null && check.canAct);

function FindingItem({ finding, check }: { finding: Finding; check: CheckModel }) {
  const styles = useStyles();
  const t = useTexts(CHECK_TEXTS);
  const language = useLanguage();
  const message = finding.message[language];
  const severity = finding.severity === "error" ? t("severityError") : t("severityHint");
  const badge = (
    <Badge className={styles.badge} appearance="filled" color={finding.severity === "error" ? "danger" : "informative"}>
      {severity}
    </Badge>
  );
  return (
    <li className={styles.finding}>
      {!canGoTo(finding, check) ? (
        <span className={styles.findingText}>
          {badge}
          <span>{message}</span>
        </span>
      ) : (
        <Button
          className={styles.findingButton}
          appearance="subtle"
          title={t("goToHint")}
          onClick={() => void check.goTo(finding)}
        >
          <span className={styles.findingText}>
            {badge}
            <span>{message}</span>
          </span>
        </Button>
      )}
      {check.canAct && finding.repair === "restoreSection" && finding.sectionId && (
        <Button size="small" disabled={check.running} onClick={() => void check.restoreSection(finding.sectionId!)}>
          {t("restoreSection")}
        </Button>
      )}
      {check.canAct && finding.repair === "renumberQuestions" && finding.sectionId && (
        <Button size="small" disabled={check.running} onClick={() => void check.renumber(finding.sectionId!)}>
          {t("renumberQuestions")}
        </Button>
      )}
      {finding.repair === "removeSpacing" && (
        <Button size="small" disabled={check.running} onClick={() => void check.removeSpacing(finding)}>
          {t("removeSpacing")}
        </Button>
      )}
      {finding.repair === "setTitle" && (
        <Button size="small" disabled={check.running} onClick={() => void check.setTitle()}>
          {t("setTitle")}
        </Button>
      )}
    </li>
  );
}

/** Copies the summary for the e-mail to the Sitzungsdienst; where the clipboard is closed, shows it to copy by hand. */
function CopySummary({ findings, profile }: { findings: Finding[]; profile: Profile }) {
  const t = useTexts(CHECK_TEXTS);
  const language = useLanguage();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const text = summarize(findings, profile, language);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  return (
    <>
      <Button onClick={() => void copy()}>{t("copySummary")}</Button>
      {state === "copied" && <Caption1 role="status">{t("summaryCopied")}</Caption1>}
      {state === "failed" && (
        <>
          <Caption1 role="status">{t("summaryCopyFailed")}</Caption1>
          <Textarea aria-label={t("summaryLabel")} readOnly value={text} rows={8} />
        </>
      )}
    </>
  );
}

export function CheckPanel({ check, profile }: { check: CheckModel; profile: Profile }) {
  const styles = useStyles();
  const lists = useListStyles();
  const t = useTexts(CHECK_TEXTS);
  const titleOf = ({ sectionId, group }: FindingPlace) =>
    group ? t("accessibilityGroup") : sectionId === null ? t("documentGroup") : sectionTitle(profile, sectionId);
  return (
    <div className={styles.root}>
      <Caption1>{t("checkIntro")}</Caption1>
      <Button appearance="primary" size="large" disabled={check.running} onClick={() => void check.check()}>
        {t("checkButton")}
      </Button>
      {check.running && <Spinner size="tiny" label={t("checkRunning")} labelPosition="after" />}
      <NoticeBar notice={check.notice} onDismiss={check.dismissNotice} />
      {check.result && (
        <>
          <Verdict findings={check.result.findings} />
          <AdoptionOffer adoption={check.adoption} busy={check.running} />
          {groupFindings(check.result.findings, profile).map((group) => (
            <section key={group.group ?? group.sectionId ?? "document"} aria-label={titleOf(group)}>
              <Subtitle2 as="h2">{titleOf(group)}</Subtitle2>
              <ul className={lists.tight}>
                {group.findings.map((finding, i) => (
                  <FindingItem key={`${finding.rule}-${finding.target}-${i}`} finding={finding} check={check} />
                ))}
              </ul>
            </section>
          ))}
          <CopySummary findings={check.result.findings} profile={profile} />
        </>
      )}
    </div>
  );
}
