/**
 * `npm run bench:extract -- --data DIR [--json] [--jsdom] [--verbose] [--pages N] [--explain ID]`
 *
 * Lede's extraction against Readability alone on a folder laid out like
 * ../shared/data/extraction-benchmark (`html/<id>.html.gz`, `ground-truth.json`), scored as its
 * README says (lib/extract/score.ts). The text scored for Lede is what it shows as the article:
 * its section headings and the paragraphs the segmenter does not call `other`, joined by blank
 * lines (the ground truth has the articles' sub-headings too); for Readability alone, the
 * `textContent` of its article, as in the benchmark's published table. Also printed: the score
 * of the extraction before the segmenter's `other`, extraction time per page, and how often Lede
 * says "not an article" on article pages (benchmark, ja-news, seed) and on
 * tests/fixtures/non-articles (issue 6). `--jsdom` also runs Lede on jsdom, to check that
 * linkedom gives the same result. With --json the last line is
 * `{ f1, precision, recall, pages, readabilityF1, worsePages, … }`. `--explain ID` (a prefix of
 * a page id, or `worse` for every page below Readability alone) prints each paragraph of the page:
 * shown or dropped, by which boilerplate rule or by the model's NA, and how much of it the ground
 * truth has, then the ground truth's text the extraction lost.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract';
import { scorePage, shingles, summarise, type PageScore } from '../lib/extract/score';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { asLivePage } from '../lib/extract/reparse';
import { parseDocument } from '../lib/node/parse';
import { segment } from '../lib/segment';
import { boilerplateReason } from '../lib/segment/boilerplate';
import { paragraphHeadings } from '../lib/segment/headings';
import { featureLang } from '../lib/segment/prepare';
import type { Article } from '../lib/types';
import { median, quantile } from './stats';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/extraction-benchmark' },
    json: { type: 'boolean', default: false },
    jsdom: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    pages: { type: 'string' },
    explain: { type: 'string' },
  },
});

/** Headings and paragraphs in reading order; `keep` says which paragraphs are shown. */
function articleText(article: Article, keep: (i: number) => boolean): string {
  const out: string[] = [];
  let h = 0;
  const headingsUpTo = (i: number) => {
    for (; h < article.headings.length && article.headings[h].beforeParagraph <= i; h++)
      out.push(article.headings[h].text);
  };
  article.paragraphs.forEach((p, i) => {
    headingsUpTo(i);
    if (keep(i)) out.push(p.text);
  });
  headingsUpTo(Infinity);
  return out.join('\n\n');
}

/** The article as Lede shows it: paragraphs the segmenter does not call `other`. */
export function shownText(article: Article): string {
  const roles = segment(article).paragraphs;
  return articleText(article, (i) => roles[i] !== 'other');
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * Share of a text's shingles that the ground truth has; a text of fewer than four tokens is in
 * it when the truth has its tokens in a row (its own short shingle never occurs there).
 */
function inTruth(truth: Map<string, number>, text: string, truthText: string): number {
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length && tokens.length < 4) {
    const all = truthText.match(TOKEN) ?? [];
    return all.some((_, k) => tokens.every((t, j) => all[k + j] === t)) ? 1 : 0;
  }
  const bag = shingles(text);
  let n = 0;
  let hit = 0;
  for (const [s, c] of bag) {
    n += c;
    hit += Math.min(c, truth.get(s) ?? 0);
  }
  return n ? hit / n : 0;
}

/** `--explain`: why each paragraph of one page is shown or dropped, and what the truth has besides. */
function explain(id: string, html: string, url: string, body: string) {
  const article = extractFromHtml(html, url);
  const roles = segment(article).paragraphs;
  const lang = featureLang(article.lang);
  const headings = paragraphHeadings(article.paragraphs, article.title);
  const truth = shingles(body);
  out(`=== ${id}  ${url}  (${article.lang}, ${article.paragraphs.length} paragraphs)`);
  out(`    title: ${article.title}`);
  let h = 0;
  article.paragraphs.forEach((p, i) => {
    for (; h < article.headings.length && article.headings[h].beforeParagraph <= i; h++)
      out(`  # [${inTruth(truth, article.headings[h].text, body).toFixed(2)}] ${article.headings[h].text}`);
    const rule = boilerplateReason(p, i, article, lang, headings[i]);
    const why = roles[i] !== 'other' ? '' : rule ? `rule:${rule}` : 'model-NA';
    const mark = roles[i] === 'other' ? '-' : '+';
    const t = p.text.length > 160 ? `${p.text.slice(0, 157)}…` : p.text;
    out(`  ${mark} [${inTruth(truth, p.text, body).toFixed(2)}] ${p.tag.padEnd(10)} ${why.padEnd(16)} ${t}`);
  });
  const all = articleText(article, () => true);
  const got = shingles(all);
  const lost = body
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l && inTruth(got, l, all) < 0.5);
  if (lost.length) out(`  ground truth lost by the extraction:`);
  for (const l of lost) out(`    ! ${l.length > 160 ? `${l.slice(0, 157)}…` : l}`);
}

