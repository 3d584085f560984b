/**
 * Reads OParl objects and lists from one origin, the council's, and from nowhere else: GET only, no credentials,
 * a time limit and a size limit on every answer, lists that must end. The HTTP call itself is handed in (the
 * browser's fetch in the pane, Node's in the command line, a sample in the preview), so this stays pure.
 */
import { OParlError } from "./errors";

export interface HttpResponse {
  status: number;
  /** The address that finally answered, after redirects the caller followed ("" when not known). */
  url: string;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}

export interface HttpRequest {
  method: "GET";
  signal: AbortSignal;
  headers: Record<string, string>;
  credentials: "omit";
  redirect: "manual" | "follow";
}

export type HttpGet = (url: string, init: HttpRequest) => Promise<HttpResponse>;

export interface ClientOptions {
  /** The profile's endpoint; its origin is the only one asked. */
  endpoint: string;
  get: HttpGet;
  /**
   * "manual" (the command line): redirects come back to us, and only those within the origin are followed.
   * "follow" (the pane): the browser follows them, and its Content-Security-Policy stops any to another origin.
   */
  redirect?: "manual" | "follow";
  timeoutMs?: number;
  maxBytes?: number;
  maxPages?: number;
}

export type OParlObject = Record<string, unknown> & { id: string; type: string };

/** OParl 1.0 and 1.1 name their types alike; servers of both are in use. */
const TYPE_URL = /^https:\/\/schema\.oparl\.org\/1\.[01]\/([A-Za-z]+)$/;
const MAX_REDIRECTS = 5;
const DEFAULTS = { timeoutMs: 20_000, maxBytes: 8 * 1024 * 1024, maxPages: 50 };

export interface OParlClient {
  readonly origin: string;
  /** One object of the given type ("Paper", "Body", …). */
  object(url: string, type: string): Promise<OParlObject>;
  /** Every object of an external list, page after page, with the filters as query parameters. */
  list(url: string, type: string, filters?: Record<string, string>): Promise<OParlObject[]>;
}

export function typeName(type: unknown): string | null {
  return typeof type === "string" ? (TYPE_URL.exec(type)?.[1] ?? null) : null;
}

/** The origin of an address, or null for no address at all. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** An address from the server, resolved against the page it came from; a malformed one is broken data. */
function resolvedUrl(link: string, base: string): URL {
  try {
    return new URL(link, base);
  } catch {
    throw new OParlError("invalid", { url: base, detail: `„${link.slice(0, 100)}“ ist keine Adresse` });
  }
}

async function readLimited(response: HttpResponse, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () => new OParlError("tooLarge", { url, megabytes: Math.round(maxBytes / 1024 / 1024) });
  if (Number(response.headers.get("content-length")) > maxBytes) throw tooLarge();
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/** What came instead of JSON, in words (a login page or an error page of a proxy is the usual case). */
function describeReceived(text: string, contentType: string | null): string {
  if (/^\s*</.test(text)) return "eine Webseite (HTML)";
  if (text.trim() === "") return "eine leere Antwort";
  return `Daten der Art „${(contentType ?? "unbekannt").split(";")[0]}“`;
}

export function createOParlClient(options: ClientOptions): OParlClient {
  const settings = { ...DEFAULTS, ...options };
  const origin = originOf(options.endpoint);
  if (!origin) throw new OParlError("invalid", { url: options.endpoint, detail: "keine gültige Adresse" });

  const ensureOrigin = (url: string) => {
    if (originOf(url) !== origin) throw new OParlError("foreignOrigin", { url, allowed: origin });
  };

  /** One GET, redirects within the origin included, read whole within the limits. */
  async function fetchText(url: string): Promise<string> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    try {
      let current = url;
      for (let redirects = 0; ; redirects++) {
        ensureOrigin(current);
        const response = await settings.get(current, {
          method: "GET",
          signal: controller.signal,
          headers: { Accept: "application/json" },
          credentials: "omit",
          redirect: settings.redirect ?? "manual",
        });
        if (response.url) ensureOrigin(response.url);
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location && redirects < MAX_REDIRECTS) {
          current = resolvedUrl(location, current).href;
          continue;
        }
        if (response.status === 404 || response.status === 410)
          throw new OParlError("notFound", { url: current, status: response.status });
        if (response.status < 200 || response.status > 299)
          throw new OParlError("status", { url: current, status: response.status || "ohne Code" });
        return await readLimited(response, current, settings.maxBytes);
      }
    } catch (error) {
      if (error instanceof OParlError) throw error;
      if (controller.signal.aborted)
        throw new OParlError("timeout", { seconds: String(settings.timeoutMs / 1000).replace(".", ",") });
      throw new OParlError("network", { url });
    } finally {
      clearTimeout(timer);
    }
  }

  async function json(url: string): Promise<unknown> {
    const text = await fetchText(url);
    try {
      return JSON.parse(text);
    } catch {
      throw new OParlError("notJson", { url, received: describeReceived(text, null) });
    }
  }

  function asObject(value: unknown, url: string, type: string): OParlObject {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new OParlError("invalid", { url, detail: "kein JSON-Objekt" });
    const o = value as Record<string, unknown>;
    const name = typeName(o.type);
    if (name !== type) throw new OParlError("wrongType", { url, expected: type, received: name ?? String(o.type) });
    if (typeof o.id !== "string" || !originOf(o.id))
      throw new OParlError("invalid", { url, detail: `${type} ohne gültige id` });
    return o as OParlObject;
  }

  async function list(url: string, type: string, filters: Record<string, string> = {}): Promise<OParlObject[]> {
    const first = resolvedUrl(url, options.endpoint);
    for (const [name, value] of Object.entries(filters)) first.searchParams.set(name, value);
    const items: OParlObject[] = [];
    const seen = new Set<string>();
    for (let next: string | undefined = first.href; next;) {
      if (seen.has(next)) throw new OParlError("endless", { detail: "dieselbe Seite kommt zweimal" });
      if (seen.size >= settings.maxPages)
        throw new OParlError("endless", { detail: `mehr als ${settings.maxPages} Seiten` });
      seen.add(next);
      const page = await json(next);
      const pageUrl: string = next;
      if (typeof page !== "object" || page === null || !Array.isArray((page as { data?: unknown }).data))
        throw new OParlError("invalid", { url: pageUrl, detail: "keine Objektliste (data fehlt)" });
      const { data, links } = page as { data: unknown[]; links?: { next?: unknown } };
      items.push(...data.map((item) => asObject(item, pageUrl, type)));
      const link = links?.next;
      if (link !== undefined && link !== null && typeof link !== "string")
        throw new OParlError("invalid", { url: pageUrl, detail: "links.next ist keine Adresse" });
      next = link ? resolvedUrl(link, pageUrl).href : undefined;
    }
    return items;
  }

  return {
    origin,
    object: async (url, type) => asObject(await json(url), url, type),
    list,
  };
}
