/**
 * `new --oparl PAPER-URL`: the inquiry read from the council's information system, mapped onto the answer exactly
 * as the pane maps it (src/core/oparl). Only the paper's origin is asked (the profile's endpoint's, where it names
 * one); redirects are followed within it only.
 */
import { createOParlClient, originOf } from "../core/oparl/client";
import { OParlError } from "../core/oparl/errors";
import { inquiryValues, readInquiry } from "../core/oparl/inquiries";
import { INQUIRY_DATE_PROPERTY } from "../core/document/inquiry";
import type { AnswerContent } from "../core/ooxml/document";
import type { Profile } from "../core/profile/types";
import { splitQuestions } from "../core/questions";
import { CliError } from "./errors";
import { shown } from "./terminal";

export interface OParlPrefill {
  content: AnswerContent;
  properties: Record<string, string>;
  /** What the user should know but that did not stop the answer (no text to take the questions from). */
  warnings: string[];
}

export async function readOParlPrefill(
  paperUrl: string,
  profile: Profile,
  timeoutSeconds: number,
): Promise<OParlPrefill> {
  const settings = profile.oparl;
  if (!settings)
    throw new CliError(
      `Das Profil „${shown(profile.name)}“ beschreibt keine Übernahme aus dem Ratsinformationssystem (Abschnitt „oparl“ fehlt).`,
    );
  const origin = /^https?:\/\//i.test(paperUrl) ? originOf(paperUrl) : null;
  if (!origin) throw new CliError(`„${shown(paperUrl)}“ ist keine http(s)-Adresse einer Drucksache.`);
  const allowed = settings.endpoint ? originOf(settings.endpoint) : origin;
  if (origin !== allowed)
    throw new CliError(
      `Die Adresse ${shown(paperUrl)} gehört nicht zum Ratsinformationssystem des Profils (${shown(allowed ?? "")}); ` +
        "abgefragt wird nur dieses.",
    );
  const client = createOParlClient({
    endpoint: settings.endpoint ?? paperUrl,
    get: (url, init) => fetch(url, init),
    redirect: "manual",
    timeoutMs: timeoutSeconds * 1000,
  });
  let inquiry;
  try {
    inquiry = await readInquiry(client, paperUrl, settings);
  } catch (error) {
    if (error instanceof OParlError) throw new CliError(error.message);
    throw error;
  }
  if (inquiry.isAnswer)
    throw new CliError(
      `Die Drucksache ${shown(inquiry.reference || paperUrl)} ist selbst eine Antwort („${shown(inquiry.paperType)}“); ` +
        "bitte die Adresse der Anfrage angeben.",
    );
  const { values, received } = inquiryValues(profile, inquiry);
  const questionsSection = profile.sections.find((s) => s.kind === "questions");
  const questions = inquiry.text ? splitQuestions(inquiry.text).questions : [];
  const warnings: string[] = [];
  if (inquiry.textProblem === "missing")
    warnings.push("Das Ratsinformationssystem hat keinen Text zu dieser Anfrage: Die Fragen bitte selbst eintragen.");
  if (inquiry.textProblem === "tooLong")
    warnings.push("Der Text der Anfrage ist zu lang, um ihn in Fragen zu zerlegen: Die Fragen bitte selbst eintragen.");
  if (inquiry.text && questions.length === 0)
    warnings.push("Im Text der Anfrage wurden keine Fragen erkannt: Die Fragen bitte selbst eintragen.");
  return {
    content: {
      values,
      ...(questionsSection && questions.length > 0
        ? { questions: { [questionsSection.id]: questions.map((question) => ({ question, answer: "" })) } }
        : {}),
    },
    properties: received ? { [INQUIRY_DATE_PROPERTY]: received } : {},
    warnings,
  };
}
