/**
 * An answer that only refers to another: "Siehe 1.", "siehe Antwort zu Frage 3", "Vgl. Antwort 2", "s. o. zu 1".
 * Answers that say more (a real referral, "Siehe Anlage 1") are not references in this sense.
 */
const REFERENCE = new RegExp(
  "^(?:siehe|s\\.|vgl\\.?|vergleiche)\\s*" +
    "(?:(?:hierzu|dazu|oben|o\\.)\\s*,?\\s*)*" +
    "(?:(?:die|meine|unsere)\\s+)?" +
    "(?:(?:antwort(?:en)?|ausführung(?:en)?)\\s*)?" +
    "(?:(?:zu|auf|unter|bei|in)\\s+)?" +
    "(?:(?:der\\s+)?(?:frage|ziffer|punkt)\\s*)?" +
    "(?:nr\\.?\\s*)?" +
    "(\\d{1,6}(?:\\s*(?:,|und|u\\.|sowie|bzw\\.)\\s*\\d{1,6})*)" +
    "\\s*[.):]?\\s*$",
  "iu",
);

/** The question numbers an answer only refers to, or null when the answer is an answer. */
export function referencedNumbers(answer: string): number[] | null {
  const match = REFERENCE.exec(answer.trim());
  return match ? (match[1].match(/\d+/g) ?? []).map(Number) : null;
}
