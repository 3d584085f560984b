/** The gateway's failures, as the pane reads them whatever threw them. */
import { expect, test } from "@jest/globals";
import { failureOf } from "../../src/core/document/gateway";

test("a failure with a known kind keeps its kind and detail; anything else is unknown, with its message", () => {
  const locked = Object.assign(new Error("locked: NotAllowed"), { kind: "locked", detail: "NotAllowed: gesperrt" });
  expect(failureOf(locked)).toEqual({ kind: "locked", detail: "NotAllowed: gesperrt" });
  expect(failureOf(Object.assign(new Error("x"), { kind: "gibtsnicht", detail: "d" }))).toEqual({
    kind: "unknown",
    detail: "x",
  });
  expect(failureOf(new Error("kaputt"))).toEqual({ kind: "unknown", detail: "kaputt" });
  expect(failureOf("nur Text")).toEqual({ kind: "unknown", detail: "nur Text" });
  expect(failureOf({ kind: "busy" })).toEqual({ kind: "unknown", detail: "[object Object]" });
});
