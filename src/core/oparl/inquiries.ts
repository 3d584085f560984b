/**
 * Inquiries as the council's information system publishes them (OParl Paper), read for the answer: the recent ones
 * of the body, and one in full with its originator, its meeting and committee, and the text of its main file.
 */
import type { OParlSettings, Profile } from "../profile/types";
import { addDays, formatGermanDate, isoDate, toXmlDateTime, type CalendarDate } from "../dates";
import { fieldEntries } from "../profile/fields";
import { matchingChoice } from "../check/values/choices";
import { OParlError } from "./errors";
import type { OParlClient, OParlObject } from "./client";

/** Far longer than any inquiry (the seed's: 1,900 characters); a text beyond is not split into questions. */
export const MAX_INQUIRY_TEXT = 100_000;

export interface PaperSummary {
  id: string;
  /** The Drucks.-Nr. ("VO/0548/13"); "" when the server gives none. */
  reference: string;
  /** The paper's title, which for an inquiry is its subject. */
  subject: string;
  /** TT.MM.JJJJ, or "" when the server gives no date. */
  date: string;
  paperType: string;
  kind: "inquiry" | "answer";
  /** For an inquiry: the Drucks.-Nr. (or title) of a paper answering it. For an answer: of the paper it answers. */
  related: string | null;
}

export interface OParlInquiry {
  id: string;
  reference: string;
  subject: string;
  date: CalendarDate | null;
  paperType: string;
  isAnswer: boolean;
  /** The faction (originating organisation) or, without one, the originating persons. */
  originator: string;
  meetingDate: CalendarDate | null;
  committee: string;
  /** The main file's text, or null with the reason: none on the server, or too long to be an inquiry. */
  text: string | null;
  textProblem: "missing" | "tooLong" | null;
}

function optionalText(o: OParlObject, name: string): string {
  const value = o[name];
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new OParlError("invalid", { url: o.id, detail: `${name} ist kein Text` });
  return value.trim();
}

function urlList(o: OParlObject, name: string): string[] {
  const value = o[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    throw new OParlError("invalid", { url: o.id, detail: `${name} ist keine Liste von Adressen` });
  return value as string[];
}

/** An OParl date ("2013-06-20") or date-time ("2013-06-24T16:00:00+02:00"): the calendar day as the server wrote it. */
export function oparlDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : null;
}

function contains(text: string, words: string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word.toLowerCase()));
}

/** Answer words go first: "Beantwortung einer Anfrage" is an answer, though it names an inquiry. */
export function paperKind(paperType: string, settings: OParlSettings): "inquiry" | "answer" | null {
  if (contains(paperType, settings.answerTypes)) return "answer";
  return contains(paperType, settings.inquiryTypes) ? "inquiry" : null;
}

const label = (paper: OParlObject) => optionalText(paper, "reference") || optionalText(paper, "name") || paper.id;

/**
 * The inquiries and answers of the body created in the profile's window before `today`, newest first. An inquiry
 * that an answer in the list relates to (in either direction) is marked as answered.
 */
export async function recentPapers(
  client: OParlClient,
  endpoint: string,
  settings: OParlSettings,
  today: CalendarDate,
): Promise<PaperSummary[]> {
  const body = await client.object(endpoint, "Body");
  const paperList = optionalText(body, "paper");
  if (!paperList)
    throw new OParlError("invalid", { url: body.id, detail: "die Körperschaft hat keine Drucksachenliste" });
  const created_since = toXmlDateTime(addDays(today, -settings.recentDays));
  const papers = await client.list(paperList, "Paper", { created_since });

  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const relatedAnswer = new Map<string, OParlObject>();
  const kinds = new Map(papers.map((paper) => [paper.id, paperKind(optionalText(paper, "paperType"), settings)]));
  for (const paper of papers.filter((p) => kinds.get(p.id) === "answer")) {
    for (const id of urlList(paper, "relatedPaper")) relatedAnswer.set(id, paper);
  }
  const summaries: { summary: PaperSummary; sortKey: string }[] = [];
  for (const paper of papers) {
    const kind = kinds.get(paper.id);
    if (!kind) continue;
    const related =
      kind === "answer"
        ? urlList(paper, "relatedPaper").map((id) => byId.get(id))[0]
        : (relatedAnswer.get(paper.id) ??
          urlList(paper, "relatedPaper")
            .map((id) => byId.get(id))
            .find((p) => p && kinds.get(p.id) === "answer"));
    const date = oparlDate(optionalText(paper, "date"));
    const reference = optionalText(paper, "reference");
    summaries.push({
      summary: {
        id: paper.id,
        reference,
        subject: optionalText(paper, "name"),
        date: date ? formatGermanDate(date) : "",
        paperType: optionalText(paper, "paperType"),
        kind,
        related: related ? label(related) : null,
      },
      // Newest first: the day, then the number.
      sortKey: `${date ? isoDate(date) : ""} ${reference}`,
    });
  }
  return summaries.sort((a, b) => b.sortKey.localeCompare(a.sortKey)).map(({ summary }) => summary);
}

