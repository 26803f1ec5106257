/**
 * A sentence that opens on a lower-case word is the rest of another, not a point: GiveWell's
 * grant page (extraction benchmark ad9e9e59) lists the cases in which a grant pays off, each
 * item finishing the lead-in above it, and the outline showed one item, capitalised, as a
 * Strategy point: "If Evidence Action Beta incubates charities which are similarly
 * cost-effective to our current top charities—in a scenario in which we have mostly filled our
 * current top charities’ funding gaps."
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { isPointWorthy } from '../../lib/points/worthy';
import { benchArticle } from './bench-pages';

describe('sentences that open in lower case', () => {
  it('a list item finishing its lead-in, or a torn attribution, is no point', () => {
    expect(
      isPointWorthy(
        'if Evidence Action Beta incubates charities which are similarly cost-effective to our current top charities—in a scenario in which we have mostly filled our current top charities’ funding gaps.',
        'en',
      ),
    ).toBe(false);
    // NewsDiscourse validation: the splitter's piece of a longer sentence.
    expect(
      isPointWorthy(
        "said Gen. Matthew E. Broderick, who served as the director of the Homeland Security Department's information center in Washington during the storm, recalling his request to FEMA for more information.",
        'en',
      ),
    ).toBe(false);
  });

  it('a capital inside the first word, or a clause joined on "and", still opens a sentence', () => {
    expect(
      isPointWorthy('iPhone sales rose 5 percent in the quarter, the company said on Tuesday.', 'en'),
    ).toBe(true);
    expect(
      isPointWorthy(
        'and the center of the storm would likely remain just offshore or near the southern coast of Mexico through Tuesday morning, according to the NHC.',
        'en',
      ),
    ).toBe(true);
  });

  it('ad9e9e59 shows none of its lower-case list items', () => {
    const a = benchArticle('ad9e9e59');
    const items = new Set(a.paragraphs.filter((p) => /^[a-z]/.test(p.text)).map((p) => p.id));
    expect(items.size).toBeGreaterThan(1);
    const r = outlineArticle(a, { length: 'detailed' });
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.sections.flatMap((s) => s.points);
    expect(points.filter((p) => items.has(p.paragraphIds[0])).map((p) => p.text)).toEqual([]);
  });
});
