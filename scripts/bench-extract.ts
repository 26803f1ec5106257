/**
 * `npm run bench:extract -- --data DIR [--json] [--pages N]`
 *
 * Lede's extraction against Readability alone on a folder laid out like
 * ../shared/data/extraction-benchmark (`html/<id>.html.gz`, `ground-truth.json`), scored as its
 * README says (lib/extract/score.ts). The text scored for Lede is what it shows as the article:
 * paragraphs whose role is not `other`, joined by blank lines; for Readability alone, the
 * `textContent` of its article, as in the benchmark's published table. Also prints extraction
 * time per page and the "not an article" rates on the article and non-article sets (issue 6).
 * With --json the last line is `{ f1, precision, recall, pages, readabilityF1, worsePages }`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract';
import { scorePage, summarise, type PageScore } from '../lib/extract/score';
import { readHtmlFile } from '../lib/node/load';
import { parseDocument } from '../lib/node/parse';
import { segment } from '../lib/segment';
import type { Article } from '../lib/types';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/extraction-benchmark' },
    json: { type: 'boolean', default: false },
    pages: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

/**
 * The article as Lede shows it: paragraphs the segmenter does not call `other`, with the section
 * headings they stand under (the benchmark's ground truth has its articles' sub-headings too).
 */
export function shownText(article: Article): string {
  const roles = segment(article).paragraphs;
  const out: string[] = [];
  let h = 0;
  article.paragraphs.forEach((p, i) => {
    for (; h < article.headings.length && article.headings[h].beforeParagraph <= i; h++)
      out.push(article.headings[h].text);
    if (roles[i] !== 'other') out.push(p.text);
  });
  for (; h < article.headings.length; h++) out.push(article.headings[h].text);
  return out.join('\n\n');
}

function allText(article: Article): string {
  const out: string[] = [];
  let h = 0;
  article.paragraphs.forEach((p, i) => {
    for (; h < article.headings.length && article.headings[h].beforeParagraph <= i; h++)
      out.push(article.headings[h].text);
    out.push(p.text);
  });
  for (; h < article.headings.length; h++) out.push(article.headings[h].text);
  return out.join('\n\n');
}

function readabilityText(html: string): string {
  try {
    return new Readability(parseDocument(html)).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};
const f3 = (x: number) => x.toFixed(3);

interface Row {
  id: string;
  lede: PageScore;
  raw: PageScore;
  readability: PageScore;
}

function benchmark(dir: string, limit?: number) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const rows: Row[] = [];
  const times: number[] = [];
  let notArticle = 0;
  for (const id of ids) {
    const html = readHtmlFile(join(dir, 'html', `${id}.html.gz`));
    const url = truth[id].url ?? `https://example.invalid/${id}`;
    const t0 = performance.now();
    const article = extractArticle(parseDocument(html), { url });
    times.push(performance.now() - t0);
    if (!article.readerable) notArticle++;
    const body = truth[id].articleBody ?? '';
    rows.push({
      id,
      lede: scorePage(body, shownText(article)),
      raw: scorePage(body, allText(article)),
      readability: scorePage(body, readabilityText(html)),
    });
  }
  return { rows, times, notArticle };
}

/** Article pages beyond the benchmark: ja-news and the seed pages; non-articles from fixtures. */
function readerableRates() {
  const jaDir = resolve('../shared/data/ja-news/pages');
  const articles = [
    ...(existsSync(jaDir)
      ? readdirSync(jaDir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => join(jaDir, f))
      : []),
    'tests/fixtures/seed/source.html',
    'tests/fixtures/seed-noheadings/source.html',
  ];
  const nonDir = 'tests/fixtures/non-articles';
  const non = existsSync(nonDir)
    ? readdirSync(nonDir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(nonDir, f))
    : [];
  const judge = (f: string) =>
    extractArticle(parseDocument(readHtmlFile(f)), { url: 'https://example.invalid/' }).readerable;
  const wrongArticles = articles.filter((f) => !judge(f));
  const rightNon = non.filter((f) => !judge(f));
  const wrongNon = non.filter((f) => judge(f));
  return { articles, wrongArticles, non, rightNon, wrongNon };
}

function main() {
  const dir = resolve(values.data);
  const { rows, times, notArticle } = benchmark(dir, values.pages ? Number(values.pages) : undefined);
  const lede = summarise(rows.map((r) => r.lede));
  const rd = summarise(rows.map((r) => r.readability));
  const worse = rows
    .filter((r) => r.lede.f1 < r.readability.f1 - 0.05)
    .sort((a, b) => a.lede.f1 - a.readability.f1 - (b.lede.f1 - b.readability.f1));
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`extraction benchmark: ${dir} (${rows.length} pages)`);
  out(`                     F1     precision  recall`);
  out(`Lede                 ${f3(lede.f1)}  ${f3(lede.precision)}      ${f3(lede.recall)}`);
  if (values.verbose) {
    const raw = summarise(rows.map((r) => r.raw));
    out(`Lede, no segmenter   ${f3(raw.f1)}  ${f3(raw.precision)}      ${f3(raw.recall)}`);
  }
  out(`Readability alone    ${f3(rd.f1)}  ${f3(rd.precision)}      ${f3(rd.recall)}`);
  out(`pages where Lede is more than 0.05 F1 below Readability alone: ${worse.length}`);
  for (const r of worse)
    out(`  ${r.id.slice(0, 16)}  Lede ${f3(r.lede.f1)}  Readability ${f3(r.readability.f1)}`);
  if (values.verbose) {
    const lower = rows
      .filter((r) => r.lede.f1 < r.readability.f1)
      .sort((a, b) => a.lede.f1 - a.readability.f1 - (b.lede.f1 - b.readability.f1));
    out(`pages where Lede is below Readability alone at all: ${lower.length}`);
    for (const r of lower)
      out(
        `  ${r.id.slice(0, 16)}  Lede ${f3(r.lede.f1)} (P ${f3(r.lede.precision ?? 0)} R ${f3(r.lede.recall ?? 0)})  Readability ${f3(r.readability.f1)} (P ${f3(r.readability.precision ?? 0)} R ${f3(r.readability.recall ?? 0)})`,
      );
  }
  out(
    `extraction time per page (linkedom parse + extractArticle): median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`,
  );
  const rr = readerableRates();
  const allArticles = rows.length + rr.articles.length;
  const wrongArticles = notArticle + rr.wrongArticles.length;
  out(
    `"not an article" said wrongly on article pages: ${wrongArticles}/${allArticles} (${f3(wrongArticles / Math.max(1, allArticles))}; benchmark ${notArticle}/${rows.length}, ja-news + seed ${rr.wrongArticles.length}/${rr.articles.length})`,
  );
  for (const f of rr.wrongArticles) out(`  ${f}`);
  out(
    `"not an article" said rightly on non-article pages: ${rr.rightNon.length}/${rr.non.length} (${f3(rr.rightNon.length / Math.max(1, rr.non.length))})`,
  );
  for (const f of rr.wrongNon) out(`  taken for an article: ${f}`);
  if (values.json) {
    out(
      JSON.stringify({
        f1: lede.f1,
        precision: lede.precision,
        recall: lede.recall,
        pages: rows.length,
        readabilityF1: rd.f1,
        worsePages: worse.map((r) => r.id),
      }),
    );
  }
}

main();
