/**
 * The sentences the gist is chosen from (./gist.ts): the article's first point-worthy sentences
 * of any role, with their place and paragraph, and the article around them. One function for
 * lib/points/index.ts and scripts/train-gist.ts, so that the ranker learns on exactly what it
 * is shown.
 *
 * Exports: `gistWindow(units, first, bagOf) → { window, orders, context }`, `GIST_CONTEXT`.
 */
import type { SentenceUnit } from '../segment';
import type { Bag } from '../text/tokens';
import { mergeBags } from './focus';
import { GIST_WINDOW } from './gist';
import type { GistSentence } from './gist-features';

/**
 * The sentences the gist's centrality is measured against: the window itself. The first 40
 * point-worthy sentences gave the same gist precision (NewsDiscourse validation 83, ja-news
 * 15 of 18) at twice the cost of pickPoints.
 */
export const GIST_CONTEXT = 8;

/**
 * `first`: indices in `units` of the article's first GIST_CONTEXT point-worthy sentences, in
 * order. `orders[j]` is the index in `units` of `window[j]`.
 */
export function gistWindow(
  units: SentenceUnit[],
  first: number[],
  bagOf: (i: number) => Bag,
): { window: GistSentence[]; orders: number[]; context: Bag } {
  const orders = first.slice(0, GIST_WINDOW);
  if (!orders.length) return { window: [], orders, context: new Map() };
  const p0 = units[orders[0]].paragraph;
  const window = orders.map((i, rank) => ({
    text: units[i].text,
    rank,
    paragraph: units[i].paragraph - p0,
    bag: bagOf(i),
  }));
  return { window, orders, context: mergeBags(first.slice(0, GIST_CONTEXT).map(bagOf)) };
}
