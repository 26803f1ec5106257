/**
 * Time in Japanese sentences against the article's own date (issue 3; ja-news README
 * "background": history, earlier events; "outlook": schedules): the years and days a sentence
 * names, and the role evidence they give.
 */
import { ROLES } from '../types';

const FULL_WIDTH_DIGIT = /[０-９]/;
const toHalf = (s: string) =>
  FULL_WIDTH_DIGIT.test(s) ? s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;

/**
 * Years in Japanese text: "2019年", full-width "２０２１年", the business press's two-digit
 * "19年に" / "31年2月期" (only before a particle, a month or から, so "10年かけて" stays a duration),
 * 令和N年; older eras (昭和, 平成, 明治, 大正) count as history. Durations (3年間, 4年ぶり,
 * 5年前) are not years.
 */
const YEAR =
  /(?<!\d)(1[89]\d\d|20\d\d)年(?!間|ぶり|連続|目|前|後|以上|余り|近く|程度|半)|(?<!\d)(\d\d)年(?=[のにはまで月度、\d]|から)|令和(\d{1,2}|元)年|(昭和|平成|明治|大正)/g;

/** Years named in a sentence (-1 for an era before 令和). */
export function yearsIn(text: string): number[] {
  if (!text.includes('年') && !/昭和|平成|明治|大正/.test(text)) return [];
  const out: number[] = [];
  for (const m of toHalf(text).matchAll(YEAR)) {
    if (m[1]) out.push(Number(m[1]));
    // 69–99 are the last century, as POSIX strptime's %y reads them: "95年に上場" was 2095, a
    // future year (outlook), where it is history; targets ("31年2月期", "50年までに") stay 20xx.
    else if (m[2]) out.push((Number(m[2]) >= 69 ? 1900 : 2000) + Number(m[2]));
    else if (m[3]) out.push(2018 + (m[3] === '元' ? 1 : Number(m[3])));
    else out.push(-1);
  }
  return out;
}

/** Words that place a sentence in the past (README background: history, earlier events). */
const PAST_WORDS = /かつて|これまで|以前|当時|年前|昔|歴史|創業|誕生した|昨年|去年|昭和|平成|明治|大正|江戸/;

/** The sentence speaks of the past: a history word, or a year two or more years before the article's. */
export function recallsPast(text: string, refYear: number | null, years = yearsIn(text)): boolean {
  if (PAST_WORDS.test(text)) return true;
  return years.some((y) => y < 0 || (refYear !== null && refYear - y >= 2));
}

/**
 * Years against the article's own year: an event two or more years back is history
 * (background; ja-news README "history, earlier events"), a later year is a target or a
 * forecast (outlook: "31年2月期に…目標", "23年に…になると予測"), the article's year is news.
 */
export function addJaYears(
  text: string,
  refYear: number | null,
  bonus: Float64Array,
  years = yearsIn(text),
): void {
  const { old, current, future } = yearClasses(years, refYear);
  if (old) bonus[ROLES.indexOf('background')] += OLD_YEAR_PRIOR;
  else if (future) bonus[ROLES.indexOf('outlook')] += FUTURE_YEAR_PRIOR;
  else if (current) bonus[ROLES.indexOf('result')] += CURRENT_YEAR_PRIOR;
}
export const OLD_YEAR_PRIOR = 1.0;

/** The years of a sentence against the article's: two or more years back, later, or the same. */
export function yearClasses(years: number[], refYear: number | null) {
  let old = false;
  let current = false;
  let future = false;
  for (const y of years) {
    if (y < 0 || (refYear && refYear - y >= 2)) old = true;
    else if (refYear && y > refYear) future = true;
    else if (refYear && y === refYear) current = true;
  }
  return { old, current, future };
}
export const FUTURE_YEAR_PRIOR = 1.0;
export const CURRENT_YEAR_PRIOR = 0.3;

/** A publication date as year, month and day, from an ISO-like string (`2023-04-03T06:27…`). */
export interface DayDate {
  y: number;
  m: number;
  d: number;
}

export function parsePublished(iso: string | null | undefined): DayDate | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** "5日", "4月5日" (also full-width digits); not durations or ordinals (3日間, 中5日, 2日連続, 5日目). */
const DAY = /(?:([\d０-９]{1,2})月)?(?<![\d０-９中第])([\d０-９]{1,2})日(?![間目連以前後本])/g;
/**
 * `past` outweighs an event verb (発表, 公開: result 1.1): a step dated days before the news is
 * an earlier event (rule 2; ja-news 05's report "2019年2月6日に公開した" a week before the blog).
 * Chosen by leave-one-page-out (scripts/ja-tune.ts) from 0.6–2.4: plateau at 1.4–1.8.
 */
export const JA_DAYS = { future: 1.0, recent: 0.7, past: 1.4 };
/** A day as the time of an event ("3日、", "2日に", "9日午後"): what just happened, when the article's date is unknown. */
const EVENT_DAY = /[\d０-９]+日(?:[、にのまはから]|午|夜|朝)/;

/**
 * Days against the article's own date. Japanese news names the days of the current month bare
 * ("5日") and says 先月 for the last one, so a day after the publication date is something
 * scheduled: outlook (ja-news rule 1, "10: the next start on the 5th"); a day two or more days
 * before it is an earlier step: background (rule 2, 24: "3月31日の記者会見" before the 2 April
 * talks). The day of the news itself and the day before are left to the other cues.
 */
export function addJaDays(text: string, pub: DayDate | null, bonus: Float64Array): void {
  const d = dayClass(text, pub);
  if (d === 'future') bonus[ROLES.indexOf('outlook')] += JA_DAYS.future;
  else if (d === 'recent' || d === 'event') bonus[ROLES.indexOf('result')] += JA_DAYS.recent;
  else if (d === 'past') bonus[ROLES.indexOf('background')] += JA_DAYS.past;
}

/**
 * The days a sentence names against the article's date: a later day (`future`), today or
 * yesterday (`recent`), two or more days back (`past`); without a date, a day as the time of an
 * event (`event`).
 */
export function dayClass(text: string, pub: DayDate | null): 'future' | 'recent' | 'past' | 'event' | null {
  if (!text.includes('日')) return null;
  if (!pub) return EVENT_DAY.test(text) ? 'event' : null;
  let future = false;
  let past = false;
  let recent = false;
  for (const m of text.matchAll(DAY)) {
    const day = Number(toHalf(m[2]));
    let month = m[1] ? Number(toHalf(m[1])) : pub.m;
    // A bare day far beyond today is last month's (published on the 3rd, "30日" is 30 March).
    if (!m[1] && day > pub.d + 14) month -= 1;
    if (day < 1 || day > 31 || month < 1 - 12 || month > 12) continue;
    // Months before the publication month within the same year; a later month is next year's
    // only when written without a year, which news rarely does for the past: treat as future.
    const diff = (month - pub.m) * 31 + (day - pub.d);
    if (diff >= 1) future = true;
    else if (diff <= -2) past = true;
    else recent = true;
  }
  return future ? 'future' : recent ? 'recent' : past ? 'past' : null;
}
