/**
 * Case `index` of a run seeded `seed`: which hostile generator or which mutations of which
 * real page, with which options. The first cases walk every generator and mutator once, so
 * even a short run covers the whole list; later cases draw at random.
 */
import { HOSTILE } from './hostile';
import type { Material } from './material';
import { MUTATORS } from './mutate';
import { caseSeed, rng } from './rng';
import type { Length } from '../../lib/types';

export interface FuzzCase {
  index: number;
  /** What made the page: `hostile:deep-nesting`, `mutate:cut+splice <page>`, `real <page>`. */
  name: string;
  html: string;
  url: string;
  force: boolean;
  length: Length;
}

const KINDS = [
  ...Object.keys(HOSTILE).map((k) => `hostile:${k}`),
  ...Object.keys(MUTATORS).map((k) => `mutate:${k}`),
  'real',
];
export const KIND_COUNT = KINDS.length;

export function makeCase(seed: number, index: number, m: Material, quick = false): FuzzCase {
  const r = rng(caseSeed(seed, index));
  const kind = index < KINDS.length ? KINDS[index] : r.pick(KINDS);
  // "Outline anyway" half the time, so hostile text reaches segmentation, points and formats.
  const force = r.chance(0.5);
  const length = r.pick(['brief', 'standard', 'detailed'] as const);
  const url = r.chance(0.9)
    ? `https://example.com/fuzz/${index}`
    : r.pick(['', 'about:blank', 'https://例え.jp/記事#a#b', 'javascript:alert(1)', 'https://x/%E0%A4%A']);
  if (kind.startsWith('hostile:')) {
    const gen = kind.slice('hostile:'.length);
    return { index, name: kind, html: HOSTILE[gen](r, m, quick), url, force, length };
  }
  const base = r.pick(m.pages);
  if (kind === 'real')
    return { index, name: `real ${base.name}`, html: base.html, url: base.url, force, length };
  const names = [kind.slice('mutate:'.length)];
  for (let i = r.int(0, 2); i > 0; i--) names.push(r.pick(Object.keys(MUTATORS)));
  let html = base.html;
  for (const n of names) html = MUTATORS[n](r, html, r.pick(m.pages).html);
  return { index, name: `mutate:${names.join('+')} ${base.name}`, html, url, force, length };
}
