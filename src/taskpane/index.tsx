/** Entry of the task pane: waits for Office, then shows the pane in Word's theme and language. */
import { createRoot } from "react-dom/client";
import { defaultProfile } from "../core/profile";
import { createWordGateway } from "../word/gateway";
import { meetsMinimum, MINIMUM_WORD_API } from "../word/capabilities";
import { App } from "./components/App";
import { Message } from "./components/Message";
import { languageFor } from "./i18n";
import { Shell } from "./Shell";
import { themeFor } from "./theme";

const root = createRoot(document.getElementById("root")!);

function start(info: { host: Office.HostType | null } | null): void {
  const inWord = info?.host === Office.HostType.Word;
  const language = languageFor(inWord ? Office.context.displayLanguage : navigator.language);
  const theme = themeFor(inWord ? Office.context.officeTheme?.bodyBackgroundColor : undefined);
  document.documentElement.lang = language;
  let view;
  if (!inWord) view = <Message messageKey="notInWord" />;
  else if (!meetsMinimum()) view = <Message messageKey="requirementsMissing" params={{ version: MINIMUM_WORD_API }} />;
  else {
    const profile = defaultProfile();
    const tab = new URLSearchParams(window.location.search).get("tab") === "check" ? "check" : "insert";
    view = <App gateway={createWordGateway(profile)} profile={profile} initialTab={tab} />;
  }
  root.render(<Shell theme={theme} language={language}>{view}</Shell>);
}

// Office.js may be missing altogether (opened straight in a browser without network): say so, don't go blank.
if (typeof Office === "undefined") start(null);
else void Office.onReady(start);
