/** @jest-environment jsdom */
/** Adopting an answer written without the add-in, in the pane, with the real Word layer on the in-page Word. */
// The dialog opens after the adoption's code has loaded and run once (about a second here): waits are generous.
// In jsdom, Tabster marks the open dialog aria-hidden a moment later (not so in Chromium, where the browser test
// works the dialog by role and runs axe on it): queries inside the dialog take hidden elements too.
import { afterEach, describe, expect, test } from "@jest/globals";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/Shell";
import { createWordGateway } from "../../src/word/gateway";
import { defaultProfile } from "../../src/core/profile";
import { seedTheOldWay, writtenTheOldWay } from "../core/recognise/legacyAnswer";
import { EDITION_IDS, installTestWord, type EditionId, type TestWord } from "../../src/word-emulator/testing";

const profile = defaultProfile();
let word: TestWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

async function checkedPane(edition: EditionId) {
  word = installTestWord({ edition, body: writtenTheOldWay(seedTheOldWay) });
  render(
    <Shell language="de">
      <App gateway={createWordGateway(profile)} profile={profile} initialTab="check" />
    </Shell>,
  );
  // The Hinweise: written without the add-in, and no document title (the add-in gives one only to its own answers).
  await screen.findByText(/^Nicht bereit: 3 Fehler, 2 Hinweise\.$/);
}

describe.each(EDITION_IDS)("on Word %s", (edition) => {
  test("the check offers the adoption; the dialog shows what goes where; after it the findings are the seed's and lead to their place", async () => {
    await checkedPane(edition);
    expect(screen.getByText(/„Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet/).closest("button")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "In Antwortstruktur überführen" }));
    const dialog = await screen.findByRole("dialog", { name: "In Antwortstruktur überführen" }, { timeout: 10_000 });
    expect(within(dialog).getByRole("heading", { name: "Kopf", hidden: true })).toBeTruthy();
    expect(within(dialog).getByText(/Bearbeiter\/in: Thomas Lenz/)).toBeTruthy();
    expect(within(dialog).getByText(/^1\. Wer wurde bei der Formulierung/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Überführen", hidden: true }));
    await screen.findByText(/^Die Antwort wurde in die Antwortstruktur überführt\./);
    await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.");
    expect(screen.queryByRole("button", { name: "In Antwortstruktur überführen" })).toBeNull();
    expect(screen.getByText(/„Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet/).closest("button")).not.toBeNull();
  }, 30_000); // the first test loads the adoption's code: on a busy machine it takes seconds

  test("after adopting, the pane can put the document back as it was", async () => {
    await checkedPane(edition);
    const before = word!.bodyText();
    fireEvent.click(screen.getByRole("button", { name: "In Antwortstruktur überführen" }));
    const dialog = await screen.findByRole("dialog", { name: "In Antwortstruktur überführen" }, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByRole("button", { name: "Überführen", hidden: true }));
    fireEvent.click(await screen.findByRole("button", { name: "Überführung rückgängig machen" }));
    await screen.findByText(/^Die Überführung wurde rückgängig gemacht/);
    // The title the adopted answer got stays: only the Hinweis that it was written without the add-in is back.
    await screen.findByText(/^Nicht bereit: 3 Fehler, 1 Hinweis\.$/);
    expect(word!.bodyText()).toBe(before);
    expect(screen.getByRole("button", { name: "In Antwortstruktur überführen" })).toBeTruthy();
  }, 30_000);

  test("Abbrechen leaves the document as it is", async () => {
    await checkedPane(edition);
    const before = JSON.stringify(word!.body);
    fireEvent.click(screen.getByRole("button", { name: "In Antwortstruktur überführen" }));
    const dialog = await screen.findByRole("dialog", { name: "In Antwortstruktur überführen" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen", hidden: true }));
    expect(JSON.stringify(word!.body)).toBe(before);
  });
});