const f3 = (x: number) => x.toFixed(3);
// Median of an even count the mean of the middle two; p95 by nearest rank (scripts/bench.ts's).
const ms = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
const out = (s: string) => process.stdout.write(s + '\n');

interface Row {
  id: string;
  lede: PageScore;
  extraction: PageScore;
  readability: PageScore;
  jsdom?: PageScore;
}

type JsdomParse = (html: string, url: string) => Document;

async function loadJsdom(): Promise<JsdomParse> {
  const specifier = 'jsdom'; // a dev dependency without types, loaded only with --jsdom
  const { JSDOM } = (await import(specifier)) as {
    JSDOM: new (html: string, o: { url: string }) => { window: { document: Document } };
  };
  return (html, url) => new JSDOM(html, { url }).window.document;
}

async function benchmark(dir: string, limit?: number) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const jsdom = values.jsdom ? await loadJsdom() : null;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const rows: Row[] = [];
  const times = { lede: [] as number[], readability: [] as number[], jsdom: [] as number[] };
  let notArticle = 0;
  const missing: string[] = [];
  for (const id of ids) {
    // The benchmark's own layout is html/<id>.html.gz; a copy may hold the pages unzipped.
    const file = [`${id}.html.gz`, `${id}.html`].map((f) => join(dir, 'html', f)).find(existsSync);
    if (!file) {
      missing.push(id);
      continue;
    }
    const html = readHtmlFile(file);
    const url = truth[id].url ?? `https://example.invalid/${id}`;
    const body = truth[id].articleBody ?? '';
    let t0 = performance.now();
    const article = extractFromHtml(html, url);
    times.lede.push(performance.now() - t0);
    t0 = performance.now();
    let readability = '';
    try {
      readability = new Readability(parseDocument(html)).parse()?.textContent ?? '';
    } catch {
      readability = '';
    }
    times.readability.push(performance.now() - t0);
    if (!article.readerable) notArticle++;
    const row: Row = {
      id,
      lede: scorePage(body, shownText(article)),
      extraction: scorePage(
        body,
        articleText(article, () => true),
      ),
      readability: scorePage(body, readability),
    };
    if (jsdom) {
      t0 = performance.now();
      const a = extractArticle(asLivePage(jsdom(html, url), url), { url });
      times.jsdom.push(performance.now() - t0);
      row.jsdom = scorePage(body, shownText(a));
    }
    rows.push(row);
    const e = values.explain;
    if (e && (id.startsWith(e) || (e === 'worse' && row.lede.f1 < row.readability.f1 - 0.05))) {
      explain(id, html, url, body);
      out(
        `  Lede ${f3(row.lede.f1)} (P ${f3(row.lede.precision ?? 0)} R ${f3(row.lede.recall ?? 0)}), extraction ${f3(row.extraction.f1)}, Readability ${f3(row.readability.f1)}`,
      );
    }
  }
  return { rows, times, notArticle, missing };
}

/** Article pages beyond the benchmark (ja-news, the seed pages) and the non-article set. */
function readerableRates() {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => join(dir, f))
      : [];
  const articles = [
    ...list(resolve('../shared/data/ja-news/pages')),
    'tests/fixtures/seed/source.html',
    'tests/fixtures/seed-noheadings/source.html',
  ];
  const non = list('tests/fixtures/non-articles');
  const isArticle = (f: string) =>
    extractFromHtml(readHtmlFile(f), pathToFileURL(resolve(f)).href).readerable;
  const nonVerdicts = non.map((f) => [f, isArticle(f)] as const);
  return {
    articles,
    wrongArticles: articles.filter((f) => !isArticle(f)),
    non,
    rightNon: nonVerdicts.filter(([, a]) => !a).map(([f]) => f),
    wrongNon: nonVerdicts.filter(([, a]) => a).map(([f]) => f),
  };
}

/**
 * ja-news labels.json: of the blocks labelled `other`, how many the extraction drops and how
 * many the segmenter marks `other`; of the blocks labelled with a role, how many are lost.
 * Blocks are matched by their 20-character key, as the labels define them.
 */
