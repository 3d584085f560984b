/** German calendar dates (TT.MM.JJJJ), as users type them and as the documents print them. */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A real date in German form, or null ("31.02.2013" is not a date). */
export function parseGermanDate(text: string): CalendarDate | null {
  const match = GERMAN_DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** The calendar day a moment falls on where the user is (their computer's time zone). */
export function localDate(moment: Date): CalendarDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function formatGermanDate(date: CalendarDate): string {
  return `${pad(date.day)}.${pad(date.month)}.${pad(date.year, 4)}`;
}

/** ISO 8601 (YYYY-MM-DD), as XML and JSON write a day; it sorts as the calendar does. */
export function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The form WordprocessingML stores in a date picker's w:fullDate (and OParl's filters take). */
export function toXmlDateTime(date: CalendarDate): string {
  return `${isoDate(date)}T00:00:00Z`;
}

function toUtc(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(toUtc(date) + days * DAY_MS);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}
