/** Classification metrics: confusion table, per-class precision/recall/F1, macro-F1 over a subset. */

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Confusion {
  labels: string[];
  /** matrix[gold][predicted] */
  matrix: number[][];
}

export function confusion(gold: string[], pred: string[], labels: string[]): Confusion {
  const at = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => {
    const gi = at.get(g);
    const pi = at.get(pred[i]);
    if (gi === undefined || pi === undefined) throw new Error(`unknown label ${g} / ${pred[i]}`);
    matrix[gi][pi]++;
  });
  return { labels, matrix };
}

export function perClass(c: Confusion): Record<string, ClassScore> {
  const out: Record<string, ClassScore> = {};
  c.labels.forEach((l, i) => {
    const tp = c.matrix[i][i];
    const support = c.matrix[i].reduce((a, b) => a + b, 0);
    const predicted = c.matrix.reduce((a, row) => a + row[i], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    out[l] = { precision, recall, f1, support };
  });
  return out;
}

/** Mean F1 over `over` (all labels by default); the other labels still count as errors. */
export function macroF1(c: Confusion, over: readonly string[] = c.labels): number {
  const pc = perClass(c);
  return over.reduce((s, l) => s + (pc[l]?.f1 ?? 0), 0) / over.length;
}

export function accuracy(c: Confusion, over: readonly string[] = c.labels): number {
  let right = 0;
  let all = 0;
  c.labels.forEach((l, i) => {
    if (!over.includes(l)) return;
    right += c.matrix[i][i];
    all += c.matrix[i].reduce((a, b) => a + b, 0);
  });
  return all ? right / all : 0;
}

/** A fixed-width confusion table for the terminal. */
export function formatConfusion(c: Confusion): string {
  const w = Math.max(8, ...c.labels.map((l) => Math.min(l.length, 12))) + 1;
  const cut = (s: string) => s.slice(0, w - 1).padStart(w);
  const head = ''.padEnd(w) + c.labels.map(cut).join('');
  const rows = c.matrix.map(
    (row, i) => cut(c.labels[i]).padEnd(w) + row.map((v) => String(v).padStart(w)).join(''),
  );
  return ['gold \\ predicted', head, ...rows].join('\n');
}
