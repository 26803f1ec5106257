/**
 * `npx tsx scripts/train-gist.ts [--dry]` (also run by `npm run train`, after the role model)
 * Learns the gist ranker's weights (lib/points/gist.ts) and writes models/gist.json.
 *
 * Each NewsDiscourse train article, segmented by the real segment(), offers the sentences
 * pickPoints() would offer (lib/points/gist-window.ts); the weights maximise the likelihood
 * that a softmax over each article's window puts its mass on gold `Main` sentences
 * (conditional logit, L2-penalised, fitted by Newton's method from zero: deterministic).
 * Articles whose window holds no `Main` teach nothing and are left out. Only the L2 strength
 * is chosen on validation (the most gists right; on a tie, the stronger penalty), as the
 * NewsDiscourse README asks: tune on validation, train on train. ja-news is printed, not used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { labelledPages, matchParagraphs, type LabelsFile } from '../lib/eval/janews';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { isPointWorthy } from '../lib/points';
import { GIST_FEATURES, gistFeatures } from '../lib/points/gist-features';
import { GIST_CONTEXT, gistWindow } from '../lib/points/gist-window';
import { segment, type Segmentation } from '../lib/segment';
import { bag } from '../lib/text/tokens';
import type { Article } from '../lib/types';

const DATA = resolve(import.meta.dirname, '../../shared/data');
const { values } = parseArgs({
  options: {
    dry: { type: 'boolean', default: false },
    out: { type: 'string', default: resolve(import.meta.dirname, '../models/gist.json') },
  },
});
const OUT = values.out!;
/** L2 strengths tried (per weight, against the summed log-likelihood of ~440 articles). */
const L2 = [0.3, 1, 3];

interface Window {
  /** Feature vectors of the window's sentences. */
  x: number[][];
  /** 1 where the sentence is the main event, 0 where not, null where unlabelled. */
  y: (number | null)[];
}

function windowOf(article: Article, seg: Segmentation, gold: (i: number) => number | null): Window {
  const units = seg.sentences;
  // As lib/points/index.ts: a sentence may be the gist when it may be a point.
  const first: number[] = [];
  for (let i = 0; i < units.length && first.length < GIST_CONTEXT; i++) {
    const u = units[i];
    if (u.role !== 'other' && seg.paragraphs[u.paragraph] !== 'other' && isPointWorthy(u.text, article.lang))
      first.push(i);
  }
  const { window, orders, context } = gistWindow(units, first, (i) => bag(units[i].text));
  return { x: gistFeatures(window, bag(article.title), context, article.lang), y: orders.map(gold) };
}

function newsdiscourse(file: string): Window[] {
  return parseJsonl(readFileSync(file, 'utf8')).map((d) => {
    const nd = toArticle(d);
    const seg = segment(nd.article, { sentences: nd.sentences });
    return windowOf(nd.article, seg, (i) => (nd.gold[i].label === 'Main' ? 1 : 0));
  });
}

/** ja-news: a sentence is the main event when its paragraph is labelled result (as `npm run eval` counts). */
function jaNews(dir: string): Window[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelsFile;
  return labelledPages(labels).map(([name, page]) => {
    const path = join(dir, 'pages', name);
    const article = extractFromHtml(readHtmlFile(path), pathToFileURL(resolve(path)).href);
    const seg = segment(article);
    const match = matchParagraphs(article, page);
    const role = new Map<number, string>();
    page.sections
      .flatMap((s) => s.paragraphs)
      .forEach((lp, j) => match[j] >= 0 && role.set(match[j], lp.role));
    return windowOf(article, seg, (i) => {
      const r = role.get(seg.sentences[i].paragraph);
      return r === undefined ? null : r === 'result' ? 1 : 0;
    });
  });
}

/** Softmax of the window's scores. */
function softmax(w: number[], x: number[][]): number[] {
  const s = x.map((f) => f.reduce((a, v, i) => a + v * w[i], 0));
  const m = Math.max(...s);
  const e = s.map((v) => Math.exp(v - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r][n];
    for (let k = r + 1; k < n; k++) v -= m[r][k] * x[k];
    x[r] = v / m[r][r];
  }
  return x;
}

/**
 * Maximises Σ log P(main | window) − l2/2 |w|², P(main) = the softmax mass on the window's
 * main-event sentences. Newton steps with the Hessian of the softmax part (the positive-mass
 * term's curvature left out keeps it positive definite), halved while they do not improve.
 */
