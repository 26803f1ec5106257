/**
 * A title cut short is made whole from the page's headline: The Sun (extraction benchmark
 * 8b194530) declares a JSON-LD `headline` cut to 110 characters, which Readability reads
 * first, and the outline's header read "Hunter diagnosed with bubonic plague after eating a
 * rabbit making him third Beijing local to contract" (to contract what?).
 */
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../lib/extract/title';
import { benchArticle } from './bench-pages';

const CUT =
  'Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract';
const WHOLE = `${CUT} medieval disease`;

describe('a title cut short', () => {
  it('is the headline it was cut from', () => {
    expect(cleanTitle(CUT, 'The Sun', WHOLE)).toBe(WHOLE);
    // A headline that is a part of the title still wins as before; no headline, no change.
    expect(cleanTitle(`${WHOLE} – The Sun`, 'The Sun', WHOLE)).toBe(WHOLE);
    expect(cleanTitle(CUT, 'The Sun', null)).toBe(CUT);
  });

  it('8b194530 is titled with its whole headline', () => {
    expect(benchArticle('8b194530').title).toBe(WHOLE);
  });
});
