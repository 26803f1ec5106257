/**
 * `npm run outline -- <file.html|url> [--format text|markdown|json] [--length brief|standard|detailed] [--force]`
 * Prints the outline of a saved page or a URL. With --format json, exactly one JSON object.
 */
import { parseArgs } from 'node:util';
import { toJson } from '../lib/format/json';
import { toMarkdown } from '../lib/format/markdown';
import { toText } from '../lib/format/text';
import { loadPage, extractFromHtml } from '../lib/node/load';
import { outlineArticle } from '../lib/pipeline';
import type { Length } from '../lib/types';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'text' },
    length: { type: 'string', default: 'standard' },
    force: { type: 'boolean', default: false },
  },
});

const FORMATS = {
  text: toText,
  markdown: toMarkdown,
  json: (o: Parameters<typeof toJson>[0]) => toJson(o) + '\n',
};

async function main(): Promise<number> {
  const source = positionals[0];
  const format = values.format as keyof typeof FORMATS;
  if (!source || !(format in FORMATS)) {
    process.stderr.write('usage: npm run outline -- <file.html|url> [--format text|markdown|json]\n');
    return 2;
  }
  const page = await loadPage(source);
  const article = extractFromHtml(page.html, page.url);
  const result = outlineArticle(article, { force: values.force, length: values.length as Length });
  if (!result.ok) {
    if (format === 'json') process.stdout.write(JSON.stringify({ error: result.error }) + '\n');
    process.stderr.write(`${result.error.message}\n`);
    return 1;
  }
  process.stdout.write(FORMATS[format](result.value));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`outline: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
