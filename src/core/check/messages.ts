/**
 * The sentences of the check. A rule reports a message id and data; the sentences live in the rule's `messages`,
 * German and English, with {{name}} where a value goes, and are rendered here, once per language, so that quoting
 * follows each language's print („…“ in German, “…” in English) and a rule never writes a sentence itself.
 */

export type Language = "de" | "en";

/** Text in both languages; {{name}} marks where a value of the data goes. */
export interface Bilingual {
  de: string;
  en: string;
}

/** A value for a placeholder. */
export type MessageValue =
  | string
  | number
  /** Quoted as the language prints quotes; long texts are cut, so that a pasted page does not fill the pane. */
  | { quoted: MessageValue }
  /** „a“, „b“ oder „c“ / “a”, “b” or “c”. */
  | { oneOf: string[] }
  /** One of the rule's phrases, itself filled with data. */
  | { phrase: string; data?: MessageData }
  /** Values in a row. */
  | { list: MessageValue[]; separator: string };

export type MessageData = Readonly<Record<string, MessageValue>>;

export const quoted = (value: MessageValue): MessageValue => ({ quoted: value });
export const oneOf = (values: string[]): MessageValue => ({ oneOf: values });
export const phrase = (name: string, data?: MessageData): MessageValue =>
  data ? { phrase: name, data } : { phrase: name };
export const listOf = (values: MessageValue[], separator = ", "): MessageValue => ({ list: values, separator });

const QUOTES: Record<Language, [string, string]> = { de: ["„", "“"], en: ["“", "”"] };
const OR: Record<Language, string> = { de: "oder", en: "or" };
const MAX_QUOTED = 80;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= MAX_QUOTED ? oneLine : `${oneLine.slice(0, MAX_QUOTED - 1)}…`;
}

function quote(text: string, language: Language): string {
  const [open, close] = QUOTES[language];
  return `${open}${shorten(text)}${close}`;
}

/** Renders one template; a placeholder without data, or an unknown phrase, is the rule's mistake and throws. */
export function render(
  template: string,
  data: MessageData,
  language: Language,
  phrases: Readonly<Record<string, Bilingual>> = {},
): string {
  const value = (v: MessageValue): string => {
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
    if ("quoted" in v) return quote(value(v.quoted), language);
    if ("oneOf" in v) {
      const quotedValues = v.oneOf.map((text) => quote(text, language));
      return quotedValues.length <= 1
        ? (quotedValues[0] ?? "")
        : `${quotedValues.slice(0, -1).join(", ")} ${OR[language]} ${quotedValues[quotedValues.length - 1]}`;
    }
    if ("list" in v) return v.list.map(value).join(v.separator);
    const text = Object.prototype.hasOwnProperty.call(phrases, v.phrase) ? phrases[v.phrase] : undefined;
    if (!text) throw new Error(`no phrase "${v.phrase}"`);
    return render(text[language], v.data ?? {}, language, phrases);
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) throw new Error(`no value for {{${name}}}`);
    return value(data[name]);
  });
}

/** Both languages of one message. */
export function renderBoth(
  message: Bilingual,
  data: MessageData,
  phrases?: Readonly<Record<string, Bilingual>>,
): Bilingual {
  return { de: render(message.de, data, "de", phrases), en: render(message.en, data, "en", phrases) };
}
