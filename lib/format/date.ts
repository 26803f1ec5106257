/**
 * An article's date as its reader expects it, in `lang`: the calendar day the page wrote, not
 * that instant moved into the reader's time zone. NHK's "2023-04-03T06:27:26+09:00" is April 3
 * on the page; converted to UTC (or to America) it read April 2, on screen and in every copy.
 * A value without a written day falls back to the instant; one that does not parse is kept as
 * given (lib/extract/meta.ts has already dropped the empty and epoch dates).
 */
const WRITTEN_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

export function shownDate(value: string, lang: string): string {
  const day = WRITTEN_DAY.exec(value.trim());
  const d = day ? new Date(Date.UTC(+day[1], +day[2] - 1, +day[3])) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  // Date.UTC rolls "2023-13-45" over into 2024: a day that is not on the calendar is kept as given.
  if (day && (d.getUTCMonth() !== +day[2] - 1 || d.getUTCDate() !== +day[3])) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...(day && { timeZone: 'UTC' }) };
  try {
    return new Intl.DateTimeFormat(lang, options).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}
