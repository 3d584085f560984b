/**
 * The test council itself: every object it serves validates against the OParl 1.1 schemas shipped in
 * ../shared/schemas/oparl-1.1 (embedded ones against theirs), its lists page and filter as the specification says,
 * and its JSON carries the CORS header that lets a task pane read it.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import Ajv, { type ValidateFunction } from "ajv";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { SHARED_DIR } from "../../support/shared";
import { startOParlServer, type OParlServer } from "../../support/oparl-server";
import { previewOParl } from "../../../src/preview/oparlSample";
import { shippedProfiles } from "../../../src/core/profile";

const SCHEMA_DIR = path.join(SHARED_DIR, "schemas", "oparl-1.1", "schema");
const TODAY = { year: 2026, month: 12, day: 1 };
let server: OParlServer;
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  // The schemas' own keywords (references, cardinality, schema) are notes for readers: not strict. Their type
  // patterns escape ":" and "/", which JavaScript allows only outside unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("url", (text: string) => /^https?:\/\/\S+$/.test(text));
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/);
  for (const file of readdirSync(SCHEMA_DIR)) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), "utf8"));
    validators.set(file.replace(/\.json$/, ""), ajv.compile(schema));
  }
  server = await startOParlServer(TODAY);
});
afterAll(() => server.close());

/** An object and every object embedded in it, each with the schema its type names. */
function errorsOf(object: Record<string, unknown>, where: string): string[] {
  const type = String(object.type).replace("https://schema.oparl.org/1.1/", "");
  const validate = validators.get(type);
  if (!validate) return [`${where}: no schema for ${String(object.type)}`];
  const own = validate(object)
    ? []
    : (validate.errors ?? []).map((e) => `${where} (${type})${e.instancePath} ${e.message}`);
  const embedded = Object.entries(object).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null && "type" in v)
      .flatMap((v) => errorsOf(v, `${where}.${key}`)),
  );
  return [...own, ...embedded];
}

async function get(url: string) {
  const response = await fetch(url);
  return { response, json: (await response.json()) as Record<string, unknown> };
}

describe("the OParl test server", () => {
  test("has a schema for each of OParl's twelve object types", () => {
    expect([...validators.keys()].sort()).toEqual([
      "AgendaItem",
      "Body",
      "Consultation",
      "File",
      "LegislativeTerm",
      "Location",
      "Meeting",
      "Membership",
      "Organization",
      "Paper",
      "Person",
      "System",
    ]);
  });

  test("every object it serves validates against the OParl 1.1 schemas", async () => {
    const errors: string[] = [];
    for (const id of server.sample.objects.keys()) {
      const { response, json } = await get(id);
      expect(response.status).toBe(200);
      errors.push(...errorsOf(json, id));
    }
    expect(errors).toEqual([]);
    expect(server.sample.objects.size).toBeGreaterThanOrEqual(14);
  });

  test("so does the preview's council, under every shipped profile", () => {
    for (const profile of shippedProfiles()) {
      const store = previewOParl(profile, "https://ratsinfo.example", TODAY);
      expect([...store.objects.values()].flatMap((o) => errorsOf(o, String(o.id)))).toEqual([]);
    }
  });

  test("the schemas are not a formality: a paper with a wrong field fails them", () => {
    const paper = { ...server.sample.objects.get(server.sample.seedPaper)!, date: "10.06.2013", relatedPaper: "x" };
    expect(errorsOf(paper, "paper").length).toBeGreaterThanOrEqual(2);
  });

  test("lists page by links.next and keep OParl's filter in every page's address", async () => {
    const body = (await get(server.sample.endpoint)).json;
    const seen: string[] = [];
    let next: unknown = `${String(body.paper)}?created_since=2026-08-03T00:00:00Z`;
    while (typeof next === "string") {
      const { json } = await get(next);
      expect(new URL(next).searchParams.get("created_since")).toBe("2026-08-03T00:00:00Z");
      seen.push(...(json.data as { reference: string }[]).map((p) => p.reference));
      next = (json.links as { next?: string }).next;
    }
    expect(seen.sort()).toEqual(["VO/0548/13", "VO/0612/13", "VO/0612/13/1-A", "VO/0700/13", "VO/0731/13"]);
    const all = await get(`${String(body.paper)}?limit=100`);
    expect((all.json.data as unknown[]).length).toBe(6);
  });

  test("JSON answers carry Access-Control-Allow-Origin: *, and only GET is served", async () => {
    const { response } = await get(server.sample.endpoint);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await fetch(server.sample.endpoint, { method: "POST" })).status).toBe(405);
  });

  test("an unknown object is a 404 with OParl's error object", async () => {
    const { response, json } = await get(`${server.origin}/oparl/v1/paper/999`);
    expect(response.status).toBe(404);
    expect(json.type).toBe("https://schema.oparl.org/1.1/Error");
  });
});
