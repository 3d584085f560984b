/** Entry of the task pane: waits for Office and the council profile, then shows the pane in Word's theme and language. */
import { createRoot } from "react-dom/client";
import { createWordGateway } from "../word/gateway";
import { meetsMinimum, MINIMUM_WORD_API } from "../word/capabilities";
import { App } from "./components/App";
import { Message } from "./components/Message";
import { languageFor } from "./i18n";
import { personalStore } from "./personal";
import { loadServedProfile } from "./profileSource";
import { Shell } from "./Shell";
import { themeFor } from "./theme";

const root = createRoot(document.getElementById("root")!);

async function start(info: { host: Office.HostType | null } | null): Promise<void> {
  const inWord = info?.host === Office.HostType.Word;
  const language = languageFor(inWord ? Office.context.displayLanguage : navigator.language);
  const theme = themeFor(inWord ? Office.context.officeTheme?.bodyBackgroundColor : undefined);
  document.documentElement.lang = language;
  const show = (view: JSX.Element) => root.render(<Shell theme={theme} language={language}>{view}</Shell>);

  if (!inWord) return show(<Message messageKey="notInWord" />);
  if (!meetsMinimum()) return show(<Message messageKey="requirementsMissing" params={{ version: MINIMUM_WORD_API }} />);
  const loaded = await loadServedProfile();
  if (!loaded.ok) return show(<Message messageKey="profileBroken" details={loaded.errors} />);
  const tab = new URLSearchParams(window.location.search).get("tab") === "check" ? "check" : "insert";
  // Word on the web partitions an add-in's storage; the key keeps one user's details apart from another add-in's.
  const store = personalStore(loaded.profile, () => window.localStorage, Office.context.partitionKey || undefined);
  show(<App gateway={createWordGateway(loaded.profile)} profile={loaded.profile} initialTab={tab} personalStore={store} />);
}

// Office.js may be missing altogether (opened straight in a browser without network): say so, don't go blank.
if (typeof Office === "undefined") void start(null);
else void Office.onReady(start);
