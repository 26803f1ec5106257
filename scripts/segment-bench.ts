/**
 * `npx tsx scripts/segment-bench.ts [FILE.html…]`
 * Median time of segment() on a 100-paragraph article (issue 3: ≤ 5 ms in Node), in English
 * (NewsDiscourse validation paragraphs) and Japanese (ja-news pages, or the given pages).
 * Prints wall and CPU time: on a shared machine wall time includes waiting for a core.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { segment } from '../lib/segment';
import type { Article } from '../lib/types';

export function hundredParagraphs(articles: Article[]): Article {
  const paragraphs = articles.flatMap((a) => a.paragraphs).slice(0, 100);
  return { ...articles[0], paragraphs: paragraphs.map((p, i) => ({ ...p, id: `p${i}` })), headings: [] };
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];

/** Median wall and CPU milliseconds of one segment() call. */
export function medianMs(article: Article, runs = 100): { wall: number; cpu: number } {
  // Enough warm-up for the JIT to settle: with 5 runs the median swung between 5.2 and 7.0 ms.
  for (let i = 0; i < 30; i++) segment(article);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    segment(article);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const nd = '../shared/data/newsdiscourse/validation.jsonl';
const jaDir = '../shared/data/ja-news/pages';
const en = hundredParagraphs(parseJsonl(readFileSync(nd, 'utf8')).map((d) => toArticle(d).article));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(jaDir).map((f) => join(jaDir, f));
const ja = hundredParagraphs(
  files.map((f) => extractFromHtml(readHtmlFile(f), 'file:///bench')).filter((a) => a.lang === 'ja'),
);
for (const [name, a] of [
  ['en', en],
  ['ja', ja],
] as const) {
  const t = medianMs(a);
  console.log(
    `segment() ${name}, ${a.paragraphs.length} paragraphs: median ${t.wall.toFixed(2)} ms wall, ${t.cpu.toFixed(2)} ms CPU`,
  );
}
