/**
 * The gist does not name its subject with a pronoun whose noun the reader has not seen: Gizmodo
 * (extraction benchmark 7bb1ca90) had the gist "In a new case study out Monday, they detail how
 * the man came down with a rare form of allergy…" (who are they?), after the lede that names
 * them, "A UK man’s innocent decision to change his bedding caused him to develop a strange,
 * rare condition that left him gasping for air, his doctors say."
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { gistLeansBack } from '../../lib/points/leans-back';
import { benchArticle } from './bench-pages';

describe('a gist whose subject is a pronoun after an opening phrase', () => {
  it('leans back; a named subject after the same phrase does not', () => {
    expect(
      gistLeansBack(
        'In a new case study out Monday, they detail how the man came down with a rare form of allergy to the bird feathers that filled his new duvet and pillows.',
        'en',
      ),
    ).toBe(true);
    expect(
      gistLeansBack(
        'In a new case study out Monday, doctors detail how the man came down with a rare form of allergy to the bird feathers.',
        'en',
      ),
    ).toBe(false);
  });

  it('7bb1ca90: the gist is the lede that names who says so', () => {
    const r = outlineArticle(benchArticle('7bb1ca90'), {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.gist?.text).toBe(
      'A UK man’s innocent decision to change his bedding caused him to develop a strange, rare condition that left him gasping for air, his doctors say.',
    );
  });
});
