/**
 * `npx tsx scripts/segment-dump.ts OUT.json`
 * Every output of segment() and pickPoints() on every page of ../shared/data (extracted as the
 * benchmark does) and on every NewsDiscourse article with its gold sentence split (as `npm run
 * eval` does), as one JSON file: speed work on segment and points (issue 7) must leave it
 * byte-identical. Extracted articles are cached next to OUT (extraction is not under test).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { extractFromHtml } from '../lib/node/load';
import { pickPoints } from '../lib/points';
import { segment } from '../lib/segment';
import type { Article, Length } from '../lib/types';
import { DATA_DIR, loadCorpus } from './fuzz/corpus';

const out = process.argv[2] ?? '/tmp/segment-dump.json';
const cacheFile = process.env.ARTICLES ?? `${out}.articles.json`;
let articles: { name: string; article: Article }[];
if (existsSync(cacheFile)) articles = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
  articles = loadCorpus().map((p) => ({ name: p.name, article: extractFromHtml(p.html, p.url) }));
  writeFileSync(cacheFile, JSON.stringify(articles));
}
const lengths: Length[] = ['brief', 'standard', 'detailed'];
const result: unknown[] = [];
for (const { name, article } of articles) {
  if (!article.paragraphs.length) continue;
  const seg = segment(article);
  result.push({ name, seg, points: lengths.map((l) => pickPoints(article, seg, l)) });
}
for (const split of ['train', 'validation']) {
  for (const d of parseJsonl(readFileSync(`${DATA_DIR}/newsdiscourse/${split}.jsonl`, 'utf8'))) {
    const { article, sentences } = toArticle(d);
    const seg = segment(article, { sentences });
    result.push({ name: `gold/${d.id}`, seg, points: pickPoints(article, seg, 'standard') });
  }
}
writeFileSync(out, JSON.stringify(result));
console.log(`${result.length} articles → ${out}`);
