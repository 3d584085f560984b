/** "Meine Angaben": the profile's personal fields, remembered between sessions and filled into every new answer. */
import { useCallback, useMemo, useState } from "react";
import type { Profile } from "../../core/profile/types";
import { personalFields } from "../../core/profile/fields";
import type { PersonalStore } from "../personal";

export function usePersonal(profile: Profile, store: PersonalStore) {
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
