/**
 * The council profile comes from `profile.json` beside the task pane, so that an administrator chooses it at
 * deployment without rebuilding. A missing or broken profile stops the pane with a German message: it never
 * falls back to another council's rules.
 */
import type { ProfileResult } from "../core/profile/validate";

export const PROFILE_URL = "profile.json";

type Fetch = (url: string, init?: RequestInit) => Promise<Pick<Response, "ok" | "status" | "text">>;

/**
 * The validator alone (the shipped profiles come from the server, not the bundle), in a chunk of its own that loads
 * while profile.json does: the pane's first script is smaller, and nothing waits longer for it.
 */
const loadValidator = () => import(/* webpackChunkName: "profile" */ "../core/profile/validate");

export async function loadServedProfile(
  fetchProfile: Fetch = (url, init) => fetch(url, init),
  validator: () => Promise<Pick<typeof import("../core/profile/validate"), "readProfile">> = loadValidator,
): Promise<ProfileResult> {
  const validating = validator();
  validating.catch(() => undefined); // where the profile fails first, its message is the one shown
  let response;
  try {
    response = await fetchProfile(PROFILE_URL, { cache: "no-cache" });
  } catch {
    return {
      ok: false,
      errors: [`Das Ratsprofil „${PROFILE_URL}“ konnte nicht geladen werden. Bitte wenden Sie sich an die IT.`],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      errors: [
        `Das Ratsprofil „${PROFILE_URL}“ fehlt auf dem Server (HTTP ${response.status}). Die IT muss es neben dem Add-In bereitstellen.`,
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      errors: [
        `Das Ratsprofil „${PROFILE_URL}“ ist kein gültiges JSON (${error instanceof Error ? error.message : String(error)}).`,
      ],
    };
  }
  try {
    return (await validating).readProfile(json);
  } catch {
    return {
      ok: false,
      errors: ["Ein Teil des Add-Ins konnte nicht geladen werden. Bitte den Aufgabenbereich schließen und neu öffnen."],
    };
  }
}
