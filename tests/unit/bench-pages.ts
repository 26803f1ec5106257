/** Pages of ../shared/data/extraction-benchmark for tests, by the start of their name. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';

export const BENCH_DIR = join(import.meta.dirname, '../../../shared/data/extraction-benchmark/html');

/** The saved HTML of the benchmark page whose name starts with `prefix`. */
export function benchHtml(prefix: string): string {
  const file = readdirSync(BENCH_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no benchmark page ${prefix}`);
  return readHtmlFile(join(BENCH_DIR, file));
}

/** That page extracted as the CLI extracts it. */
export const benchArticle = (prefix: string) => extractFromHtml(benchHtml(prefix), 'https://example.com/a');
