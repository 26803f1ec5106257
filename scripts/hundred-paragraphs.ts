/**
 * The 100-paragraph articles of issue 3's cost floor ("classifying a 100-paragraph article
 * takes ≤ 5 ms median in Node"), in English (NewsDiscourse validation paragraphs) and Japanese
 * (ja-news pages, or the given pages), and the median time of segment() on one. Used by
 * `npm run bench` and scripts/segment-bench.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { segment } from '../lib/segment';
import type { Article } from '../lib/types';
import { median } from './stats';

const DATA = resolve(import.meta.dirname, '../../shared/data');

export function hundredParagraphs(articles: Article[]): Article {
  const paragraphs = articles.flatMap((a) => a.paragraphs).slice(0, 100);
  return { ...articles[0], paragraphs: paragraphs.map((p, i) => ({ ...p, id: `p${i}` })), headings: [] };
}

export function hundredParagraphArticles(jaFiles?: string[]): { en: Article; ja: Article } {
  const nd = join(DATA, 'newsdiscourse/validation.jsonl');
  const jaDir = join(DATA, 'ja-news/pages');
  const files = jaFiles?.length ? jaFiles : readdirSync(jaDir).map((f) => join(jaDir, f));
  return {
    en: hundredParagraphs(parseJsonl(readFileSync(nd, 'utf8')).map((d) => toArticle(d).article)),
    ja: hundredParagraphs(
      files.map((f) => extractFromHtml(readHtmlFile(f), 'file:///bench')).filter((a) => a.lang === 'ja'),
    ),
  };
}

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
