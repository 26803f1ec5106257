/**
 * The gist is read alone, so it does not add to a sentence the reader has not seen: 9to5Mac's
 * deals post (extraction benchmark ad826691) opens "Monday’s best deals include various MacBook
 * models from $700 at Amazon. You’ll also find AirPods 2 with wireless charging case for $150…",
 * and the gist was the second sentence, "You’ll also find…".
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { gistLeansBack } from '../../lib/points/leans-back';
import { benchArticle } from './bench-pages';

describe('a gist that opens on an "also"', () => {
  it('an "also" right after the subject leans back; one later in the sentence does not', () => {
    expect(
      gistLeansBack(
        'You’ll also find AirPods 2 with wireless charging case for $150 and Black Friday pricing on ecobee thermostats from $139.',
        'en',
      ),
    ).toBe(true);
    expect(
      gistLeansBack('Monday’s best deals include various MacBook models from $700 at Amazon.', 'en'),
    ).toBe(false);
    // Still the connectives, as before.
    expect(gistLeansBack('In addition to the three fatalities, dozens were injured.', 'en')).toBe(true);
    // An "also" deep in the sentence is no link to the one before.
    expect(
      gistLeansBack(
        'Rates of cannabis use disorder have risen in U.S. states where the drug has been legalized, and also among teenagers.',
        'en',
      ),
    ).toBe(false);
  });

  it('ad826691: the gist is the deals post’s first sentence', () => {
    const r = outlineArticle(benchArticle('ad826691'), {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.gist?.text).toBe(
      'Monday’s best deals include various MacBook models from $700 at Amazon.',
    );
  });
});
