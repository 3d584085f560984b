import type { ReactNode } from "react";
import { AriaLiveAnnouncer, FluentProvider, type Theme } from "@fluentui/react-components";
import type { Language } from "./i18n";
import { LocaleProvider } from "./locale";

/**
 * Theme and language around every view of the pane. The announcer gives Fluent's message bars a live region:
 * without it their announcements go nowhere, and a screen reader would not hear what an action did.
 */
export function Shell({ theme, language, children }: { theme: Theme; language: Language; children: ReactNode }) {
  return (
    <FluentProvider theme={theme} lang={language} style={{ minHeight: "100vh" }}>
      <AriaLiveAnnouncer>
        <LocaleProvider language={language}>{children}</LocaleProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
