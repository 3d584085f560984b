/**
 * Shows the pane on whatever Word the globals Office and Word stand for: Word itself, or the preview's
 * in-page Word (src/preview). Language, theme and storage prefix come from the host either way (src/word/host.ts).
 */
import type { Root } from "react-dom/client";
import type { Profile } from "../core/profile/types";
import type { ProfileResult } from "../core/profile/validate";
import { createWordGateway } from "../word/gateway";
import { hostSettings, meetsMinimum, MINIMUM_WORD_API } from "../word/host";
import { App } from "./components/App";
import { languageFor, loadLanguage } from "./i18n";
import { personalStore } from "./personal";
import { loadServedProfile } from "./profileSource";
import { Shell } from "./Shell";
import { oparlSourceFor, type OParlSource } from "./oparlSource";
import { applyTheme } from "./theme";
import { Message } from "./components/Message";

export interface PaneOptions {
  /** Puts the pane into a page of its own (the preview shows its document beside it). */
  frame?: (pane: JSX.Element) => JSX.Element;
  /** Called with the council profile once it is loaded, before the pane first reads the document. */
  withProfile?: (profile: Profile) => void;
  /** The profile as it is being loaded; started by the caller as early as it can (otherwise here). */
  profile?: Promise<ProfileResult>;
  /** Where inquiries come from when the profile names no endpoint (the preview's sample). */
  sampleOParl?: (profile: Profile) => OParlSource | undefined;
}

export async function showPane(root: Root, options: PaneOptions = {}): Promise<void> {
  const host = hostSettings();
  const language = languageFor(host.displayLanguage);
  await Promise.all([applyTheme(host.background), loadLanguage(language)]);
  document.documentElement.lang = language;
  const frame = options.frame ?? ((pane: JSX.Element) => pane);
  const show = (view: JSX.Element) => root.render(<Shell language={language}>{frame(view)}</Shell>);

  if (!meetsMinimum()) return show(<Message messageKey="requirementsMissing" params={{ version: MINIMUM_WORD_API }} />);
  const loaded = await (options.profile ?? loadServedProfile());
  if (!loaded.ok) return show(<Message messageKey="profileBroken" details={loaded.errors} />);
  options.withProfile?.(loaded.profile);
  const asked = new URLSearchParams(window.location.search).get("tab");
  const tab = asked === "check" ? "check" : asked === "selbsttest" ? "selftest" : "insert";
  const store = personalStore(loaded.profile, () => window.localStorage, host.storagePartition);
  const oparl = oparlSourceFor(loaded.profile) ?? options.sampleOParl?.(loaded.profile);
  show(
    <App
      gateway={createWordGateway(loaded.profile)}
      profile={loaded.profile}
      initialTab={tab}
      personalStore={store}
      oparl={oparl}
    />,
  );
}

/** Where even the preview cannot start: say what the add-in is, never a blank page. */
export async function showNotInWord(root: Root): Promise<void> {
  const language = languageFor(navigator.language);
  document.documentElement.lang = language;
  await loadLanguage(language);
  root.render(
    <Shell language={language}>
      <Message messageKey="notInWord" />
    </Shell>,
  );
}