function jaNewsBoilerplate() {
  const dir = resolve('../shared/data/ja-news');
  if (!existsSync(join(dir, 'labels.json'))) return null;
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    { sections?: { paragraphs: { key: string; role: string }[] }[] }
  >;
  const n = { other: 0, dropped: 0, markedOther: 0, content: 0, lost: 0, contentMarkedOther: 0 };
  for (const [file, page] of Object.entries(labels)) {
    if (!page.sections) continue;
    const path = join(dir, 'pages', file);
    const article = extractFromHtml(readHtmlFile(path), pathToFileURL(path).href);
    const roles = segment(article).paragraphs;
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    const units = [
      ...article.headings.map((h) => ({ text: norm(h.text), other: false })),
      ...article.paragraphs.map((p, i) => ({ text: norm(p.text), other: roles[i] === 'other' })),
    ];
    for (const s of page.sections)
      for (const p of s.paragraphs) {
        const key = norm(p.key).replace(/…$/, '');
        const unit = units.find((u) => u.text.includes(key));
        if (p.role === 'other') {
          n.other++;
          if (!unit) n.dropped++;
          else if (unit.other) n.markedOther++;
        } else {
          n.content++;
          if (!unit) n.lost++;
          else if (unit.other) n.contentMarkedOther++;
        }
      }
  }
  return n;
}

function worseThanReadability(rows: Row[], key: 'lede' | 'extraction', margin: number): Row[] {
  return rows
    .filter((r) => r[key].f1 < r.readability.f1 - margin)
    .sort((a, b) => a[key].f1 - a.readability.f1 - (b[key].f1 - b.readability.f1));
}

function line(name: string, s: { f1: number; precision: number; recall: number }): string {
  return `${name.padEnd(34)} ${f3(s.f1)}  ${f3(s.precision)}      ${f3(s.recall)}`;
}

async function main() {
  const dir = resolve(values.data);
  const { rows, times, notArticle, missing } = await benchmark(
    dir,
    values.pages ? Number(values.pages) : undefined,
  );
  if (missing.length)
    process.stderr.write(
      `bench:extract: no page file for ${missing.length} ids, left out: ${missing.join(', ')}\n`,
    );
  const lede = summarise(rows.map((r) => r.lede));
  const extraction = summarise(rows.map((r) => r.extraction));
  const rd = summarise(rows.map((r) => r.readability));
  const worse = worseThanReadability(rows, 'lede', 0.05);
  out(`extraction benchmark: ${dir} (${rows.length} pages)`);
  out(`${''.padEnd(34)} F1     precision  recall`);
  out(line('Lede (shown: not `other`)', lede));
  out(line('Lede extraction, before segmenter', extraction));
  out(line('Readability alone (textContent)', rd));
  if (values.jsdom) out(line('Lede on jsdom (shown)', summarise(rows.map((r) => r.jsdom!))));
  out(`pages where Lede is more than 0.05 F1 below Readability alone: ${worse.length}`);
  for (const r of worse)
    out(
      `  ${r.id.slice(0, 16)}  Lede ${f3(r.lede.f1)} (extraction ${f3(r.extraction.f1)})  Readability ${f3(r.readability.f1)}`,
    );
  const worseExtraction = worseThanReadability(rows, 'extraction', 0.05);
  out(
    `pages where the extraction alone is more than 0.05 F1 below Readability alone: ${worseExtraction.length}`,
  );
  for (const r of worseExtraction)
    out(`  ${r.id.slice(0, 16)}  extraction ${f3(r.extraction.f1)}  Readability ${f3(r.readability.f1)}`);
  if (values.verbose) {
    const lower = worseThanReadability(rows, 'extraction', 0);
    out(`pages where the extraction is below Readability alone at all: ${lower.length}`);
    for (const r of lower)
      out(
        `  ${r.id.slice(0, 16)}  ${f3(r.extraction.f1)} (P ${f3(r.extraction.precision ?? 0)} R ${f3(r.extraction.recall ?? 0)})  Readability ${f3(r.readability.f1)} (P ${f3(r.readability.precision ?? 0)} R ${f3(r.readability.recall ?? 0)})`,
      );
  }
  out(`time per page, linkedom parse + extractArticle: ${ms(times.lede)}`);
  out(`time per page, linkedom parse + Readability alone: ${ms(times.readability)}`);
  if (values.jsdom) out(`time per page, jsdom parse + extractArticle: ${ms(times.jsdom)}`);
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
  const ja = jaNewsBoilerplate();
  if (ja) {
    out(
      `ja-news blocks labelled \`other\`: ${ja.dropped}/${ja.other} dropped by the extraction, ${ja.markedOther} more marked \`other\` by the segmenter, ${ja.other - ja.dropped - ja.markedOther} shown`,
    );
    out(
      `ja-news blocks labelled with a role: ${ja.lost}/${ja.content} lost by the extraction, ${ja.contentMarkedOther} marked \`other\` by the segmenter`,
    );
  }
  if (values.json) {
    out(
      JSON.stringify({
        f1: lede.f1,
        precision: lede.precision,
        recall: lede.recall,
        pages: rows.length,
        readabilityF1: rd.f1,
        worsePages: worse.map((r) => r.id),
        extractionF1: extraction.f1,
        extractionPrecision: extraction.precision,
        extractionRecall: extraction.recall,
      }),
    );
  }
}

main().catch((e) => {
  process.stderr.write(`bench:extract: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
