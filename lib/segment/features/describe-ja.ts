/** describe() for Japanese: no lexical features, the Japanese halves of the cue families. */
import { newScanOut, textBagIds } from '../../text/scan';
import { cueNames, tenseNames } from '../lexicon';
import { Similarity } from './similarity';
import type { DocInput, SentenceInfo } from './types';
import { yearsIn } from './years';

const QUOTE = /[「『“]/;
const QUOTE_START = /^[「『“]/;

/** Scratch for the sentences' bags. */
const scan = newScanOut();

/** The sentences' facts, and each one's length in characters into `lens` (describe.ts). */
export function describeJa(doc: DocInput, lens: number[]): SentenceInfo[] {
  const sims = new Similarity(doc.title);
  const infos = doc.sentences.map((s, i): SentenceInfo => {
    lens.push(s.text.length);
    const b = textBagIds(s.text, scan);
    sims.measure(b, i);
    return {
      cues: cueNames(s.text, 'ja'),
      tense: tenseNames(s.text, 'ja'),
      words: null,
      lexicalFrom: -1,
      lexicalTo: -1,
      bag: b.slice(), // (a plain array: cheaper to make than a typed one)
      headSim: sims.head,
      leadSim: sims.lead,
      headRank: 0,
      relLength: 0,
      quote: QUOTE.test(s.text),
      quoteStart: QUOTE_START.test(s.text),
      years: yearsIn(s.text, 'ja'),
    };
  });
  sims.done();
  return infos;
}
