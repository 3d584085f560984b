/**
 * Where the pane reads inquiries from: the profile's OParl endpoint through the browser's fetch, or nothing. Kept
 * small: it is part of the pane's first load, the OParl client and its panel are not.
 */
import type { HttpGet } from "../core/oparl/client";
import type { Profile } from "../core/profile/types";

export interface OParlSource {
  endpoint: string;
  get: HttpGet;
  /** "follow": the browser follows redirects, and its CSP stops any to another origin. */
  redirect: "manual" | "follow";
  /** The data is the preview's sample, held in the page: no request leaves it, no policy applies. */
  sample: boolean;
}

/** The profile's endpoint as a source, or undefined without one (then nothing is ever fetched). */
export function oparlSourceFor(profile: Profile): OParlSource | undefined {
  const endpoint = profile.oparl?.endpoint;
  if (!endpoint) return undefined;
  return { endpoint, get: (url, init) => fetch(url, init), redirect: "follow", sample: false };
}
