import { describe, expect, test } from "@jest/globals";
import { loadServedProfile } from "../../src/taskpane/profileSource";
import musterstadt from "../../src/core/profile/musterstadt.json";

const served = (status: number, body: string) => async () => ({ ok: status === 200, status, text: async () => body });

describe("the profile served beside the pane", () => {
  test("is read and validated", async () => {
    const result = await loadServedProfile(served(200, JSON.stringify(musterstadt)));
    expect(result).toMatchObject({ ok: true, profile: { id: "musterstadt" } });
  });
  test("missing: a German message, no fallback to another council", async () => {
    expect(await loadServedProfile(served(404, "Not Found"))).toEqual({
      ok: false,
      errors: [expect.stringMatching(/fehlt auf dem Server \(HTTP 404\)/)],
    });
  });
  test("not JSON, or broken: German messages", async () => {
    expect(await loadServedProfile(served(200, "<html>"))).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/kein gültiges JSON/)],
    });
    const broken = { ...musterstadt, deadline: { days: "drei Wochen" } };
    const result = await loadServedProfile(served(200, JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join("\n")).toMatch(/„deadline\.days“/);
  });
  test("unreachable: a German message", async () => {
    const result = await loadServedProfile(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/konnte nicht geladen werden/)] });
  });
  test("its validator's chunk not loaded: a German message, however good the profile", async () => {
    const result = await loadServedProfile(served(200, JSON.stringify(musterstadt)), () =>
      Promise.reject(new Error("Loading chunk profile failed")),
    );
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/Teil des Add-Ins konnte nicht geladen/)] });
  });
  test("a profile that is missing is reported as missing even when the validator cannot load", async () => {
    const result = await loadServedProfile(served(404, ""), () => Promise.reject(new Error("offline")));
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/HTTP 404/)] });
  });
});
