import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Button, Caption1, Spinner, Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/types";
import type { DocumentGateway } from "../../core/document/gateway";
import { useAnswerDocument } from "../hooks/useAnswerDocument";
import { useCheck } from "../hooks/useCheck";
import { useInquiry } from "../hooks/useInquiry";
import { usePersonal } from "../hooks/usePersonal";
import { memoryStore, type PersonalStore } from "../personal";
import { useTranslate } from "../locale";
import { InsertPanel } from "./InsertPanel";
import type { OParlSource } from "../oparlSource";

// The check tab (its panel, rules and summary) loads when first shown.
const CheckPanel = lazy(() =>
  import(/* webpackChunkName: "check" */ "./CheckPanel").then((m) => ({ default: m.CheckPanel })),
);
// The Selbsttest is for administrators, once per Word version: never in the pane's first load.
const SelftestPanel = lazy(() =>
  import(/* webpackChunkName: "selftest" */ "./SelftestPanel").then((m) => ({ default: m.SelftestPanel })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column" },
});

type TabId = "insert" | "check" | "selftest";

/**
 * The task pane: inserting and checking, each on its own tab; both keep their state while the other is shown.
 * `personalStore` keeps "Meine Angaben" between sessions (without it, for the pane's lifetime only).
 */
export function App(props: {
  gateway: DocumentGateway;
  profile: Profile;
  initialTab?: TabId;
  personalStore?: PersonalStore;
  /** Where inquiries come from (src/taskpane/oparlSource.ts); absent without an endpoint in the profile. */
  oparl?: OParlSource;
}) {
  const { gateway, profile, initialTab = "insert" } = props;
  const fallbackStore = useMemo(() => memoryStore(), []);
  const styles = useStyles();
  const t = useTranslate();
  const [tab, setTab] = useState<TabId>(initialTab);
  const doc = useAnswerDocument(gateway, profile, tab === "insert");
  const check = useCheck(gateway, profile, tab === "check");
  const inquiry = useInquiry(profile);
  const personal = usePersonal(profile, props.personalStore ?? fallbackStore);
  const runCheck = check.check;
  // Opened by the ribbon's "Prüfen": check at once.
  useEffect(() => {
    if (initialTab === "check") void runCheck();
  }, [initialTab, runCheck]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{t("appTitle")}</Subtitle1>
        <Caption1>{t("profileLabel", { name: profile.name })}</Caption1>
      </header>
      {tab === "selftest" && gateway.runSelftest ? (
        <Suspense fallback={<Spinner size="tiny" />}>
          <SelftestPanel gateway={gateway} onBack={() => setTab("insert")} />
        </Suspense>
      ) : (
        <>
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
            <Tab value="insert">{t("tabInsert")}</Tab>
            <Tab value="check">{t("tabCheck")}</Tab>
          </TabList>
          <div role="tabpanel" aria-label={tab === "insert" ? t("tabInsert") : t("tabCheck")}>
            {tab === "insert" ? (
              <InsertPanel doc={doc} inquiry={inquiry} personal={personal} profile={profile} oparl={props.oparl} />
            ) : (
              <Suspense fallback={<Spinner size="tiny" />}>
                <CheckPanel check={check} profile={profile} />
              </Suspense>
            )}
          </div>
          {gateway.runSelftest && (
            <footer>
              <Button appearance="transparent" size="small" onClick={() => setTab("selftest")}>
                {t("selftestLink")}
              </Button>
            </footer>
          )}
        </>
      )}
    </main>
  );
}
