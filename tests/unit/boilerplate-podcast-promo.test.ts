/**
 * The outlet's own promotion is not a key point: AP closes its campaign stories with "Catch up on
 * the 2020 election campaign with AP experts on our weekly politics podcast, “Ground Game.”", and
 * the outline of extraction-benchmark aec5deea showed it as a Strategy point.
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { boilerplateReason } from '../../lib/segment/boilerplate';
import { benchArticle } from './bench-pages';

const PROMO =
  'Catch up on the 2020 election campaign with AP experts on our weekly politics podcast, “Ground Game.”';

describe('a line that sends the reader to the outlet’s podcast', () => {
  it('is no point (extraction-benchmark aec5deea)', () => {
    const r = outlineArticle(benchArticle('aec5deea'), { length: 'detailed' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.paragraphs.find((p) => p.text === PROMO)?.role).toBe('other');
    expect(r.value.sections.flatMap((s) => s.points).filter((p) => p.text === PROMO)).toEqual([]);
  });

  it('wherever it stands; a sentence about a podcast stays', () => {
    const a = benchArticle('aec5deea');
    const at = (text: string) => {
      const p = { ...a.paragraphs[1], text };
      return boilerplateReason(
        p,
        1,
        { ...a, paragraphs: [a.paragraphs[0], p, ...a.paragraphs.slice(2)] },
        'en',
        {
          kind: 'none',
        },
      );
    };
    expect(at('Listen to our daily podcast for more on the race.')).toBe('cue');
    expect(at('The senator launched a podcast last year and has recorded 40 episodes since.')).toBeNull();
  });
});
