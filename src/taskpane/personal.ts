/**
 * "Meine Angaben": what the pane remembers about the person writing answers (the profile's personal fields),
 * kept in the browser storage of the add-in's page. Word has no roaming settings for add-ins (Outlook has),
 * and document settings would travel with the document to others; so localStorage, prefixed with
 * Office.context.partitionKey where Word gives one (Word on the web partitions an add-in's storage by it).
 */
import type { Profile } from "../core/profile/types";
import { personalFields } from "../core/profile/fields";

export interface PersonalStore {
  load(): Record<string, string>;
  /** False when the browser refused to keep the values (storage disabled or full). */
  save(values: Record<string, string>): boolean;
}

export function personalStorageKey(profile: Profile, partitionKey?: string): string {
  return `${partitionKey ? `${partitionKey}/` : ""}ratsantwort/meine-angaben/${profile.id}`;
}

/**
 * The store for this profile's personal fields. `storage` is a getter: reading window.localStorage itself
 * throws where the browser forbids storage, and that must not stop the pane.
 */
export function personalStore(profile: Profile, storage: () => Storage, partitionKey?: string): PersonalStore {
  const key = personalStorageKey(profile, partitionKey);
  const keys = new Set(personalFields(profile).map((f) => f.key));
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage().getItem(key) ?? "{}");
        if (typeof parsed !== "object" || parsed === null) return {};
        return Object.fromEntries(
          Object.entries(parsed).filter((e): e is [string, string] => keys.has(e[0]) && typeof e[1] === "string"),
        );
      } catch {
        return {};
      }
    },
    save(values) {
      try {
        storage().setItem(
          key,
          JSON.stringify(Object.fromEntries(Object.entries(values).filter(([k, v]) => keys.has(k) && v.trim() !== ""))),
        );
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Kept for the pane's lifetime only: where no storage is given (tests, or storage refused). */
export function memoryStore(): PersonalStore {
  let kept: Record<string, string> = {};
  return {
    load: () => ({ ...kept }),
    save(values) {
      kept = { ...values };
      return true;
    },
  };
}
