/**
 * "Aus dem Ratsinformationssystem" in the built pane: the page asks the council's OParl endpoint (an https address
 * the build's CSP allows, routed to a real OParl server process on 127.0.0.1), the seed's inquiry fills the form
 * and its eight questions go into the answer; a server sending HTML instead is explained in German.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import type { Browser, BrowserContext } from "playwright-core";
import { buildDir, chromiumMissing, E2E_OPARL_ENDPOINT, ROOT } from "./support/environment";
import { serveStatic, type StaticServer } from "./support/server";
import {
  closeChromium,
  expectAccessible,
  launchChromium,
  openPreview,
  screenshot,
  writeAxeReport,
} from "./support/browser";
import { startOParlServer, type OParlServer } from "../support/oparl-server";

const missing = chromiumMissing();
const inBrowser = missing ? describe.skip : describe;
const RIS = new URL(E2E_OPARL_ENDPOINT).origin;

inBrowser(missing ? `im Browser – übersprungen: ${missing}` : "Ratsinformationssystem im Browser", () => {
  let browser: Browser;
  let pane: StaticServer;
  let oparl: OParlServer;

  beforeAll(async () => {
    const now = new Date();
    oparl = await startOParlServer({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, RIS);
    pane = await serveStatic(buildDir());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await closeChromium(browser);
    await pane?.close();
    await oparl?.close();
    writeAxeReport("axe-report-oparl.json");
  });

  /** The deployed profile names the endpoint; the endpoint's requests are answered by the local server. */
  const routed = (endpoint: string) => async (context: BrowserContext) => {
    const profile = JSON.parse(readFileSync(path.join(ROOT, "src/core/profile/wuppertal.json"), "utf8"));
    profile.oparl.endpoint = endpoint;
    await context.route("**/profile.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(profile) }),
    );
    await context.route(`${RIS}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await fetch(`${oparl.origin}${url.pathname}${url.search}`);
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  };

  test("the seed's inquiry from the server fills the form; its answer goes in with its eight questions", async () => {
    const session = await openPreview(browser, pane.origin, {
      width: 450,
      allowedOrigins: [RIS],
      route: routed(E2E_OPARL_ENDPOINT),
    });
    const { pane: ui, page } = session;
    await ui.getByRole("button", { name: "Anfragen laden" }).click();
    await ui.getByText("3 Anfragen").waitFor();
    await ui.getByLabel("Suchen (Drucks.-Nr. oder Betreff)").fill("VO/0548");
    await ui.getByText("1 Anfrage", { exact: true }).waitFor();
    await ui.getByRole("button", { name: "Anfrage VO/0548/13 übernehmen" }).click();
    await ui.getByText("8 Fragen gefunden").waitFor();
    expect(await ui.getByLabel("Anfragende Fraktion").inputValue()).toBe("Fraktion DIE LINKE");
    expect(await ui.getByLabel("Eingang der Anfrage").inputValue()).toBe("10.06.2013");
    await expectAccessible(page, "oparl: inquiry chosen");
    await screenshot(ui, "oparl-chosen");
    await ui.getByRole("button", { name: "Antwort mit 8 Fragen einfügen" }).click();
    await ui.getByText(/Antwort vorhanden: 9 von 9 Abschnitten, 8 Fragen\./).waitFor();
    // The preview's document shows each field as a form control named by its title.
    const field = (name: string) => session.document.getByRole("textbox", { name, exact: true }).first().inputValue();
    expect(await field("Drucks.-Nr.")).toBe("VO/0548/13/1-A");
    expect(await field("Anfragende Fraktion")).toBe("Fraktion DIE LINKE");
    expect(await field("Frage 8")).toMatch(/^Welche Zielgruppen sollen im laufenden Jahr/);
    // Only GETs reached the server, for the body, its papers, and the chosen paper's people and meeting.
    expect(new Set(oparl.requests.map((r) => r.method))).toEqual(new Set(["GET"]));
    expect(oparl.requests.map((r) => r.path)).toContain("/oparl/v1/paper/548");
    await session.close();
  });

  test("a server that sends a web page: a German message, and what the user typed stays", async () => {
    const session = await openPreview(browser, pane.origin, {
      width: 320,
      allowedOrigins: [RIS],
      route: routed(`${RIS}/bad/html/body`),
    });
    const { pane: ui, page } = session;
    await ui.getByLabel("Anfragende Fraktion").fill("Fraktion, selbst getippt");
    await ui.getByRole("button", { name: "Anfragen laden" }).click();
    await ui
      .getByText(/liefert das Ratsinformationssystem keine OParl-Daten, sondern eine Webseite \(HTML\)/)
      .waitFor();
    expect(await ui.getByLabel("Anfragende Fraktion").inputValue()).toBe("Fraktion, selbst getippt");
    await expectAccessible(page, "oparl: server failed");
    await session.close();
  });
});
