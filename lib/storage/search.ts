/**
 * History search (issue 5): every word of the query must appear in the entry's title, site,
 * URL or outline points. NFKC folding lets ｎｈｋ find "NHK" and ｶﾀｶﾅ find カタカナ, and turns
 * the ideographic space (U+3000) Japanese keyboards type into a word break. Hiragana are read
 * as katakana and Latin accents dropped: the list filters as the reader types, and an IME shows
 * とらんぷ before it is converted to トランプ (which found nothing until then); "sao paulo"
 * finds "São Paulo". The voiced marks stay (ガ is not カ): they are not in U+0300–036F.
 */
import type { HistoryEntry } from './entry';

const ACCENTS = /[\u0300-\u036f]/g;
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/g;
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

function haystack(e: HistoryEntry): string {
  const o = e.outline;
  const points = o.sections.flatMap((s) => s.points.map((p) => p.text));
  return fold([e.title, e.site, e.url, o.gist?.text ?? '', ...points].join('\n'));
}

export function searchHistory(entries: HistoryEntry[], query: string): HistoryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return entries;
  return entries.filter((e) => {
    const text = haystack(e);
    return words.every((w) => text.includes(w));
  });
}
