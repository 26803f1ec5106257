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
import { checkHtml } from '../lib/guard/dom';
import { extractDocument } from '../lib/guard/extract';
import { isPlainText, loadPage, PageError, type LoadedPage } from '../lib/node/load';
import { parseDocument } from '../lib/node/parse';
import { outlineArticle } from '../lib/pipeline';
import { articleFromText, articleFromTextFile } from '../lib/text/article';
import type { Article, Length, Result } from '../lib/types';

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
    // Own keys only: `in` took "toString" for a format and printed "[object Object]".
    [!Object.hasOwn(FORMATS, format!), `unknown format "${values.format}"`],
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
  let page: LoadedPage | { error: PageError };
  try {
    page = await loadPage(source);
  } catch (e) {
    // A PDF, a page too large to read or a server that never answered: the pipeline's reason.
    if (!(e instanceof PageError)) throw e;
    page = { error: e };
  }
  // The same bounds and typed errors as the content script: an empty or enormous page gets its
  // reason, never an exception.
  const extracted: Result<Article> =
    'error' in page
      ? { ok: false, error: page.error.error }
      : isPlainText(source, page.html)
        ? { ok: true, value: textArticle(page) }
        : // checkHtml before parsing, as the extension does: linkedom took minutes and 2 GB on a
          // 30 MB page before the document bounds could refuse it.
          htmlArticle(page);
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

function htmlArticle(page: LoadedPage): Result<Article> {
  const tooLarge = checkHtml(page.html);
  if (tooLarge) return { ok: false, error: tooLarge };
  return extractDocument(parseDocument(page.html), { url: page.url });
}

function textArticle(page: LoadedPage): Article {
  // Old Mac line ends (CR alone) made the whole file one line.
  const text = page.html.replace(/\r\n?/g, '\n');
  // A file of one line is all body: taken for the title, it left "no readable text".
  return text.trim().includes('\n')
    ? articleFromTextFile(text, page.url)
    : articleFromText(text, page.url, '');
}

// A reader that stops reading (`| head`, `| true`) is no error: without this, EPIPE was an
// unhandled 'error' event and its stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`outline: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
