/** @jest-environment jsdom */
/**
 * "Meine Angaben", and Word's refusals worded in German: the pane with the real Word layer (src/word) on the
 * Word emulator, as in the preview.
 */
import { afterEach, describe, expect, test } from "@jest/globals";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/Shell";
import { showPane } from "../../src/taskpane/boot";
import { memoryStore, personalStore, personalStorageKey, type PersonalStore } from "../../src/taskpane/personal";
import { createWordGateway } from "../../src/word/gateway";
import { defaultProfile } from "../../src/core/profile";
import { formatTag } from "../../src/core/tags";
import { textOf } from "../../src/core/ooxml/tree";
import { installTestWord, paragraph, type TestWord, type WordEmulatorOptions } from "../../src/word-emulator/testing";

const profile = defaultProfile();
const fieldTag = (key: string) => formatTag({ profile, role: "field", key });
const frameTag = (sectionId: string) => formatTag({ profile, role: "section", key: sectionId });

let word: TestWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
  window.localStorage.clear();
});

function pane(options: WordEmulatorOptions = {}, store: PersonalStore = memoryStore()) {
  word = installTestWord({ body: [paragraph("Sehr geehrte Damen und Herren,")], ...options });
  word.placeCursor({ paragraph: "Sehr geehrte" });
  return render(
    <Shell language="de">
      <App gateway={createWordGateway(profile)} profile={profile} personalStore={store} />
    </Shell>,
  );
}

describe("the store of Meine Angaben", () => {
  test("keeps the profile's personal fields only, under the partition key Word gives", () => {
    const store = personalStore(profile, () => window.localStorage, "partition-1");
    expect(
      store.save({ "header.author": "Max Mustermann", "header.phone": " ", "inquiry.faction": "nicht persönlich" }),
    ).toBe(true);
    expect(window.localStorage.getItem(`partition-1/ratsantwort/meine-angaben/${profile.id}`)).toBe(
      JSON.stringify({ "header.author": "Max Mustermann" }),
    );
    expect(store.load()).toEqual({ "header.author": "Max Mustermann" });
    expect(personalStorageKey(profile)).toBe(`ratsantwort/meine-angaben/${profile.id}`);
  });

  test("a browser that refuses storage, or kept something broken, costs the values, not the pane", () => {
    const refusing = personalStore(profile, () => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(refusing.load()).toEqual({});
    expect(refusing.save({ "header.author": "Max" })).toBe(false);
    window.localStorage.setItem(personalStorageKey(profile), "{kaputt");
    expect(personalStore(profile, () => window.localStorage).load()).toEqual({});
  });
});

describe("Meine Angaben in the pane", () => {
  test("typed once, remembered in the next session, folded to one line, and in every new answer with the inquiry's values", async () => {
    const store = personalStore(profile, () => window.localStorage);
    const first = pane({}, store);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    expect(screen.getByRole("button", { name: /Meine Angaben/ }).getAttribute("aria-expanded")).toBe("true");
    fireEvent.change(screen.getByLabelText("Bearbeiter/in"), { target: { value: "Max Mustermann" } });
    fireEvent.change(screen.getByLabelText("Telefon"), { target: { value: "563 1234" } });
    first.unmount();
    word!.uninstall();

    pane({}, store);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    const toggle = screen.getByRole("button", { name: /Meine Angaben/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByText("Max Mustermann · 563 1234")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Anfragende Fraktion"), { target: { value: "Fraktion Beispielpartei" } });
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    await screen.findByText("Eingefügt nach dem Absatz, in dem der Cursor steht.");
    expect(textOf([word!.control(fieldTag("header.author"))!])).toBe("Max Mustermann");
    expect(textOf([word!.control(fieldTag("header.phone"))!])).toBe("563 1234");
    expect(textOf([word!.control(fieldTag("inquiry.faction"))!])).toBe("Fraktion Beispielpartei");
    expect(word!.control(fieldTag("header.email"))!.control.showingPlaceholder).toBe(true);
    fireEvent.click(toggle);
    expect((screen.getByLabelText("Bearbeiter/in") as HTMLInputElement).value).toBe("Max Mustermann");
  });
});

describe("Word's refusals reach the user in German, in the pane", () => {
  test("a read-only document: inserting says so", async () => {
    pane({ readOnly: true });
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText(/Das Dokument ist schreibgeschützt\. Öffnen Sie es zum Bearbeiten/)).toBeTruthy();
    expect(word!.controls()).toHaveLength(0);
  });

  test("a locked control: adding a question to a content-locked section says so", async () => {
    pane();
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    await screen.findByText("Eingefügt nach dem Absatz, in dem der Cursor steht.");
    const questions = profile.sections.find((s) => s.kind === "questions")!;
    word!.setLock(word!.control(frameTag(questions.id))!, "sdtContentLocked");
    fireEvent.click(screen.getByRole("button", { name: "Frage hinzufügen" }));
    expect(
      await screen.findByText("Diese Stelle des Dokuments ist gesperrt. Setzen Sie den Cursor an eine andere Stelle."),
    ).toBeTruthy();
  });

  test("a Word without the requirement set: the pane says which Word it needs instead of starting", async () => {
    word = installTestWord({ requirementSets: { WordApi: "1.2" } });
    const host = document.createElement("div");
    document.body.appendChild(host);
    const root = createRoot(host);
    await act(() => showPane(root));
    await waitFor(() =>
      expect(host.textContent).toContain("Ratsantwort braucht Word 2019, Microsoft 365 oder Word im Web (WordApi 1.3)"),
    );
    act(() => root.unmount());
    host.remove();
  });
});