function fit(docs: Window[], l2: number): number[] {
  const k = GIST_FEATURES.length;
  const used = docs.filter((d) => d.y.some((v) => v === 1));
  const objective = (w: number[]) =>
    used.reduce((a, d) => {
      const p = softmax(w, d.x);
      return a + Math.log(p.reduce((s, v, i) => s + (d.y[i] === 1 ? v : 0), 0));
    }, 0) -
    (l2 / 2) * w.reduce((a, v) => a + v * v, 0);
  let w = new Array<number>(k).fill(0);
  let value = objective(w);
  for (let iter = 0; iter < 50; iter++) {
    const g = w.map((v) => -l2 * v);
    const h = w.map((_, i) => w.map((__, j) => (i === j ? l2 : 0)));
    for (const d of used) {
      const p = softmax(w, d.x);
      const pos = p.reduce((s, v, i) => s + (d.y[i] === 1 ? v : 0), 0);
      const mean = new Array<number>(k).fill(0);
      const posMean = new Array<number>(k).fill(0);
      d.x.forEach((f, i) =>
        f.forEach((v, j) => {
          mean[j] += p[i] * v;
          if (d.y[i] === 1) posMean[j] += (p[i] / pos) * v;
        }),
      );
      for (let j = 0; j < k; j++) g[j] += posMean[j] - mean[j];
      d.x.forEach((f, i) => {
        for (let a = 0; a < k; a++)
          for (let b = 0; b < k; b++) h[a][b] += p[i] * (f[a] - mean[a]) * (f[b] - mean[b]);
      });
    }
    const step = solve(h, g);
    let t = 1;
    let next = w.map((v, j) => v + t * step[j]);
    let nextValue = objective(next);
    while (nextValue < value && t > 1e-4) {
      t /= 2;
      next = w.map((v, j) => v + t * step[j]);
      nextValue = objective(next);
    }
    if (nextValue < value) break;
    const gain = nextValue - value;
    [w, value] = [next, nextValue];
    if (gain < 1e-9) break;
  }
  return w;
}

/** Gists right (the top-scored sentence is the main event) among windows with a labelled top. */
function accuracy(docs: Window[], w: number[]): { right: number; n: number } {
  let right = 0;
  let n = 0;
  for (const d of docs) {
    if (!d.x.length) continue;
    const p = softmax(w, d.x);
    const top = p.indexOf(Math.max(...p));
    if (d.y[top] === null) continue;
    n++;
    if (d.y[top] === 1) right++;
  }
  return { right, n };
}

const train = newsdiscourse(join(DATA, 'newsdiscourse/train.jsonl'));
const validation = newsdiscourse(join(DATA, 'newsdiscourse/validation.jsonl'));
const ja = jaNews(join(DATA, 'ja-news'));
const show = (a: { right: number; n: number }) => `${a.right}/${a.n} (${((100 * a.right) / a.n).toFixed(1)})`;
const lead = new Array<number>(GIST_FEATURES.length).fill(0);
lead[GIST_FEATURES.indexOf('lead')] = 1;
process.stderr.write(
  `first sentence: train ${show(accuracy(train, lead))}, validation ${show(accuracy(validation, lead))}, ja-news ${show(accuracy(ja, lead))}\n`,
);
let chosen: { l2: number; w: number[]; val: number } | null = null;
for (const l2 of L2) {
  const w = fit(train, l2);
  const val = accuracy(validation, w);
  process.stderr.write(
    `l2 ${l2}: train ${show(accuracy(train, w))}, validation ${show(val)}, ja-news ${show(accuracy(ja, w))}\n`,
  );
  if (!chosen || val.right >= chosen.val) chosen = { l2, w, val: val.right };
}
const model = {
  features: [...GIST_FEATURES],
  weights: chosen!.w.map((v) => Math.round(v * 1000) / 1000),
  l2: chosen!.l2,
};
process.stderr.write(
  `chosen l2 ${model.l2}: ${GIST_FEATURES.map((f, i) => `${f} ${model.weights[i]}`).join(', ')}\n`,
);
if (!values.dry) {
  writeFileSync(OUT, JSON.stringify(model, null, 2) + '\n');
  process.stderr.write(`wrote ${OUT}\n`);
}
