import { createContext, useContext, type ReactNode } from "react";
import { translator, translatorOf, type Catalogs, type Language, type Translate } from "./i18n";

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

/** The translator of a part's own catalog (see Catalogs), in the pane's language. */
export function useTexts<K extends string>(catalogs: Catalogs<K>) {
  return translatorOf(catalogs, useLanguage());
}

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
