/** @jest-environment jsdom */
import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/Shell";
import { defaultProfile } from "../../src/core/profile";
import { buildAnswer, type AnswerContent } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { readWordBody } from "../../src/core/ooxml/read";
import { snapshotOfBody } from "../../src/core/check/fromTree";
import type { DocumentSnapshot } from "../../src/core/check/snapshot";
import type { ParagraphPlace } from "../../src/core/check/snapshot";
import type { DocumentGateway, DocumentState } from "../../src/core/document/gateway";
import type { Anchor } from "../../src/core/check/repairs";
import { RECHECK_DELAY_MS } from "../../src/taskpane/hooks/useCheck";
import { seedContent } from "../core/check/seedContent";

const profile = defaultProfile();

function snapshotOf(content: AnswerContent, withoutSection?: string): DocumentSnapshot {
  const sections = profile.sections.filter((s) => s.id !== withoutSection);
  const parsed = readWordBody(documentPart(buildAnswer({ ...profile, sections }, { content }), false));
  if (!parsed.ok) throw new Error(parsed.error);
  return snapshotOfBody(parsed.body);
}

const emptyState = (): DocumentState => ({
  outline: { sectionCounts: {}, questionCounts: {}, otherProfiles: [], unknownTags: [] },
  selection: { controlTag: null, inTable: false, inMainBody: true, paragraphEmpty: true },
  appendAfter: {},
});

