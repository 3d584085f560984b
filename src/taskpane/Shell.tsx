import type { ReactNode } from "react";
import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import type { Language } from "./i18n";
import { LocaleProvider } from "./locale";

/** The theme's variables are on the page already (theme.ts); the provider adds none of its own. */
const THEME_FROM_CSS = {};

/**
 * Theme and language around every view of the pane. The announcer gives Fluent's message bars a live region:
 * without it their announcements go nowhere, and a screen reader would not hear what an action did.
 */
export function Shell({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <FluentProvider theme={THEME_FROM_CSS} lang={language} style={{ minHeight: "100vh" }}>
      <AriaLiveAnnouncer>
        <LocaleProvider language={language}>{children}</LocaleProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
