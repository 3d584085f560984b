/** @jest-environment jsdom */
/** The Selbsttest in the pane, with the real Word layer on the in-page Word: opened from the pane's foot, run, reported. */
import { afterEach, expect, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/Shell";
import { createWordGateway } from "../../src/word/gateway";
import { defaultProfile } from "../../src/core/profile";
import { installTestWord, paragraph, type TestWord, type WordEmulatorOptions } from "../../src/word-emulator/testing";

const profile = defaultProfile();
let word: TestWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

function pane(options: WordEmulatorOptions) {
  word = installTestWord(options);
  render(
    <Shell language="de">
      <App gateway={createWordGateway(profile)} profile={profile} />
    </Shell>,
  );
}

test("on an empty document on Word on the web: the report lists the Word and says there is no deviation", async () => {
  pane({ edition: "web" });
  fireEvent.click(await screen.findByRole("button", { name: "Selbsttest (für die IT)" }));
  fireEvent.click(await screen.findByRole("button", { name: "Selbsttest starten" }));
  const report = (await screen.findByRole("textbox", { name: "Bericht" }, { timeout: 10_000 })) as HTMLTextAreaElement;
  expect(report.value).toContain("Plattform OfficeOnline");
  expect(report.value).toContain("Ergebnis: keine Abweichung.");
  await waitFor(() => expect(word!.controls()).toHaveLength(0));
});

test("on a document with text: it says, in German, that it needs an empty one, and touches nothing", async () => {
  pane({ edition: "2019", body: [paragraph("Sehr geehrte Damen und Herren,")] });
  fireEvent.click(await screen.findByRole("button", { name: "Selbsttest (für die IT)" }));
  fireEvent.click(await screen.findByRole("button", { name: "Selbsttest starten" }));
  const report = (await screen.findByRole("textbox", { name: "Bericht" })) as HTMLTextAreaElement;
  expect(report.value).toMatch(/leeren Dokument/);
  expect(word!.bodyText()).toBe("Sehr geehrte Damen und Herren,");
});
