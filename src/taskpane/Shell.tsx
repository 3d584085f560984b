import type { ReactNode } from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { Language } from "./i18n";
import { LocaleProvider } from "./locale";

/** Theme and language around every view of the pane. */
export function Shell({ theme, language, children }: { theme: Theme; language: Language; children: ReactNode }) {
  return (
    <FluentProvider theme={theme} lang={language} style={{ minHeight: "100vh" }}>
      <LocaleProvider language={language}>{children}</LocaleProvider>
    </FluentProvider>
  );
}
