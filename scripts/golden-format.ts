/**
 * `npx tsx scripts/golden-format.ts` — regenerates tests/fixtures/golden-format/: for a few
 * real pages (Japanese and English), the outline Lede makes of them (`input.json`) and what
 * every format writes for every copy scope (Markdown, plain text, rich HTML; outline, one
 * section, the gist, one point) plus the CLI's JSON. Review the result as a diff
 * (`git diff tests/fixtures/golden-format`): a change in segmentation or point selection shows
 * in input.json; a change in a format shows in the rendered files.
 *
 * tests/unit/format-golden.test.ts renders each input.json again and compares with the files,
 * so the formats are pinned independently of segmentation.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyPayload, type CopyScope } from '../lib/format/copy';
import { toJson } from '../lib/format/json';
import { toText } from '../lib/format/text';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { outlineArticle } from '../lib/pipeline';
import { ROLES, type Outline } from '../lib/types';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared/data');
export const GOLDEN_DIR = join(ROOT, 'tests/fixtures/golden-format');

const benchUrl = (id: string) =>
  (
    JSON.parse(readFileSync(`${SHARED}/extraction-benchmark/ground-truth.json`, 'utf8')) as Record<
      string,
      { url: string }
    >
  )[id].url;
const jaUrl = (file: string) =>
  readFileSync(`${SHARED}/ja-news/index.tsv`, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .find((c) => c[0] === file)![10];

const BENCH_A = '360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469';
const BENCH_B = '374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4';

/** name → [saved page, the URL it was saved from] */
const PAGES: Record<string, () => [string, string]> = {
  'ja-seed': () => [join(ROOT, 'tests/fixtures/seed/source.html'), 'https://example.org/news/alaska-summit'],
  'ja-nhk-ohtani': () => [
    `${SHARED}/ja-news/pages/10-nhk-ohtani-first-hr.html`,
    jaUrl('10-nhk-ohtani-first-hr.html'),
  ],
  'en-cityam-alibaba': () => [`${SHARED}/extraction-benchmark/html/${BENCH_A}.html.gz`, benchUrl(BENCH_A)],
  'en-cnbc-emirates': () => [`${SHARED}/extraction-benchmark/html/${BENCH_B}.html.gz`, benchUrl(BENCH_B)],
};

/** The copy scopes pinned for an outline: all of it, its first non-empty section, gist, point. */
export function goldenScopes(o: Outline): [string, CopyScope][] {
  const role = ROLES.find((r) => o.sections.find((s) => s.role === r)!.points.length);
  return [
    ['outline', { kind: 'outline' }],
    ...(role
      ? ([
          [`section-${role}`, { kind: 'section', role }],
          ['point', { kind: 'point', role, index: 0 }],
        ] as [string, CopyScope][])
      : []),
    ...(o.gist ? ([['gist', { kind: 'gist' }]] as [string, CopyScope][]) : []),
  ];
}

/** File name → content, for one outline. */
export function goldenFiles(o: Outline): Record<string, string> {
  const files: Record<string, string> = {
    'cli.txt': toText(o),
    'cli.json': JSON.stringify(JSON.parse(toJson(o)), null, 2) + '\n',
  };
  for (const [name, scope] of goldenScopes(o)) {
    files[`${name}.md`] = copyPayload(o, scope, 'markdown')['text/plain'];
    files[`${name}.txt`] = copyPayload(o, scope, 'text')['text/plain'];
    files[`${name}.html`] = copyPayload(o, scope, 'rich')['text/html']!;
  }
  return files;
}

/** The names of the pages pinned. */
export const GOLDEN_PAGES = Object.keys(PAGES);

/** What input.json holds for a page: its outline as the pipeline makes it now. */
export function goldenInput(name: string): string {
  const [file, url] = PAGES[name]();
  const r = outlineArticle(extractFromHtml(readHtmlFile(file), url));
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return JSON.stringify(r.value, null, 2) + '\n';
}

function main(): void {
  rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const name of GOLDEN_PAGES) {
    const input = goldenInput(name);
    const outline = JSON.parse(input) as Outline;
    const dir = join(GOLDEN_DIR, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.json'), input);
    for (const [f, content] of Object.entries(goldenFiles(outline))) writeFileSync(join(dir, f), content);
    console.log(`${name}: ${Object.keys(goldenFiles(outline)).length} files`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
