/** "Meine Angaben": the profile's personal fields, remembered between sessions and filled into every new answer. */
import { useCallback, useMemo, useState } from "react";
import type { Profile } from "../../core/profile/types";
import { personalFields, type FieldEntry } from "../../core/profile/fields";
import type { PersonalStore } from "../personal";

/** "Meine Angaben" as the pane edits them. */
export interface PersonalModel {
  fields: FieldEntry[];
  values: Record<string, string>;
  /** Values that will go into the answer (blank ones leave the placeholder). */
  given: Record<string, string>;
  setValue: (key: string, value: string) => void;
  /** The browser refused to keep the last change (storage disabled or full). */
  saveFailed: boolean;
}

export function usePersonal(profile: Profile, store: PersonalStore): PersonalModel {
  const fields = useMemo(() => personalFields(profile), [profile]);
  const [values, setValues] = useState<Record<string, string>>(() => store.load());
  const [saveFailed, setSaveFailed] = useState(false);

  const setValue = useCallback(
    (key: string, value: string) => {
      const next = { ...values, [key]: value };
      setValues(next);
      setSaveFailed(!store.save(next));
    },
    [store, values],
  );

  /** Values that will go into the answer (blank ones leave the placeholder). */
  const given = useMemo(() => Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== "")), [values]);
  return { fields, values, given, setValue, saveFailed };
}
