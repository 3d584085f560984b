import wuppertalJson from "./wuppertal.json";
import { readProfile } from "./validate";
import type { Profile } from "./types";

export * from "./types";
export { readProfile, type ProfileResult } from "./validate";

/** Wuppertal's profile, the default. It ships with the add-in and is checked by the tests. */
export function defaultProfile(): Profile {
  const result = readProfile(wuppertalJson);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.profile;
}