/** A document that answers the check from a fixed snapshot; everything else as Word would. */
function gatewayWith(snapshot: DocumentSnapshot) {
  let listener: (() => void) | null = null;
  const gateway = {
    readState: jest.fn(async () => emptyState()),
    insertAnswer: jest.fn(async () => ({
      placement: { location: "beforeCursorParagraph" as const },
      countAfter: 1,
      misplaced: false,
      state: emptyState(),
    })),
    insertSection: jest.fn(async () => ({
      placement: { location: "beforeCursorParagraph" as const },
      countAfter: 1,
      misplaced: false,
      state: emptyState(),
    })),
    appendQuestions: jest.fn(async () => ({
      placement: { location: "sectionEnd" as const, sectionId: "reasons", firstNumber: 1, lastNumber: 1 },
      countAfter: 1,
      misplaced: false,
      state: emptyState(),
    })),
    readSelectedText: jest.fn(async () => ""),
    readSnapshot: jest.fn(async () => snapshot),
    select: jest.fn(async (_locator: string) => undefined),
    applyEdits: jest.fn(async () => undefined),
    restoreSection: jest.fn(async (_sectionId: string, _anchor: Anchor) => 1),
    selectParagraph: jest.fn(async (_place: ParagraphPlace) => undefined),
    removeSpacing: jest.fn(async (_place: ParagraphPlace, count: number) => count),
    setTitle: jest.fn(async (_title: string) => undefined),
    onActivity: jest.fn((l: () => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
  } satisfies DocumentGateway;
  return { gateway, activity: () => listener?.() };
}

function renderCheckTab(gateway: DocumentGateway) {
  render(
    <Shell language="de">
      <App gateway={gateway} profile={profile} />
    </Shell>,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Prüfen" }));
}

afterEach(() => {
  jest.useRealTimers();
});

describe("Prüfen", () => {
  test("the seed's answer: three Fehler in the Demografie-Check, grouped, a click goes to the place", async () => {
    const snapshot = snapshotOf(seedContent());
    const { gateway } = gatewayWith(snapshot);
    renderCheckTab(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    expect(await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.")).toBeTruthy();
    const group = screen.getByRole("region", { name: "Demografie-Check" });
    const findings = within(group).getAllByRole("button", { name: /Fehler/ });
    expect(findings).toHaveLength(3);
    fireEvent.click(findings[0]);
    const goal1 = snapshot.controls.find((c) => c.tag.endsWith(":r:demography.goal1"))!;
    await waitFor(() => expect(gateway.select).toHaveBeenCalledWith(goal1.locator));
  });

  test("a complete answer is ready for submission", async () => {
    const content = seedContent();
    const values = { ...content.values, "demography.goal1": "0", "demography.goal2": "0", "demography.goal3": "0" };
    renderCheckTab(gatewayWith(snapshotOf({ ...content, values })).gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    expect(await screen.findByText("Bereit zur Einreichung")).toBeTruthy();
  });

  test("a missing section is restored from its finding, then checked again", async () => {
    const { gateway } = gatewayWith(snapshotOf(seedContent(), "reason"));
    renderCheckTab(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Abschnitt wiederherstellen" }));
    await waitFor(() =>
      expect(gateway.restoreSection).toHaveBeenCalledWith("reason", expect.objectContaining({ position: "after" })),
    );
    expect(
      await screen.findByText("Der Abschnitt „Grund der Vorlage“ wurde an seiner Stelle wiederhergestellt."),
    ).toBeTruthy();
    await waitFor(() => expect(gateway.readSnapshot).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Prüfen" }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  test("after the user's edits the check runs again, once, when the typing pauses", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask"] });
    const { gateway, activity } = gatewayWith(snapshotOf(seedContent()));
    renderCheckTab(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.");
    await waitFor(() => expect(gateway.onActivity).toHaveBeenCalled());
    act(() => {
      activity();
      jest.advanceTimersByTime(RECHECK_DELAY_MS / 2);
      activity();
      jest.advanceTimersByTime(RECHECK_DELAY_MS / 2);
    });
    expect(gateway.readSnapshot).toHaveBeenCalledTimes(1);
    await act(async () => {
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
      for (let i = 0; i < 10; i++) await Promise.resolve(); // let the check's promises settle inside act
    });
    expect(gateway.readSnapshot).toHaveBeenCalledTimes(2);
  });

  test("once checked, the check runs again when the pane gets focus", async () => {
    const { gateway } = gatewayWith(snapshotOf(seedContent()));
    renderCheckTab(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.");
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Prüfen" }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect(gateway.readSnapshot).toHaveBeenCalledTimes(1);
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    await waitFor(() => expect(gateway.readSnapshot).toHaveBeenCalledTimes(2));
  });

  test("a partial snapshot (Word withheld the OOXML) is checked, with a warning that findings may be missing", async () => {
    const { gateway } = gatewayWith({ ...snapshotOf(seedContent()), partial: true });
    renderCheckTab(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    expect(await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.")).toBeTruthy();
    expect(screen.getByText(/Word hat den Inhalt des Dokuments nicht vollständig herausgegeben/)).toBeTruthy();
  });

  test("an answer recognised without our controls: its findings are shown, but offer no place to go and no repair", async () => {
    const snapshot = snapshotOf(seedContent());
    const sections = snapshot.controls.filter((c) => c.parent === null);
    const { gateway } = gatewayWith({
      ...snapshot,
      controls: snapshot.controls.filter(
        (c) => c !== sections[1] && c.parent !== snapshot.controls.indexOf(sections[1]),
      ),
      recognised: { how: "legacy", matched: 40, expected: 46 },
    });
    renderCheckTab(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    await screen.findByText(/^Nicht bereit:/);
    expect(screen.getByText(/„Ziel 1 – Stadtstrukturen anpassen“ ist nicht bewertet/).closest("button")).toBeNull();
    expect(screen.queryByRole("button", { name: "Abschnitt wiederherstellen" })).toBeNull();
  });

  test("a complete snapshot shows no such warning", async () => {
    renderCheckTab(gatewayWith(snapshotOf(seedContent())).gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.");
    expect(screen.queryByText(/nicht vollständig herausgegeben/)).toBeNull();
  });

  test("the summary goes to the clipboard, or is shown to copy by hand", async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderCheckTab(gatewayWith(snapshotOf(seedContent())).gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Zusammenfassung kopieren" }));
    expect(await screen.findByText("Die Zusammenfassung ist in der Zwischenablage.")).toBeTruthy();
    expect(writeText.mock.calls[0][0]).toMatch(
      /^Prüfergebnis[\s\S]*Demografie-Check[\s\S]*Nicht bereit: 3 Fehler, 0 Hinweise\.$/,
    );

    writeText.mockRejectedValueOnce(new Error("denied"));
    fireEvent.click(screen.getByRole("button", { name: "Zusammenfassung kopieren" }));
    expect(((await screen.findByLabelText("Zusammenfassung")) as HTMLTextAreaElement).value).toContain("Prüfergebnis");
  });

  test("opened by the ribbon's Prüfen, the pane checks at once", async () => {
    const { gateway } = gatewayWith(snapshotOf(seedContent()));
    render(
      <Shell language="de">
        <App gateway={gateway} profile={profile} initialTab="check" />
      </Shell>,
    );
    expect(await screen.findByText("Nicht bereit: 3 Fehler, 0 Hinweise.")).toBeTruthy();
  });
});
