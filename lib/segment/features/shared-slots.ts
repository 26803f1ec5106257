/**
 * The shared features (shared-features.ts) as model slots, put (slot-buffer.ts) without building
 * a name per sentence.
 */
import { hashFeature } from '../hash';
import { CUE_FAMILIES, TENSE } from '../lexicon';
import {
  bin,
  inParagraph,
  LEN_EDGES,
  P_EDGES,
  RANK_EDGES,
  S_COARSE,
  S_EDGES,
  SIM_EDGES,
  YEAR_EDGES,
} from './shared-features';
import { put } from './slot-buffer';
import type { DocInput, SentenceInfo } from './types';

/**
 * Slots of shared feature names. The names come from a small closed set (bins, cue families,
 * tenses), so each is hashed once per process instead of once per sentence.
 */
const sharedSlotCache = new Map<number, Map<string, number>>();

function sharedSlot(name: string, bits: number): number {
  let cache = sharedSlotCache.get(bits);
  if (!cache) sharedSlotCache.set(bits, (cache = new Map()));
  let slot = cache.get(name);
  if (slot === undefined) cache.set(name, (slot = hashFeature(name, bits)));
  return slot;
}

/**
 * Every shared feature's slot, in arrays indexed by bin value or keyed by cue family, so that
 * segmenting builds no feature names at all (issue 7: segment costs a fraction of extraction).
 * Built from the same names as sharedFeatures, so the slots are identical (tests/unit/segment).
 */
export interface SharedTable {
  bias: number;
  s: number[];
  p: number[];
  rel: number[];
  inpar: Record<'only' | 'first' | 'mid' | 'last', number>;
  head: number[];
  lead: number[];
  hrank: number[];
  headS: number[][];
  len: number[];
  cue: Map<string, { cue: number; early: number; late: number; prev: number; next: number }>;
  ncues: number[];
  tense: Map<string, number>;
  quote: number;
  quoteStart: number;
  year: number[];
  yearNone: number;
  prevNone: number;
  nextNone: number;
  prevQuote: number;
  nextQuote: number;
  prevSamepar: number;
  nextSamepar: number;
}

const tables = new Map<number, SharedTable>();

export function sharedTable(bits: number): SharedTable {
  let t = tables.get(bits);
  if (t) return t;
  const at = (name: string) => sharedSlot(name, bits);
  const range = (n: number, name: (v: number) => string) => Array.from({ length: n }, (_, v) => at(name(v)));
  t = {
    bias: at('bias'),
    s: range(10, (v) => `s=${v}`),
    p: range(8, (v) => `p=${v}`),
    rel: range(10, (v) => `rel=${v}`),
    inpar: { only: at('inpar=only'), first: at('inpar=first'), mid: at('inpar=mid'), last: at('inpar=last') },
    head: range(7, (v) => `head=${v}`),
    lead: range(7, (v) => `lead=${v}`),
    hrank: range(6, (v) => `hrank=${v}`),
    headS: Array.from({ length: 7 }, (_, h) => range(4, (v) => `head=${h}&s=${v}`)),
    len: range(7, (v) => `len=${v}`),
    cue: new Map(
      CUE_FAMILIES.map(({ name: c }) => [
        c,
        {
          cue: at(`cue=${c}`),
          early: at(`cue=${c}&early=true`),
          late: at(`cue=${c}&early=false`),
          prev: at(`prev.cue=${c}`),
          next: at(`next.cue=${c}`),
        },
      ]),
    ),
    ncues: range(5, (v) => `ncues=${v}`),
    tense: new Map(TENSE.map(({ name }) => [name, at(`tense=${name}`)])),
    quote: at('quote'),
    quoteStart: at('quote-start'),
    year: range(6, (v) => `year=${v}`),
    yearNone: at('year=none'),
    prevNone: at('prev=none'),
    nextNone: at('next=none'),
    prevQuote: at('prev.quote'),
    nextQuote: at('next.quote'),
    prevSamepar: at('prev.samepar'),
    nextSamepar: at('next.samepar'),
  };
  tables.set(bits, t);
  return t;
}

/** sharedFeatures(doc, infos, i, year) as slots, in the same order, without building names. */
export function sharedSlotsOf(
  doc: DocInput,
  infos: SentenceInfo[],
  i: number,
  year: number | null,
  t: SharedTable,
  cues: boolean,
): void {
  const s = doc.sentences[i];
  const n = doc.sentences.length;
  const info = infos[i];
  put(t.bias);
  put(t.s[bin(i, S_EDGES)]);
  put(t.p[bin(s.paragraph, P_EDGES)]);
  put(t.rel[Math.min(9, Math.floor((10 * i) / Math.max(1, n)))]);
  put(t.inpar[inParagraph(s)]);
  const hs = bin(info.headSim, SIM_EDGES);
  put(t.head[hs]);
  put(t.lead[bin(info.leadSim, SIM_EDGES)]);
  put(t.hrank[bin(info.headRank, RANK_EDGES)]);
  put(t.headS[hs][bin(i, S_COARSE)]);
  put(t.len[bin(info.relLength, LEN_EDGES)]);
  if (cues)
    for (const c of info.cues) {
      const e = t.cue.get(c)!;
      put(e.cue);
      put(i < 3 ? e.early : e.late);
    }
  put(t.ncues[Math.min(4, info.cues.length)]);
  for (const name of info.tense) put(t.tense.get(name)!);
  if (info.quote) put(t.quote);
  if (info.quoteStart) put(t.quoteStart);
  if (year) for (const y of info.years) put(t.year[bin(year - y, YEAR_EDGES)]);
  if (!info.years.length) put(t.yearNone);
  for (let d = -1; d <= 1; d += 2) {
    const o = infos[i + d];
    if (!o) {
      put(d < 0 ? t.prevNone : t.nextNone);
      continue;
    }
    if (cues) for (const c of o.cues) put(d < 0 ? t.cue.get(c)!.prev : t.cue.get(c)!.next);
    if (o.quote) put(d < 0 ? t.prevQuote : t.nextQuote);
    if (doc.sentences[i + d].paragraph === s.paragraph) put(d < 0 ? t.prevSamepar : t.nextSamepar);
  }
}
