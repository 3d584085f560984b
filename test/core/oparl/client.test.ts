/**
 * The OParl client against a real server process on 127.0.0.1 (test/support/oparl-server.ts): the sample council's
 * recent inquiries and the seed's inquiry in full, and every way a server can misbehave, each with its German message.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { createOParlClient, type OParlClient } from "../../../src/core/oparl/client";
import { describeOParlError, OParlError } from "../../../src/core/oparl/errors";
import { inquiryValues, readInquiry, recentPapers } from "../../../src/core/oparl/inquiries";
import { defaultProfile } from "../../../src/core/profile";
import { splitQuestions } from "../../../src/core/questions";
import { startOParlServer, type BadKind, type OParlServer } from "../../support/oparl-server";

const profile = defaultProfile();
const settings = profile.oparl!;
const TODAY = { year: 2026, month: 12, day: 1 };
let server: OParlServer;

beforeAll(async () => {
  server = await startOParlServer(TODAY);
});
afterAll(() => server.close());

const nodeClient = (endpoint: string, timeoutMs = 10_000): OParlClient =>
  createOParlClient({ endpoint, get: (url, init) => fetch(url, init), redirect: "manual", timeoutMs });

async function failureOf(work: Promise<unknown>): Promise<OParlError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OParlError)) throw new Error(`expected an OParlError, got ${String(error)}`);
  return error;
}

describe("the sample council", () => {
  test("recent papers: inquiries and answers of the window, newest first, answered ones marked, others left out", async () => {
    const papers = await recentPapers(nodeClient(server.sample.endpoint), server.sample.endpoint, settings, TODAY);
    expect(papers.map((p) => [p.reference, p.kind, p.date, p.related])).toEqual([
      ["VO/0612/13/1-A", "answer", "01.07.2013", "VO/0612/13"],
      ["VO/0731/13", "inquiry", "27.06.2013", null],
      ["VO/0612/13", "inquiry", "18.06.2013", "VO/0612/13/1-A"],
      ["VO/0548/13", "inquiry", "10.06.2013", null],
    ]);
    // The list was asked with OParl's filter and followed page by page (two papers per page).
    const listRequests = server.requests.filter((r) => r.path.startsWith("/oparl/v1/body/1/papers"));
    expect(listRequests[0].path).toBe("/oparl/v1/body/1/papers?created_since=2026-08-03T00%3A00%3A00Z");
    expect(listRequests.length).toBe(3);
  });

  test("the seed's inquiry in full: faction, meeting, committee, arrival and its eight questions", async () => {
    const inquiry = await readInquiry(nodeClient(server.sample.endpoint), server.sample.seedPaper, settings);
    expect(inquiry).toMatchObject({
      reference: "VO/0548/13",
      originator: "Fraktion DIE LINKE",
      committee: "Ausschuss für Soziales, Familie und Gesundheit",
      meetingDate: { year: 2013, month: 6, day: 24 },
      isAnswer: false,
      textProblem: null,
    });
    expect(splitQuestions(inquiry.text!).questions).toHaveLength(8);
    expect(inquiryValues(profile, inquiry)).toEqual({
      values: {
        "inquiry.number": "VO/0548/13",
        "inquiry.faction": "Fraktion DIE LINKE",
        "meeting.date": "24.06.2013",
        "meeting.committee": "Ausschuss für Soziales, Familie und Gesundheit",
      },
      received: "10.06.2013",
    });
  });

  test("an inquiry by persons names them; one without text says so", async () => {
    const inquiry = await readInquiry(
      nodeClient(server.sample.endpoint),
      `${server.origin}/oparl/v1/paper/731`,
      settings,
    );
    expect(inquiry).toMatchObject({
      originator: "Erika Beispiel",
      text: null,
      textProblem: "missing",
      meetingDate: null,
    });
  });

  test("a text far longer than any inquiry is not offered for splitting", async () => {
    const inquiry = await readInquiry(nodeClient(server.bad("longText")), server.bad("longText"), settings);
    expect(inquiry).toMatchObject({ reference: "VO/0999/13", text: null, textProblem: "tooLong" });
  });

  test("every request is a GET to the council's origin, without cookies or credentials", () => {
    expect(server.requests.length).toBeGreaterThan(0);
    for (const request of server.requests) {
      expect(request.method).toBe("GET");
      expect(request.headers.host).toBe(new URL(server.origin).host);
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
    }
  });
});

describe("servers that misbehave: a clear German message each, and nothing asked beyond the origin", () => {
  const cases: [BadKind, RegExp][] = [
    [
      "status500",
      /^Das Ratsinformationssystem meldet einen Fehler \(HTTP 500\) für http:\/\/127\.0\.0\.1:\d+\/bad\/status500\/body\.$/,
    ],
    [
      "html",
      /^Unter .*\/bad\/html\/body liefert das Ratsinformationssystem keine OParl-Daten, sondern eine Webseite \(HTML\)\. Stimmt die Adresse im Ratsprofil\?$/,
    ],
    [
      "invalid",
      /^Die Daten des Ratsinformationssystems unter .*\/bad\/invalid\/body sind fehlerhaft: paper ist kein Text\.$/,
    ],
    ["wrongType", /^Unter .*\/bad\/wrongType\/body liegt kein Objekt der Art Body, sondern Person\.$/],
    [
      "endless",
      /^Die Liste des Ratsinformationssystems endet nicht \(mehr als 50 Seiten\); das Laden wurde abgebrochen\.$/,
    ],
    [
      "cycle",
      /^Die Liste des Ratsinformationssystems endet nicht \(dieselbe Seite kommt zweimal\); das Laden wurde abgebrochen\.$/,
    ],
    [
      "unpaged",
      /^Die Daten des Ratsinformationssystems unter .*\/bad\/unpaged\/papers\?created_since=.* sind fehlerhaft: keine Objektliste \(data fehlt\)\.$/,
    ],
    [
      "redirect",
      /^Das Ratsinformationssystem verweist auf eine andere Adresse \(http:\/\/localhost:\d+\/oparl\/v1\/body\/1\)\. Abgefragt wird nur http:\/\/127\.0\.0\.1:\d+, wie im Ratsprofil eingetragen\.$/,
    ],
  ];
  test.each(cases)("%s", async (kind, message) => {
    const error = await failureOf(recentPapers(nodeClient(server.bad(kind)), server.bad(kind), settings, TODAY));
    expect(error.message).toMatch(message);
    expect(describeOParlError(error, "en")).not.toBe(error.message);
  });

  test("a body larger than 8 MB is not read to its end", async () => {
    const error = await failureOf(readInquiry(nodeClient(server.bad("huge")), server.bad("huge"), settings));
    expect(error.message).toMatch(
      /^Die Antwort des Ratsinformationssystems unter .*\/bad\/huge\/body ist größer als 8 MB und wird nicht gelesen\.$/,
    );
  });

  test("a server that never answers is given up after the time limit", async () => {
    const error = await failureOf(
      recentPapers(nodeClient(server.bad("timeout"), 300), server.bad("timeout"), settings, TODAY),
    );
    expect(error.message).toBe(
      "Das Ratsinformationssystem antwortet nicht (nach 0,3 Sekunden abgebrochen). Bitte später erneut versuchen.",
    );
  });

  test("an unknown paper is reported as not there", async () => {
    const error = await failureOf(
      readInquiry(nodeClient(server.sample.endpoint), `${server.origin}/oparl/v1/paper/999`, settings),
    );
    expect(error.message).toMatch(/^Im Ratsinformationssystem gibt es .*\/oparl\/v1\/paper\/999 nicht \(HTTP 404\)\.$/);
  });

  test("a server that is not there", async () => {
    const closed = await startOParlServer(TODAY);
    await closed.close();
    const error = await failureOf(
      recentPapers(nodeClient(closed.sample.endpoint), closed.sample.endpoint, settings, TODAY),
    );
    expect(error.message).toMatch(
      /^Das Ratsinformationssystem ist nicht erreichbar \(http:\/\/127\.0\.0\.1:\d+\/oparl\/v1\/body\/1\)\./,
    );
  });

  test("no request ever went to another origin (the redirect's target included)", () => {
    expect(server.requests.every((r) => r.headers.host === new URL(server.origin).host)).toBe(true);
  });
});
