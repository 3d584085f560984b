/**
 * The Selbsttest on every edition of the in-page Word: no deviation where Word behaves as docs/word-behaviour.md
 * says, a deviation reported when it is made to misbehave, and the document empty again afterwards.
 */
import { afterEach, describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { formatSelftest, runSelftest } from "../../src/word/selftest";
import { EDITION_IDS, installFakeWord, paragraph, type FakeWordHandle } from "../support/fake-word";

const profile = defaultProfile();
const today = { year: 2026, month: 12, day: 1 };
let word: FakeWordHandle;
afterEach(() => word.uninstall());

describe.each(EDITION_IDS)("Selbsttest on Word edition %s", (edition) => {
  test("finds no deviation, reports round trips, and leaves the document empty", async () => {
    word = installFakeWord({ edition });
    const report = await runSelftest(profile, today);
    const deviations = report.steps.filter((s) => s.ok === false);
    expect(deviations).toEqual([]);
    expect(report.steps.find((s) => s.title === "Antwort einfügen")!.roundTrips).toBe(1);
    expect(report.steps.find((s) => s.title === "Word: Einfügen am Ende")!.observed).toMatch(/^ja/);
    expect(word.controls()).toHaveLength(0);
    expect(word.bodyText().trim()).toBe("");
    expect(formatSelftest(report)).toContain("Ergebnis: keine Abweichung.");
    expect(report.word.sets.join(" ")).toContain("WordApi");
  });
});

describe("Selbsttest against a Word that misbehaves", () => {
  test("reports lost tags as a deviation", async () => {
    word = installFakeWord({ edition: "web", faults: { losesTags: true } });
    const report = await runSelftest(profile, today);
    const kept = report.steps.find((s) => s.title === "Tags, Titel und Sperren erhalten")!;
    expect(kept.ok).toBe(false);
    expect(formatSelftest(report)).toMatch(/Ergebnis: \d+ Abweichung/);
  });

  test("reports a partial read where getOoxml fails", async () => {
    word = installFakeWord({ edition: "365", faults: { getOoxmlFails: true } });
    const report = await runSelftest(profile, today).catch((error: Error) => error);
    expect(report).toBeInstanceOf(Error); // the emptiness check itself reads the OOXML
  });

  test("refuses a document that is not empty, and touches nothing", async () => {
    word = installFakeWord({ edition: "2019", body: [paragraph("Sehr geehrte Damen und Herren,")] });
    await expect(runSelftest(profile, today)).rejects.toThrow(/leeren Dokument/);
    expect(word.bodyText()).toBe("Sehr geehrte Damen und Herren,");
  });
});
