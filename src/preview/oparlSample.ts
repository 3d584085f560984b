/**
 * A small council information system as OParl 1.1 publishes it, held in the page: the preview answers the pane's
 * requests from it, so that "Aus dem Ratsinformationssystem" can be tried without a server. The tests serve their
 * own data set (the seed's inquiry) through the same store over HTTP (test/support/oparl-server.ts), where every
 * object is validated against the OParl schemas. Lists are paginated (two per page) and take OParl's date filters.
 */
import { addDays, isoDate, type CalendarDate } from "../core/dates";
import type { HttpGet } from "../core/oparl/client";
import type { Profile } from "../core/profile/types";

const SCHEMA = "https://schema.oparl.org/1.1/";
const PAGE_SIZE = 2;

type Json = Record<string, unknown>;

const stamp = (date: CalendarDate) => `${isoDate(date)}T09:00:00+01:00`;

/** Makes a data set's objects under `base`, created `daysAgo` before `today` (so "recent" finds them any day). */
export function oparlObjects(base: string, today: CalendarDate) {
  const url = (path: string) => `${base}/oparl/v1/${path}`;
  const body = url("body/1");
  const common = (type: string, path: string, daysAgo: number): Json => {
    const created = stamp(addDays(today, -daysAgo));
    return { id: url(path), type: `${SCHEMA}${type}`, created, modified: created };
  };
  return {
    url,
    /** The System and its one Body, whose address is the endpoint. */
    system: (name: string): Json[] => [
      {
        ...common("System", "system", 400),
        oparlVersion: SCHEMA,
        body: url("bodies"),
        name: `${name} (Beispieldaten)`,
      },
      {
        ...common("Body", "body/1", 400),
        system: url("system"),
        name,
        organization: url("body/1/organizations"),
        person: url("body/1/persons"),
        meeting: url("body/1/meetings"),
        paper: url("body/1/papers"),
        legislativeTerm: [],
      },
    ],
    organization: (id: number, name: string, organizationType: string): Json => ({
      ...common("Organization", `organization/${id}`, 400),
      body,
      name,
      organizationType,
    }),
    person: (id: number, givenName: string, familyName: string): Json => ({
      ...common("Person", `person/${id}`, 400),
      body,
      name: `${givenName} ${familyName}`,
      givenName,
      familyName,
    }),
    meeting: (id: number, name: string, start: string, organization: number): Json => ({
      ...common("Meeting", `meeting/${id}`, 30),
      name,
      start,
      organization: [url(`organization/${organization}`)],
    }),
    /** A paper; `text` becomes its main file's, `meeting` its consultation's (in the meeting's committee). */
    paper: (id: number, daysAgo: number, fields: Json, more: { text?: string; meeting?: [number, number] } = {}) => ({
      ...common("Paper", `paper/${id}`, daysAgo),
      body,
      ...fields,
      ...(more.text === undefined
        ? {}
        : {
            mainFile: {
              ...common("File", `file/${id}`, daysAgo),
              name: `Drucksache ${String(fields.reference ?? id)}`,
              fileName: `drucksache-${id}.pdf`,
              mimeType: "application/pdf",
              accessUrl: url(`file/${id}/download`),
              text: more.text,
            },
          }),
      ...(more.meeting === undefined
        ? {}
        : {
            consultation: [
              {
                ...common("Consultation", `consultation/${id}`, daysAgo),
                paper: url(`paper/${id}`),
                meeting: url(`meeting/${more.meeting[0]}`),
                organization: [url(`organization/${more.meeting[1]}`)],
                authoritative: false,
                role: "Entgegennahme",
              },
            ],
          }),
    }),
  };
}

export interface OParlStore {
  /** The Body: what a profile's endpoint points at. */
  endpoint: string;
  /** Every object by its id, lists excepted. */
  objects: Map<string, Json>;
  /** The answer to a GET of an address under the data set's base: a status and the JSON to send. */
  respond(url: string): { status: number; json: Json };
}

