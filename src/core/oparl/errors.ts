/**
 * Why reading from the council's information system failed, sorted into the cases a user (or the IT) can act
 * on, each worded in German and English. The command line prints the German text; the pane shows its language.
 */
import { fillIn } from "../template";

export const OPARL_FAILURES = {
  timeout: {
    de: "Das Ratsinformationssystem antwortet nicht (nach {seconds} Sekunden abgebrochen). Bitte später erneut versuchen.",
    en: "The council information system does not answer (gave up after {seconds} seconds). Please try again later.",
  },
  network: {
    de: "Das Ratsinformationssystem ist nicht erreichbar ({url}). Bitte die Netzverbindung prüfen oder die IT fragen.",
    en: "The council information system cannot be reached ({url}). Please check the network or ask IT.",
  },
  status: {
    de: "Das Ratsinformationssystem meldet einen Fehler (HTTP {status}) für {url}.",
    en: "The council information system reports an error (HTTP {status}) for {url}.",
  },
  notFound: {
    de: "Im Ratsinformationssystem gibt es {url} nicht (HTTP {status}).",
    en: "The council information system has no {url} (HTTP {status}).",
  },
  notJson: {
    de: "Unter {url} liefert das Ratsinformationssystem keine OParl-Daten, sondern {received}. Stimmt die Adresse im Ratsprofil?",
    en: "At {url} the council information system sends no OParl data but {received}. Is the address in the council profile right?",
  },
  invalid: {
    de: "Die Daten des Ratsinformationssystems unter {url} sind fehlerhaft: {detail}.",
    en: "The data of the council information system at {url} is broken: {detail}.",
  },
  wrongType: {
    de: "Unter {url} liegt kein Objekt der Art {expected}, sondern {received}.",
    en: "{url} holds no {expected} object but {received}.",
  },
  endless: {
    de: "Die Liste des Ratsinformationssystems endet nicht ({detail}); das Laden wurde abgebrochen.",
    en: "The council information system's list does not end ({detail}); loading was stopped.",
  },
  tooLarge: {
    de: "Die Antwort des Ratsinformationssystems unter {url} ist größer als {megabytes} MB und wird nicht gelesen.",
    en: "The council information system's answer at {url} is larger than {megabytes} MB and is not read.",
  },
  foreignOrigin: {
    de: "Das Ratsinformationssystem verweist auf eine andere Adresse ({url}). Abgefragt wird nur {allowed}, wie im Ratsprofil eingetragen.",
    en: "The council information system points to another address ({url}). Only {allowed} is queried, as set in the council profile.",
  },
  blocked: {
    de: "Die Sicherheitsrichtlinie des Add-Ins erlaubt keine Abfragen an {allowed}. Die IT muss das Add-In mit OPARL_ENDPOINT für diese Adresse bauen (README).",
    en: "The add-in's security policy allows no requests to {allowed}. IT must build the add-in with OPARL_ENDPOINT for this address (README).",
  },
} as const;

export type OParlFailureKind = keyof typeof OPARL_FAILURES;

export class OParlError extends Error {
  constructor(
    readonly kind: OParlFailureKind,
    readonly data: Record<string, string | number>,
  ) {
    super(describeOParlError({ kind, data }, "de"));
    this.name = "OParlError";
  }
}

/** The user's sentence for a failure, in the pane's language (the command line speaks German). */
export function describeOParlError(
  error: { kind: OParlFailureKind; data: Record<string, string | number> },
  language: "de" | "en",
): string {
  return fillIn(OPARL_FAILURES[error.kind][language], error.data);
}

/** The OParlError in whatever was thrown; anything else (a bug in our code) keeps its text as the detail. */
export function oparlFailureOf(error: unknown): OParlError {
  if (error instanceof OParlError) return error;
  return new OParlError("invalid", { url: "", detail: error instanceof Error ? error.message : String(error) });
}
