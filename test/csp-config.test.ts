/**
 * The Content-Security-Policy the build writes (webpack.config.js): without an OParl endpoint the pane may connect
 * to its own origin only; with one, to exactly that endpoint's origin besides. (The built page: test/e2e/csp.e2e.ts.)
 */
import { describe, expect, test } from "@jest/globals";
import { shippedProfiles } from "../src/core/profile";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own configuration, CommonJS
const build = require("../webpack.config.js") as {
  contentSecurityPolicy: (production: boolean, oparl?: string | null) => string;
  oparlOrigin: (value?: string) => string | null;
};

const connectSrc = (policy: string) => /connect-src ([^;]*)/.exec(policy)?.[1];

describe("the pane's connections", () => {
  test("no shipped profile names an endpoint: by default the pane asks no server but its own", () => {
    expect(shippedProfiles().map((p) => p.oparl?.endpoint)).toEqual([undefined, undefined]);
    expect(connectSrc(build.contentSecurityPolicy(true, build.oparlOrigin("")))).toBe("'self'");
  });

  test("an endpoint adds its origin, and only its origin", () => {
    const origin = build.oparlOrigin("https://ris.example.de:8443/oparl/v1/body/1?x=1");
    expect(origin).toBe("https://ris.example.de:8443");
    expect(connectSrc(build.contentSecurityPolicy(true, origin))).toBe("'self' https://ris.example.de:8443");
  });

  test("an endpoint that is not https, or no URL at all, stops the build with a German message", () => {
    expect(() => build.oparlOrigin("http://ris.example.de/oparl")).toThrow(/muss eine https-Adresse sein/);
    expect(() => build.oparlOrigin("ris.example.de")).toThrow(/ist keine gültige URL/);
  });
});
