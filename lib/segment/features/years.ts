/** The years a sentence mentions, and the year an article speaks from. */
import type { DocInput, FeatureLang, SentenceInfo } from './types';

const YEAR = { en: /\b(1[89]\d\d|20\d\d)\b/g, ja: /(1[89]\d\d|20\d\d)年/g };

/** Most sentences mention no year: one shared empty list (never written to). */
export const NO_YEARS: number[] = [];

/** Years a sentence mentions (no digit, no scan: most sentences have none). */
export function yearsIn(text: string, lang: FeatureLang): number[] {
  if (lang === 'en') return enYears(text);
  if (!/\d/.test(text)) return NO_YEARS;
  return [...text.matchAll(YEAR[lang])].map((m) => Number(m[1]));
}

/** [A-Za-z0-9_]: a word character of `\b` without the u flag. */
const WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The years of YEAR.en, `/\b(1[89]\d\d|20\d\d)\b/g`, without match objects: between word
 * boundaries the year is a whole run of word characters, four digits long.
 */
function enYears(text: string): number[] {
  let out = NO_YEARS;
  let start = 0; // start of the current run of word characters
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c < 128 && WORD_CHAR[c] === 1) continue;
    if (i - start === 4) {
      const a = text.charCodeAt(start);
      const b = text.charCodeAt(start + 1);
      const y = text.charCodeAt(start + 2);
      const z = text.charCodeAt(start + 3);
      const digits = y >= 48 && y <= 57 && z >= 48 && z <= 57;
      if (digits && ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48))) {
        if (out === NO_YEARS) out = [];
        out.push((a - 48) * 1000 + (b - 48) * 100 + (y - 48) * 10 + (z - 48));
      }
    }
    start = i + 1;
  }
  return out;
}

/** referenceYear from the years describe() already found. */
export function referenceYearOf(doc: DocInput, infos: SentenceInfo[]): number | null {
  if (doc.year) return doc.year;
  let max = 0;
  for (const info of infos) for (const y of info.years) if (y > max) max = y;
  return max || null;
}

/** The year the article speaks from: its date, else the latest year it mentions. */
export function referenceYear(doc: DocInput): number | null {
  if (doc.year) return doc.year;
  let max = 0;
  for (const s of doc.sentences)
    for (const m of s.text.matchAll(YEAR[doc.lang])) max = Math.max(max, Number(m[1]));
  return max || null;
}
