/**
 * A council information system on 127.0.0.1 for the tests: the seed's council (./oparl-seed.ts) served over real HTTP with the CORS header OParl requires, and beside it servers that misbehave, each under
 * /bad/<case>/ — they answer late or never, with errors, HTML, broken or foreign objects, lists without end, huge
 * bodies, and redirects to another origin.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "http";
import type { AddressInfo, Socket } from "net";
import { seedOParl, type SeedOParl } from "./oparl-seed";
import type { CalendarDate } from "../../src/core/dates";

export interface OParlServer {
  origin: string;
  sample: SeedOParl;
  /** Every path asked for, in order, with its method. */
  requests: { method: string; path: string; headers: IncomingMessage["headers"] }[];
  /** The endpoint (a Body) of a misbehaving server. */
  bad(kind: BadKind): string;
  close(): Promise<void>;
}

export type BadKind =
  | "timeout"
  | "status500"
  | "html"
  | "invalid"
  | "wrongType"
  | "endless"
  | "cycle"
  | "huge"
  | "redirect"
  | "unpaged"
  | "longText";

/** Larger than the client reads (8 MB), sent in pieces without a length, as a streaming server would. */
const HUGE_BYTES = 9 * 1024 * 1024;

function sendJson(response: ServerResponse, status: number, json: unknown): void {
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    // OParl: servers must let browsers read their JSON from any page (spec chapter on CORS).
    "Access-Control-Allow-Origin": "*",
  });
  response.end(JSON.stringify(json));
}

function bodyObject(origin: string, kind: string, paperList: unknown): Record<string, unknown> {
  return {
    id: `${origin}/bad/${kind}/body`,
    type: "https://schema.oparl.org/1.1/Body",
    name: "Stadt mit kaputtem Server",
    paper: paperList,
  };
}

function endlessPage(origin: string, kind: string, page: number): Record<string, unknown> {
  const next = kind === "cycle" ? 1 : page + 1;
  return { data: [], links: { next: `${origin}/bad/${kind}/papers?page=${next}` } };
}

function sendHuge(response: ServerResponse): void {
  response.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" });
  response.write('{"id":"x","type":"https://schema.oparl.org/1.1/Paper","name":"');
  const chunk = "a".repeat(64 * 1024);
  let sent = 0;
  const more = () => {
    while (sent < HUGE_BYTES) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", more);
    }
    response.end('"}');
  };
  more();
}

/** The misbehaving servers; `held` keeps the requests that are never answered, to end them on close. */
function answerBad(
  origin: string,
  kind: string,
  rest: string,
  url: URL,
  response: ServerResponse,
  held: ServerResponse[],
): void {
  if (kind === "timeout") return void held.push(response);
  if (kind === "status500")
    return sendJson(response, 500, { type: "https://schema.oparl.org/1.1/Error", message: "Interner Fehler" });
  if (kind === "html") {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    return void response.end("<!DOCTYPE html><html><body><h1>Anmeldung</h1></body></html>");
  }
  if (kind === "invalid") return sendJson(response, 200, bodyObject(origin, kind, 42));
  if (kind === "wrongType")
    return sendJson(response, 200, {
      id: `${origin}/bad/wrongType/body`,
      type: "https://schema.oparl.org/1.1/Person",
      name: "Erika Beispiel",
    });
  if (kind === "unpaged" && rest === "body")
    return sendJson(response, 200, bodyObject(origin, kind, `${origin}/bad/unpaged/papers`));
  if (kind === "unpaged") return sendJson(response, 200, { items: [] });
  if ((kind === "endless" || kind === "cycle") && rest === "body")
    return sendJson(response, 200, bodyObject(origin, kind, `${origin}/bad/${kind}/papers?page=1`));
  if (kind === "endless" || kind === "cycle")
    return sendJson(response, 200, endlessPage(origin, kind, Number(url.searchParams.get("page")) || 1));
  if (kind === "huge") return sendHuge(response);
  if (kind === "longText")
    return sendJson(response, 200, {
      id: `${origin}/bad/longText/body`,
      type: "https://schema.oparl.org/1.1/Paper",
      reference: "VO/0999/13",
      paperType: "Anfrage",
      mainFile: { id: `${origin}/file/999`, type: "https://schema.oparl.org/1.1/File", text: "Frage? ".repeat(20_000) },
    });
  if (kind === "redirect") {
    const foreign = origin.replace("127.0.0.1", "localhost");
    response.writeHead(302, { Location: `${foreign}/oparl/v1/body/1`, "Access-Control-Allow-Origin": "*" });
    return void response.end();
  }
  sendJson(response, 404, { type: "https://schema.oparl.org/1.1/Error", message: "Unbekannt" });
}

export const BAD_ENDPOINT_PATH = "body";

/**
 * `base`: the address the data names itself by, where the server is reached under another (the browser tests
 * route https://ratsinfo.example to it); by default the server's own origin.
 */
export function startOParlServer(today: CalendarDate, base?: string): Promise<OParlServer> {
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  const requests: OParlServer["requests"] = [];
  let origin = "";
  let sample: SeedOParl;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", origin);
    requests.push({ method: request.method ?? "", path: `${url.pathname}${url.search}`, headers: request.headers });
    if (request.method !== "GET") return void response.writeHead(405, { Allow: "GET" }).end();
    const bad = /^\/bad\/([A-Za-z0-9]+)\/(.*)$/.exec(url.pathname);
    if (bad) return answerBad(origin, bad[1], bad[2], url, response, held);
    const { status, json } = sample.respond(`${base ?? origin}${url.pathname}${url.search}`);
    sendJson(response, status, json);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      sample = seedOParl(base ?? origin, today);
      resolve({
        origin,
        sample,
        requests,
        bad: (kind) => `${origin}/bad/${kind}/${BAD_ENDPOINT_PATH}`,
        close: () =>
          new Promise((done) => {
            for (const response of held) response.destroy();
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
