/**
 * The settings the Japanese diagnostics may vary (scripts/ja-tune.ts, ja-compare.ts; issue 3):
 * `name` is a JA_TUNING key, `days.past`, `lead.0`, `closing.outlook`, `headline.weight`,
 * `rollup.posterior`.
 */
import { JA_DAYS } from '../lib/segment/ja-time';
import { JA_ROLLUP, JA_TUNING } from '../lib/segment/ja-tuning';
import { CLOSING_PRIOR, HEADLINE_PRIOR, LEAD_PRIOR } from '../lib/segment/japanese';

const TARGETS: Record<string, Record<string, number>> = {
  '': JA_TUNING as Record<string, number>,
  days: JA_DAYS,
  lead: LEAD_PRIOR as unknown as Record<string, number>,
  closing: CLOSING_PRIOR,
  headline: HEADLINE_PRIOR,
  rollup: JA_ROLLUP as unknown as Record<string, number>,
};

/** The object and key a setting's name stands for (throws on an unknown name). */
export function slot(name: string): [Record<string, number>, string] {
  const [a, b] = name.includes('.') ? name.split('.') : ['', name];
  if (!TARGETS[a] || !(b in TARGETS[a])) throw new Error(`unknown parameter ${name}`);
  return [TARGETS[a], b];
}

/** Sets the given values; returns a function that puts the previous ones back. */
export function assignSettings(g: Record<string, number>): () => void {
  const old = Object.fromEntries(Object.keys(g).map((n) => [n, slot(n)[0][slot(n)[1]]]));
  for (const [name, v] of Object.entries(g)) {
    const [o, k] = slot(name);
    o[k] = v;
  }
  return () => {
    for (const [name, v] of Object.entries(old)) {
      const [o, k] = slot(name);
      o[k] = v;
    }
  };
}
