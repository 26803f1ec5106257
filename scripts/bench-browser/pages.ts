/**
 * The served real pages of the browser benchmarks (issue 7: "30 served real pages"): the seed
 * article, the Japanese pages, then the extraction benchmark's pages in name order; the first `n`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from '../../tests/e2e/harness';

export function benchPages(n: number): string[] {
  const ja = join(SHARED, 'data/ja-news/pages');
  const bench = join(SHARED, 'data/extraction-benchmark/html');
  return [
    join(ROOT, 'tests/fixtures/seed/source.html'),
    ...readdirSync(ja).map((f) => join(ja, f)),
    ...readdirSync(bench)
      .sort()
      .map((f) => join(bench, f)),
  ].slice(0, n);
}

/** The first page (the browser's cold start), then each page whose file name holds `part`, `repeat` times. */
export function focusPages(part: string, repeat: number): string[] {
  const [first, ...rest] = benchPages(Infinity);
  const chosen = rest.filter((f) => f.split('/').pop()!.includes(part));
  if (!chosen.length) throw new Error(`--page ${part}: no bench page's name holds it`);
  return [first, ...chosen.flatMap((f) => Array<string>(repeat).fill(f))];
}
