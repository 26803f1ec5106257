/**
 * A sponsorship disclosure is no point and no gist: The Anti-June Cleaver's sponsored post
 * (extraction benchmark 0e014df6) opens "This shop has been compensated by #CollectiveBias, Inc.
 * and its advertiser. All opinions are mine alone. #HealthyHydration #ad", and the outline made
 * its first sentence the gist.
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { isPointWorthy } from '../../lib/points/worthy';
import { benchArticle } from './bench-pages';

describe('sponsorship disclosures', () => {
  it('are not point-worthy; news of compensation and sponsorship is', () => {
    expect(
      isPointWorthy('This shop has been compensated by #CollectiveBias, Inc. and its advertiser.', 'en'),
    ).toBe(false);
    expect(
      isPointWorthy('This post contains affiliate links, and we may earn a commission on purchases.', 'en'),
    ).toBe(false);
    expect(
      isPointWorthy(
        'The victims have been compensated by the state for the losses they suffered in the flood.',
        'en',
      ),
    ).toBe(true);
    expect(
      isPointWorthy(
        'The bill sponsored by Sen. Jane Doe passed the chamber on Tuesday by a wide margin.',
        'en',
      ),
    ).toBe(true);
  });

  it('0e014df6: neither the gist nor a point is the disclosure', () => {
    const r = outlineArticle(benchArticle('0e014df6'), { length: 'detailed' });
    if (!r.ok) throw new Error(r.error.message);
    const shown = [r.value.gist, ...r.value.sections.flatMap((s) => s.points)].map((p) => p?.text ?? '');
    expect(shown.filter((t) => t.includes('compensated'))).toEqual([]);
  });
});
