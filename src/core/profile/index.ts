import wuppertalJson from "./wuppertal.json";
import musterstadtJson from "./musterstadt.json";
import { readProfile } from "./validate";
import type { Profile } from "./types";

export * from "./types";
export { readProfile, type ProfileResult } from "./validate";

/** Wuppertal's profile, the default. It ships with the add-in and is checked by the tests. */
export function defaultProfile(): Profile {
  return shipped(wuppertalJson);
}

function shipped(json: unknown): Profile {
  const result = readProfile(json);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.profile;
}

/** Every profile that ships with the add-in: Wuppertal's, and Musterstadt's as an example for other councils. */
export function shippedProfiles(): Profile[] {
  return [shipped(wuppertalJson), shipped(musterstadtJson)];
}
