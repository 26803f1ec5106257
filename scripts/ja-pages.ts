/**
 * The labelled ja-news pages as the Japanese scripts use them (scripts/ja-train.ts, ja-tune.ts):
 * extracted once, with each labelled paragraph's article paragraph, and the figures of
 * `npm run eval -- --ja` (accuracy and macro-F1 over role paragraphs, headed sections right)
 * computed from pooled per-page results, so leave-one-page-out runs can pool held-out pages.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  labelledPages,
  matchParagraphs,
  sectionRole,
  type LabelledPage,
  type LabelsFile,
} from '../lib/eval/janews';
import { accuracy, confusion, macroF1 } from '../lib/eval/metrics';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { segment } from '../lib/segment';
import { ROLES, type Article, type UnitRole } from '../lib/types';

export interface JaPage {
  name: string;
  page: LabelledPage;
  article: Article;
  /** For each labelled paragraph (label order), its article paragraph or -1. */
  match: number[];
}

export function loadJaPages(dir: string): JaPage[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelsFile;
  return labelledPages(labels).map(([name, page]) => {
    const path = join(dir, 'pages', name);
    const article = extractFromHtml(readHtmlFile(path), pathToFileURL(resolve(path)).href);
    return { name, page, article, match: matchParagraphs(article, page) };
  });
}

export interface PageResult {
  gold: UnitRole[];
  pred: UnitRole[];
  sections: number;
  sectionsRight: number;
}

/** One page segmented with the current settings, scored like `npm run eval -- --ja`. */
export function runPage(p: JaPage): PageResult {
  const roles = segment(p.article).paragraphs;
  const predOf = (k: number): UnitRole => (p.match[k] >= 0 ? roles[p.match[k]] : 'other');
  const labelled = p.page.sections.flatMap((s) => s.paragraphs);
  const out: PageResult = { gold: [], pred: [], sections: 0, sectionsRight: 0 };
  labelled.forEach((lp, k) => {
    out.gold.push(lp.role);
    out.pred.push(predOf(k));
  });
  let k = 0;
  for (const s of p.page.sections) {
    const idx = s.paragraphs.map(() => k++);
    if (!s.heading_tag) continue;
    const chars = idx.map((j) => (p.match[j] >= 0 ? p.article.paragraphs[p.match[j]].text.length : 0));
    const r = sectionRole(idx.map(predOf), chars);
    out.sections++;
    if (s.acceptable_roles.includes(r) || r === s.role) out.sectionsRight++;
  }
  return out;
}

export function figures(rs: PageResult[]) {
  const c = confusion(
    rs.flatMap((r) => r.gold),
    rs.flatMap((r) => r.pred),
    [...ROLES, 'other'],
  );
  const sections = rs.reduce((a, r) => a + r.sections, 0);
  return {
    acc: accuracy(c, ROLES),
    macro: macroF1(c, ROLES),
    sect: sections ? rs.reduce((a, r) => a + r.sectionsRight, 0) / sections : 0,
  };
}

/** What the searches maximise: accuracy and section accuracy (both floors), then macro-F1. */
export const objective = (f: ReturnType<typeof figures>) => f.acc + f.sect + 0.5 * f.macro;

export const pct = (x: number) => (100 * x).toFixed(1);
