/**
 * The preview outside Word ("Vorschau ohne Word"): installs the in-page Word (./word) as the globals Word and
 * Office, then starts the pane exactly as in Word (src/taskpane/boot.tsx), so that the real src/word code runs
 * against a sample document held in the page. Loaded as a chunk of its own, only outside Word.
 */
import type { Root } from "react-dom/client";
import { showPane } from "../taskpane/boot";
import type { ProfileResult } from "../core/profile/validate";
import { languageFor } from "../taskpane/i18n";
import { fieldLocks } from "./locks";
import { OFFICE_THEMES, previewOptions } from "./options";
import { PreviewLayout } from "./PreviewLayout";
import { answerWithGaps, filledAnswer, inquiryLetter, legacyAnswer } from "./samples";
import { previewTexts } from "./texts";
import { EDITIONS, installWordEmulator } from "../word-emulator";
import { previewOParl, storeHttpGet } from "./oparlSample";
import { localDate } from "../core/dates";

/** The preview's council information system: a sample in the page, under an address that cannot exist. */
const SAMPLE_RIS = "https://ratsinfo.example";

export async function startPreview(root: Root, profile?: Promise<ProfileResult>): Promise<void> {
  const options = previewOptions(
    window.location.search,
    window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false,
  );
  const word = installWordEmulator({
    body: inquiryLetter(),
    displayLanguage: navigator.language,
    edition: options.edition,
    ...(options.wordApi
      ? { requirementSets: { ...EDITIONS[options.edition].requirementSets, WordApi: options.wordApi } }
      : {}),
    readOnly: options.readOnly,
    officeTheme: OFFICE_THEMES[options.theme],
  });
  word.placeCursor({ paragraphIndex: -1 });
  const locks = fieldLocks(word);
  const texts = previewTexts(languageFor(navigator.language));
  document.title = `Ratsantwort – ${texts.title}`;
  await showPane(root, {
    profile,
    frame: (pane) => (
      <PreviewLayout word={word} locks={locks} texts={texts}>
        {pane}
      </PreviewLayout>
    ),
    withProfile: (profile) => {
      if (options.sample !== "inquiry") {
        const samples = { answer: answerWithGaps, filled: filledAnswer, legacy: legacyAnswer };
        word.setBody(samples[options.sample](profile));
        word.placeCursor({ paragraphIndex: -1 });
      }
      if (options.locked) locks.set(true);
    },
    sampleOParl: (profile) => {
      if (!profile.oparl) return undefined;
      const sample = previewOParl(profile, SAMPLE_RIS, localDate(new Date()));
      return {
        endpoint: sample.endpoint,
        get: storeHttpGet(sample),
        redirect: "manual",
        sample: true,
      };
    },
  });
}
