/**
 * The shared features, by name: position, similarity to the headline and lead, cue families,
 * tense, quotes, years relative to the article's year, neighbours' cues. They mean the same in
 * English and Japanese, so a model trained on English NewsDiscourse applies to Japanese through
 * them. These names are the definition; shared-slots.ts gives the same features as slots.
 */
import type { DocInput, DocSentence, SentenceInfo } from './types';

/** How many of `edges` x reaches: the bin's index. */
export function bin(x: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]) i++;
  return i;
}

export const S_EDGES = [1, 2, 3, 4, 5, 7, 10, 15, 25];
export const P_EDGES = [1, 2, 3, 4, 6, 10, 16];
export const SIM_EDGES = [0.01, 0.05, 0.1, 0.2, 0.3, 0.45];
export const RANK_EDGES = [1, 2, 3, 5, 8];
export const S_COARSE = [1, 3, 6];
export const LEN_EDGES = [0.35, 0.6, 0.85, 1.2, 1.6, 2.2];
export const YEAR_EDGES = [0, 1, 2, 6, 16];

/** Where the sentence stands in its paragraph. */
export function inParagraph(s: DocSentence): 'only' | 'first' | 'mid' | 'last' {
  if (s.paragraphSize === 1) return 'only';
  if (s.inParagraph === 0) return 'first';
  return s.inParagraph === s.paragraphSize - 1 ? 'last' : 'mid';
}

export function sharedFeatures(
  doc: DocInput,
  infos: SentenceInfo[],
  i: number,
  year: number | null,
): string[] {
  const s = doc.sentences[i];
  const n = doc.sentences.length;
  const info = infos[i];
  const f: string[] = ['bias'];
  f.push(`s=${bin(i, S_EDGES)}`);
  f.push(`p=${bin(s.paragraph, P_EDGES)}`);
  f.push(`rel=${Math.min(9, Math.floor((10 * i) / Math.max(1, n)))}`);
  f.push(`inpar=${inParagraph(s)}`);
  const hs = bin(info.headSim, SIM_EDGES);
  f.push(`head=${hs}`);
  f.push(`lead=${bin(info.leadSim, SIM_EDGES)}`);
  f.push(`hrank=${bin(info.headRank, RANK_EDGES)}`);
  f.push(`head=${hs}&s=${bin(i, S_COARSE)}`);
  f.push(`len=${bin(info.relLength, LEN_EDGES)}`);
  for (const c of info.cues) {
    f.push(`cue=${c}`);
    f.push(`cue=${c}&early=${i < 3}`);
  }
  f.push(`ncues=${Math.min(4, info.cues.length)}`);
  for (const t of info.tense) f.push(`tense=${t}`);
  if (info.quote) f.push('quote');
  if (info.quoteStart) f.push('quote-start');
  if (year) {
    for (const y of info.years) f.push(`year=${bin(year - y, YEAR_EDGES)}`);
  }
  if (!info.years.length) f.push('year=none');
  for (const [dir, j] of [
    ['prev', i - 1],
    ['next', i + 1],
  ] as const) {
    const o = infos[j];
    if (!o) {
      f.push(`${dir}=none`);
      continue;
    }
    for (const c of o.cues) f.push(`${dir}.cue=${c}`);
    if (o.quote) f.push(`${dir}.quote`);
    if (doc.sentences[j].paragraph === s.paragraph) f.push(`${dir}.samepar`);
  }
  return f;
}
