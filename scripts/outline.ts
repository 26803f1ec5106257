/**
 * `npm run outline -- <file.html|file.txt|url> [--format text|markdown|json] [--length brief|standard|detailed] [--force]`
 * Prints the outline of a saved page or a URL. With --format json, exactly one JSON object.
 */
import { parseArgs } from 'node:util';
import { toJson } from '../lib/format/json';
import { toMarkdown } from '../lib/format/markdown';
import { toText } from '../lib/format/text';
import { extractDocument } from '../lib/guard/extract';
import { isPlainText, loadPage } from '../lib/node/load';
import { parseDocument } from '../lib/node/parse';
import { outlineArticle } from '../lib/pipeline';
import { articleFromTextFile } from '../lib/text/article';
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
    process.stderr.write(
      'usage: npm run outline -- <file.html|file.txt|url> [--format text|markdown|json]\n',
    );
    return 2;
  }
  const page = await loadPage(source);
  // The same bounds and typed errors as the content script: an empty or enormous page gets its
  // reason, never an exception.
  const extracted = isPlainText(source, page.html)
    ? { ok: true as const, value: articleFromTextFile(page.html, page.url) }
    : extractDocument(parseDocument(page.html), { url: page.url });
  const result = extracted.ok
    ? outlineArticle(extracted.value, { force: values.force, length: values.length as Length })
    : extracted;
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
