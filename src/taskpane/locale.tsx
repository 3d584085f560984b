import { createContext, useContext, type ReactNode } from "react";
import { translator, type Language, type Translate } from "./i18n";

const TranslateContext = createContext<Translate>(translator("de"));

export function LocaleProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <TranslateContext.Provider value={translator(language)}>{children}</TranslateContext.Provider>;
}

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
