/**
 * History search (issue 5): every word of the query must appear in the entry's title, site,
 * URL or outline points. NFKC folding lets ｎｈｋ find "NHK" and ｶﾀｶﾅ find カタカナ, and turns
 * the ideographic space (U+3000) Japanese keyboards type into a word break.
 */
import type { HistoryEntry } from './entry';

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

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
