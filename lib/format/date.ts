/**
 * An article's date as its reader expects it, in `lang`: the calendar day the page wrote, not
 * that instant moved into the reader's time zone. NHK's "2023-04-03T06:27:26+09:00" is April 3
 * on the page; converted to UTC (or to America) it read April 2, on screen and in every copy.
 * A value without a written day falls back to the instant; one that does not parse is kept as
 * given (lib/extract/meta.ts has already dropped the empty and epoch dates).
 */
const WRITTEN_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/**
 * A day written with the month's English name, as 8 of the 108 dated pages of ja-news and the
 * extraction benchmark give it: "November 19, 2019, 07:47 PM EST" (CRN), "19 Nov 2019 07:09
 * GMT" (Al Jazeera), "Mon, 18 Nov 2019 16:07:38 -0600", "Tue Nov 19 2019 03:05:46 GMT+0000".
 * Read as an instant they moved too: CRN's evening read Nov 20 in UTC (the CLI), Europe and
 * Asia, and Al Jazeera's morning read Nov 18 in California.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

/** [year, month, day] as the page wrote them, or null. */
function writtenDay(value: string): [number, number, number] | null {
  const iso = WRITTEN_DAY.exec(value);
  if (iso) return [+iso[1], +iso[2], +iso[3]];
  const md = MONTH_DAY.exec(value);
  const dm = DAY_MONTH.exec(value);
  if (md && (!dm || md.index <= dm.index)) return [+md[3], MONTHS.indexOf(md[1].toLowerCase()) + 1, +md[2]];
  if (dm) return [+dm[3], MONTHS.indexOf(dm[2].toLowerCase()) + 1, +dm[1]];
  return null;
}

export function shownDate(value: string, lang: string): string {
  const day = writtenDay(value.trim());
  const d = day ? new Date(Date.UTC(day[0], day[1] - 1, day[2])) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  // Date.UTC rolls "2023-13-45" over into 2024: a day that is not on the calendar is kept as given.
  if (day && (d.getUTCMonth() !== day[1] - 1 || d.getUTCDate() !== day[2])) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...(day && { timeZone: 'UTC' }) };
  try {
    return new Intl.DateTimeFormat(lang, options).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}
