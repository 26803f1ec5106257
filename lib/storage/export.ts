/** History export (issue 5): all entries as one Markdown document or one JSON file. */
import { toMarkdown } from '../format/markdown';
import type { HistoryEntry } from './entry';
import { SCHEMA_VERSION } from './schema';

const iso = (ms: number) => new Date(ms).toISOString();

/** Each outline as lib/format/markdown.ts writes it, newest first, with when it was saved. */
export function historyToMarkdown(entries: HistoryEntry[], exportedAt: number): string {
  const head = `<!-- Lede history: ${entries.length} outlines, exported ${iso(exportedAt)} -->\n`;
  const blocks = entries.map((e) => `${toMarkdown(e.outline)}\nSaved ${iso(e.savedAt)}\n`);
  return [head, ...blocks].join('\n---\n\n');
}

/** The whole outlines, so an export can be read back (or imported) without loss. */
export function historyToJson(entries: HistoryEntry[], exportedAt: number): string {
  return (
    JSON.stringify(
      {
        format: 'lede-history',
        version: SCHEMA_VERSION,
        exportedAt: iso(exportedAt),
        entries: entries.map(({ id, savedAt, title, site, url, lang, outline }) => ({
          id,
          savedAt: iso(savedAt),
          title,
          site,
          url,
          lang,
          outline,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

/** `lede-history-2026-11-26.md` (local date: the one the reader sees on their calendar). */
export function exportFileName(format: 'markdown' | 'json', exportedAt: number): string {
  const d = new Date(exportedAt);
  const day = [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `lede-history-${day}.${format === 'markdown' ? 'md' : 'json'}`;
}
