/**
 * `npm run outline -- <file.html|file.html.gz|file.txt|url> [--format text|markdown|html|json]
 * [--length brief|standard|detailed] [--force] [--help]`
 * Prints the outline of a saved page or a URL. With --format json, exactly one JSON object; a
 * page without an outline prints its reason (and, in json, `{ "error" }`) and exits 1; a usage
 * mistake prints the usage and exits 2.
 */
import { parseArgs } from 'node:util';
import { toHtml } from '../lib/format/html';
import { toJson } from '../lib/format/json';
import { toMarkdown } from '../lib/format/markdown';
import { toText } from '../lib/format/text';
import { extractDocument } from '../lib/guard/extract';
import { isPlainText, loadPage } from '../lib/node/load';
import { parseDocument } from '../lib/node/parse';
import { outlineArticle } from '../lib/pipeline';
import { articleFromTextFile } from '../lib/text/article';
import type { Length } from '../lib/types';

const USAGE = `usage: npm run outline -- <file.html|file.html.gz|file.txt|url> [options]
  --format text|markdown|html|json   what to print (default: text)
  --length brief|standard|detailed   how many points a section shows (default: standard)
  --force                            outline a page that does not look like an article
`;

const FORMATS = {
  text: toText,
  markdown: toMarkdown,
  html: (o: Parameters<typeof toHtml>[0]) => toHtml(o) + '\n',
  json: (o: Parameters<typeof toJson>[0]) => toJson(o) + '\n',
};
const LENGTHS: readonly Length[] = ['brief', 'standard', 'detailed'];

interface Args {
  source: string;
  format: keyof typeof FORMATS;
  length: Length;
  force: boolean;
}

/** The command line, or the line to print: a usage mistake gets the usage, never a stack trace. */
function readArgs(argv: string[]): Args | { exit: number; say: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        length: { type: 'string', default: 'standard' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return { exit: 2, say: `outline: ${(e as Error).message.split('. ')[0]}\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { exit: 0, say: USAGE };
  const format = values.format === 'md' ? 'markdown' : values.format;
  const checks: [boolean, string][] = [
    [!positionals.length, 'no page given'],
    [positionals.length > 1, `one page at a time (got ${positionals.length})`],
    [!(format in FORMATS), `unknown format "${values.format}"`],
    [!LENGTHS.includes(values.length as Length), `unknown length "${values.length}"`],
  ];
  const problem = checks.find(([failed]) => failed)?.[1];
  if (problem) return { exit: 2, say: `outline: ${problem}\n${USAGE}` };
  return {
    source: positionals[0],
    format: format as Args['format'],
    length: values.length as Length,
    force: values.force,
  };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if ('exit' in args) {
    (args.exit ? process.stderr : process.stdout).write(args.say);
    return args.exit;
  }
  const { source, format } = args;
  const page = await loadPage(source);
  // The same bounds and typed errors as the content script: an empty or enormous page gets its
  // reason, never an exception.
  const extracted = isPlainText(source, page.html)
    ? { ok: true as const, value: articleFromTextFile(page.html, page.url) }
    : extractDocument(parseDocument(page.html), { url: page.url });
  const result = extracted.ok
    ? outlineArticle(extracted.value, { force: args.force, length: args.length })
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