/** Serves objects as OParl does: each under its id, and the Body's lists of them, paginated and filtered. */
export function oparlStore(base: string, objects: Json[]): OParlStore {
  const url = (path: string) => `${base}/oparl/v1/${path}`;
  const byId = new Map(objects.map((o) => [o.id as string, o]));
  const lists: Record<string, string> = {
    [url("bodies")]: "Body",
    [url("body/1/papers")]: "Paper",
    [url("body/1/organizations")]: "Organization",
    [url("body/1/persons")]: "Person",
    [url("body/1/meetings")]: "Meeting",
  };
  const createdIn = (o: Json, since: string | null, until: string | null) =>
    (!since || Date.parse(o.created as string) >= Date.parse(since)) &&
    (!until || Date.parse(o.created as string) <= Date.parse(until));

  const listPage = (address: URL, type: string): Json => {
    const query = address.searchParams;
    const limit = Math.min(Number(query.get("limit")) || PAGE_SIZE, 100);
    const page = Math.max(Number(query.get("page")) || 1, 1);
    const matching = objects.filter(
      (o) => o.type === `${SCHEMA}${type}` && createdIn(o, query.get("created_since"), query.get("created_until")),
    );
    const pages = Math.max(Math.ceil(matching.length / limit), 1);
    const link = (n: number) => {
      const next = new URL(address.href);
      next.searchParams.set("page", String(n));
      return next.href;
    };
    return {
      data: matching.slice((page - 1) * limit, page * limit),
      pagination: { totalElements: matching.length, elementsPerPage: limit, currentPage: page, totalPages: pages },
      links: { first: link(1), last: link(pages), ...(page < pages ? { next: link(page + 1) } : {}) },
    };
  };

  return {
    endpoint: url("body/1"),
    objects: byId,
    respond(requested) {
      const address = new URL(requested);
      const path = `${address.origin}${address.pathname}`;
      if (lists[path]) return { status: 200, json: listPage(address, lists[path]) };
      const object = byId.get(path);
      if (object) return { status: 200, json: object };
      return { status: 404, json: { type: `${SCHEMA}Error`, message: "Das Objekt gibt es nicht.", debug: path } };
    },
  };
}

/** Another number of the profile's form: the first run of digits counted on ("0548" → "0549"). */
function numberLike(example: string, step: number): string {
  const match = /\d+/.exec(example);
  if (!match) return `${example}-${step}`;
  const next = String(Number(match[0]) + step).padStart(match[0].length, "0");
  return `${example.slice(0, match.index)}${next}${example.slice(match.index + match[0].length)}`;
}

const LETTER = `Anfrage der Fraktion Beispielpartei
für die Sitzung des Ausschusses für Schule und Bildung

Sanierung der Grundschulen

Sehr geehrte Damen und Herren,

wir bitten die Verwaltung um die Beantwortung folgender Fragen:

1. Wie viele Grundschulen sind nach Einschätzung der Verwaltung sanierungsbedürftig?
2. Welche Mittel sind im Haushalt für die Sanierung vorgesehen?
3. Bis wann sollen die Arbeiten abgeschlossen sein?

Mit freundlichen Grüßen
Erika Beispiel, Fraktionsvorsitzende`;

/** The preview's council: inquiries numbered as the profile numbers them, one answered, one without text. */
export function previewOParl(profile: Profile, base: string, today: CalendarDate): OParlStore {
  const make = oparlObjects(base, today);
  const inquiry = (step: number) => numberLike(profile.numbers.inquiry.example, step);
  const date = (daysAgo: number) => isoDate(addDays(today, -daysAgo));
  return oparlStore(base, [
    ...make.system(profile.name),
    make.organization(1, "Fraktion Beispielpartei", "Fraktion"),
    make.organization(2, "Ausschuss für Schule und Bildung", "Ausschuss"),
    make.person(1, "Erika", "Beispiel"),
    make.meeting(1, "Sitzung des Ausschusses für Schule und Bildung", `${date(-14)}T16:00:00+01:00`, 2),
    make.paper(
      1,
      5,
      {
        name: "Sanierung der Grundschulen",
        reference: inquiry(0),
        date: date(5),
        paperType: "Anfrage",
        originatorOrganization: [make.url("organization/1")],
      },
      { text: LETTER, meeting: [1, 2] },
    ),
    make.paper(
      2,
      20,
      {
        name: "Schulwegsicherung",
        reference: inquiry(1),
        date: date(20),
        paperType: "Anfrage",
        originatorPerson: [make.url("person/1")],
      },
      {},
    ),
    make.paper(3, 3, {
      name: "Beantwortung: Schulwegsicherung",
      reference: profile.numbers.answerFromInquiry.replace("{inquiry}", inquiry(1)),
      date: date(3),
      paperType: "Beantwortung einer Anfrage",
      relatedPaper: [make.url("paper/2")],
    }),
  ]);
}

/** The pane's requests answered from a store inside the page, a moment late as a server's would be. */
export function storeHttpGet(store: OParlStore, delayMs = 200): HttpGet {
  return async (url, init) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (init.signal.aborted) throw new Error("aborted");
    const { status, json } = store.respond(url);
    const bytes = new TextEncoder().encode(JSON.stringify(json));
    return {
      status,
      url,
      headers: { get: (name: string) => (name.toLowerCase() === "content-type" ? "application/json" : null) },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
    };
  };
}
