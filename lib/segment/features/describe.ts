/** Per-sentence facts computed once per document (SentenceInfo), by language. */
import { TOKENS } from '../../text/intern';
import { describeEn } from './describe-en';
import { describeJa } from './describe-ja';
import type { DocInput, SentenceInfo } from './types';

/**
 * Every sentence's facts; with `bits`, English sentences' lexical slots too (lexical-slots.ts),
 * made while their words are at hand. Lengths are relative to the document's median (characters
 * in Japanese, words in English); ranks are by similarity to the headline.
 */
export function describe(doc: DocInput, bits?: number): SentenceInfo[] {
  TOKENS.maybeReset();
  const lens: number[] = [];
  const infos = doc.lang === 'en' ? describeEn(doc, bits, lens) : describeJa(doc, lens);
  const median = [...lens].sort((a, b) => a - b)[lens.length >> 1] || 1;
  infos.forEach((info, i) => (info.relLength = lens[i] / median));
  const order = infos.map((_, i) => i).sort((a, b) => infos[b].headSim - infos[a].headSim || a - b);
  order.forEach((i, r) => (infos[i].headRank = r));
  return infos;
}