async function originatorOf(client: OParlClient, paper: OParlObject): Promise<string> {
  const organizations = urlList(paper, "originatorOrganization");
  if (organizations.length > 0) {
    const names = await Promise.all(
      organizations.map(async (url) => optionalText(await client.object(url, "Organization"), "name")),
    );
    return names.filter(Boolean).join(", ");
  }
  const persons = await Promise.all(
    urlList(paper, "originatorPerson").map(async (url) => optionalText(await client.object(url, "Person"), "name")),
  );
  return persons.filter(Boolean).join(", ");
}

/** The first consultation with a meeting: its date, and the committee (the consultation's or else the meeting's). */
async function meetingOf(
  client: OParlClient,
  paper: OParlObject,
): Promise<{ date: CalendarDate | null; committee: string }> {
  const raw = paper.consultation;
  if (raw !== undefined && !Array.isArray(raw))
    throw new OParlError("invalid", { url: paper.id, detail: "consultation ist keine Liste" });
  const consultations = ((raw ?? []) as unknown[]).filter(
    (c): c is Record<string, unknown> =>
      typeof c === "object" && c !== null && typeof (c as { meeting?: unknown }).meeting === "string",
  );
  const consultation = consultations[0];
  if (!consultation) return { date: null, committee: "" };
  const meeting = await client.object(consultation.meeting as string, "Meeting");
  const organization =
    [consultation.organization, meeting.organization]
      .filter(Array.isArray)
      .flat()
      .find((url): url is string => typeof url === "string") ?? null;
  const committee = organization ? optionalText(await client.object(organization, "Organization"), "name") : "";
  return { date: oparlDate(optionalText(meeting, "start")), committee };
}

function mainText(paper: OParlObject): Pick<OParlInquiry, "text" | "textProblem"> {
  const file = paper.mainFile;
  const text =
    typeof file === "object" && file !== null && typeof (file as { text?: unknown }).text === "string"
      ? (file as { text: string }).text.trim()
      : "";
  if (text === "") return { text: null, textProblem: "missing" };
  if (text.length > MAX_INQUIRY_TEXT) return { text: null, textProblem: "tooLong" };
  return { text, textProblem: null };
}

/** One paper in full: what the answer takes from it. Its organisations, persons and meeting are read side by side. */
export async function readInquiry(client: OParlClient, url: string, settings: OParlSettings): Promise<OParlInquiry> {
  const paper = await client.object(url, "Paper");
  const [originator, meeting] = await Promise.all([originatorOf(client, paper), meetingOf(client, paper)]);
  const paperType = optionalText(paper, "paperType");
  return {
    id: paper.id,
    reference: optionalText(paper, "reference"),
    subject: optionalText(paper, "name"),
    date: oparlDate(optionalText(paper, "date")),
    paperType,
    isAnswer: paperKind(paperType, settings) === "answer",
    originator,
    meetingDate: meeting.date,
    committee: meeting.committee,
    ...mainText(paper),
  };
}

/** What the inquiry form takes from the paper: the fields the profile maps, and the day it came in (TT.MM.JJJJ). */
export function inquiryValues(
  profile: Profile,
  inquiry: OParlInquiry,
): { values: Record<string, string>; received: string } {
  const entries = fieldEntries(profile);
  const values: Record<string, string> = {};
  const put = (key: string | undefined, value: string) => {
    if (key && value) values[key] = value;
  };
  const fields = profile.oparl?.fields;
  put(entries.find((e) => e.field.format === "inquiryNumber")?.key, inquiry.reference);
  put(fields?.originator, inquiry.originator);
  put(fields?.meetingDate, inquiry.meetingDate ? formatGermanDate(inquiry.meetingDate) : "");
  // A committee of the list is written as the list spells it; another only where the field takes free text.
  const committee = entries.find((e) => e.key === fields?.committee)?.field;
  const listed = matchingChoice(inquiry.committee, committee?.choices ?? []);
  put(fields?.committee, listed ?? (committee?.kind === "choice" ? "" : inquiry.committee));
  return { values, received: inquiry.date ? formatGermanDate(inquiry.date) : "" };
}
