import { createContext, useContext, type ReactNode } from "react";
import { translator, type Language, type Translate } from "./i18n";

const TranslateContext = createContext<Translate>(translator("de"));
const LanguageContext = createContext<Language>("de");

export function LocaleProvider({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <LanguageContext.Provider value={language}>
      <TranslateContext.Provider value={translator(language)}>{children}</TranslateContext.Provider>
    </LanguageContext.Provider>
  );
}

/** For text that comes in both languages already (findings). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
