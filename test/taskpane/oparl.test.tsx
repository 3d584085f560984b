/** @jest-environment jsdom */
/**
 * "Aus dem Ratsinformationssystem" in the pane, with the real Word layer on the in-page Word: the sample council
 * (the preview's, answered inside the page), the seed's inquiry chosen, its answer inserted in one click; and every
 * failure shown in German while the form keeps what the user typed.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/Shell";
import { createWordGateway } from "../../src/word/gateway";
import { defaultProfile, type Profile } from "../../src/core/profile";
import { buildAnswer } from "../../src/core/ooxml/document";
import { readWordBody } from "../../src/core/ooxml/read";
import { flatOpcPackage } from "../../src/core/ooxml/package";
import { controlsOf, textOf } from "../../src/core/ooxml/tree";
import { INQUIRY_DATE_PROPERTY } from "../../src/core/document/inquiry";
import type { HttpGet } from "../../src/core/oparl/client";
import { storeHttpGet } from "../../src/preview/oparlSample";
import { seedOParl } from "../support/oparl-seed";
import type { OParlSource } from "../../src/taskpane/oparlSource";
import { clearOParlCache } from "../../src/taskpane/hooks/useOParl";
import { installTestWord, type TestWord } from "../../src/word-emulator/testing";
import { SEED_INQUIRY_RECEIVED, seedAnswerFromOParl } from "../support/seed-answer";

const profile = defaultProfile();
let word: TestWord;
beforeEach(() => {
  clearOParlCache();
  word = installTestWord({});
});
afterEach(() => word.uninstall());

const RIS = "https://ratsinfo.example";

/** The seed's council answered inside the page, as a real server would be asked (the page's policy applies). */
function sampleSource(get?: HttpGet): OParlSource & { get: jest.Mock<HttpGet> } {
  const now = new Date();
  const sample = seedOParl(RIS, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  return {
    endpoint: sample.endpoint,
    get: jest.fn(get ?? storeHttpGet(sample, 0)),
    redirect: "follow",
    sample: false,
  };
}

function renderPane(source: OParlSource, withProfile: Profile = profile) {
  render(
    <Shell language="de">
      <App gateway={createWordGateway(withProfile)} profile={withProfile} oparl={source} />
    </Shell>,
  );
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

const controlsOfBody = (controls: ReturnType<typeof controlsOf>) =>
  controls.map(({ node, ancestors }) => [node.control?.tag, ancestors.length, textOf(node.children)]);

describe("Aus dem Ratsinformationssystem", () => {
  test("the seed's inquiry: chosen from the list, it fills the form, and one click inserts its answer with 8 questions", async () => {
    renderPane(sampleSource());
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Anfragen laden" }));
    expect(await screen.findByText("3 Anfragen")).toBeTruthy();
    expect(screen.getByText("beantwortet: VO/0612/13/1-A")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Suchen (Drucks.-Nr. oder Betreff)"), { target: { value: "0548" } });
    expect(await screen.findByText("1 Anfrage")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Anfrage VO/0548/13 übernehmen" }));
    expect(await screen.findByText(/^Übernommen: VO\/0548\/13 \(Fraktion DIE LINKE\)\./)).toBeTruthy();
    expect(screen.getByText(/Vorgeschlagen: Sitzung am 24\.06\.2013, Ausschuss für Soziales/)).toBeTruthy();
    expect(input("Anfragende Fraktion").value).toBe("Fraktion DIE LINKE");
    expect(input("Drucks.-Nr. der Anfrage").value).toBe("VO/0548/13");
    expect(input("Eingang der Anfrage").value).toBe(SEED_INQUIRY_RECEIVED);
    expect(screen.getByText("Drucks.-Nr. der Antwort: VO/0548/13/1-A")).toBeTruthy();
    expect(await screen.findByText("8 Fragen gefunden")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Antwort mit 8 Fragen einfügen" }));
    await screen.findByText(/Antwort vorhanden: 9 von 9 Abschnitten, 8 Fragen\./);
    // The document holds what `new --oparl` writes for the same paper (test/cli/oparl.test.ts).
    const expected = readWordBody(flatOpcPackage(buildAnswer(profile, { content: seedAnswerFromOParl(profile) })));
    if (!expected.ok) throw new Error("unreadable");
    expect(controlsOfBody(word.controls())).toEqual(controlsOfBody(controlsOf(expected.body)));
    expect(word.customProperties()[INQUIRY_DATE_PROPERTY]).toBe(SEED_INQUIRY_RECEIVED);
  }, 30_000);

  test("the list is loaded once per session; an answer shows only when searched for, as an answer", async () => {
    const source = sampleSource();
    renderPane(source);
    fireEvent.click(await screen.findByRole("button", { name: "Anfragen laden" }));
    await screen.findByText("3 Anfragen");
    const asked = source.get.mock.calls.length;
    fireEvent.change(screen.getByLabelText("Suchen (Drucks.-Nr. oder Betreff)"), { target: { value: "1-A" } });
    expect(await screen.findByText("Ist selbst eine Antwort (auf VO/0612/13).")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /VO\/0612\/13\/1-A übernehmen/ })).toBeNull();
    expect(source.get.mock.calls.length).toBe(asked);
  });

  test("another paper chosen after the seed's replaces what the seed's filled in, questions included", async () => {
    renderPane(sampleSource());
    fireEvent.click(await screen.findByRole("button", { name: "Anfragen laden" }));
    fireEvent.click(await screen.findByRole("button", { name: "Anfrage VO/0548/13 übernehmen" }));
    expect(await screen.findByText("8 Fragen gefunden")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Anfrage VO/0731/13 übernehmen" }));
    expect(await screen.findByText(/Das Ratsinformationssystem hat keinen Text zu dieser Anfrage/)).toBeTruthy();
    expect(input("Anfragende Fraktion").value).toBe("Erika Beispiel");
    expect(input("Eingang der Anfrage").value).toBe("27.06.2013");
    await waitFor(() => expect(screen.queryByText("8 Fragen gefunden")).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    await screen.findByText(/Antwort vorhanden: 9 von 9 Abschnitten/);
    // The seed's meeting and committee went with it: this paper names none.
    const texts = word.controls().map(({ node }) => textOf(node.children));
    expect(texts).not.toContain("24.06.2013");
    expect(texts).not.toContain("Ausschuss für Soziales, Familie und Gesundheit");
    expect(texts).toContain("VO/0731/13");
  }, 30_000);
});

describe("when the server fails, the pane says why in German and keeps what the user typed", () => {
  const html: HttpGet = async (url) => ({
    status: 200,
    url,
    headers: { get: () => "text/html" },
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("<html><body>Anmeldung</body></html>"));
        controller.close();
      },
    }),
  });
  const unreachable: HttpGet = async () => {
    throw new TypeError("Failed to fetch");
  };

  test.each([
    ["HTML instead of JSON", html, /keine OParl-Daten, sondern eine Webseite \(HTML\)/],
    ["no network", unreachable, /^Das Ratsinformationssystem ist nicht erreichbar \(https:\/\/ratsinfo\.example\//],
  ])("%s", async (_, get, message) => {
    renderPane(sampleSource(get));
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.change(input("Anfragende Fraktion"), { target: { value: "Fraktion, selbst getippt" } });
    fireEvent.click(screen.getByRole("button", { name: "Anfragen laden" }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(input("Anfragende Fraktion").value).toBe("Fraktion, selbst getippt");
    // Not cached: trying again asks again.
    fireEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    await waitFor(() => expect(screen.getAllByText(message)).toHaveLength(1));
  });

  test("a paper that fails to load leaves the form as it was", async () => {
    const source = sampleSource();
    const working = source.get.getMockImplementation()!;
    renderPane(source);
    fireEvent.click(await screen.findByRole("button", { name: "Anfragen laden" }));
    await screen.findByText("3 Anfragen");
    fireEvent.change(input("Drucks.-Nr. der Anfrage"), { target: { value: "VO/0001/13" } });
    source.get.mockImplementation((url, init) =>
      url.includes("/paper/") ? working(url.replace("paper/548", "paper/999"), init) : working(url, init),
    );
    fireEvent.click(screen.getByRole("button", { name: "Anfrage VO/0548/13 übernehmen" }));
    expect(
      await screen.findByText(/^Im Ratsinformationssystem gibt es .*paper\/548 nicht \(HTTP 404\)\.$/),
    ).toBeTruthy();
    expect(input("Drucks.-Nr. der Anfrage").value).toBe("VO/0001/13");
  });

  test("an endpoint the page's security policy does not allow: the IT is told what to do, nothing is requested", async () => {
    const policy = document.createElement("meta");
    policy.httpEquiv = "Content-Security-Policy";
    policy.content = "default-src 'self'; connect-src 'self'";
    document.head.append(policy);
    try {
      const source = sampleSource();
      renderPane(source);
      fireEvent.click(await screen.findByRole("button", { name: "Anfragen laden" }));
      expect(
        await screen.findByText(
          "Die Sicherheitsrichtlinie des Add-Ins erlaubt keine Abfragen an https://ratsinfo.example. Die IT muss das Add-In mit OPARL_ENDPOINT für diese Adresse bauen (README).",
        ),
      ).toBeTruthy();
      expect(source.get).not.toHaveBeenCalled();
    } finally {
      policy.remove();
    }
  });

  test("without an endpoint (no source) the pane shows no such section", async () => {
    render(
      <Shell language="de">
        <App gateway={createWordGateway(profile)} profile={profile} />
      </Shell>,
    );
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    expect(screen.queryByText("Aus dem Ratsinformationssystem")).toBeNull();
  });
});
