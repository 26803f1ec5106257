/**
 * The extraction benchmark's scoring, exactly as ../shared/data/extraction-benchmark/README.md
 * describes it (the benchmark's own evaluate.py): bags of token 4-gram shingles, per-page
 * precision and recall normalised so every page weighs the same, macro-averaged, F1 of the means.
 */

/** Python's Unicode `\w+`: letters, digits and underscore of any script (a CJK run is one token). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const bag = new Map<string, number>();
  const add = (s: string) => bag.set(s, (bag.get(s) ?? 0) + 1);
  if (tokens.length === 0) return bag;
  if (tokens.length < n) add(tokens.join('\u0001'));
  else for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join('\u0001'));
  return bag;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** null when the page has no predicted shingles (left out of the precision mean). */
  precision: number | null;
  /** null when the page has no true shingles (left out of the recall mean). */
  recall: number | null;
  f1: number;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, pc] of p) {
    const tc = t.get(s) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [s, tc] of t) fn += Math.max(0, tc - (p.get(s) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  // evaluate.py leaves a page out of a mean before its "both 1 when fp = fn = 0" rule applies.
  const precision = tp + fp === 0 ? null : fp === 0 && fn === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : fp === 0 && fn === 0 ? 1 : tp / (tp + fn);
  const pr = precision ?? 0;
  const rc = recall ?? 0;
  return { tp, fp, fn, precision, recall, f1: pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0 };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/** Macro means over pages, F1 of the two means (not the mean of per-page F1). */
export function summarise(scores: PageScore[]): Summary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages: scores.length };
}
