/**
 * A non-response is no key point (lib/points/worthy.ts NO_RESPONSE): "The governor's office
 * didn't immediately respond to The Hill's request for comment." was a Background point of
 * extraction benchmark 156770d6, as NewsDiscourse labels such lines `Cause_General`.
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { isPointWorthy } from '../../lib/points/worthy';
import { benchArticle } from './bench-pages';

describe('non-responses as points', () => {
  it('a sentence that only says nobody answered is not point-worthy', () => {
    expect(
      isPointWorthy('An Alibaba spokesperson declined to comment on the pricing to Reuters.', 'en'),
    ).toBe(false);
    expect(isPointWorthy('Officials did not immediately provide any other details.', 'en')).toBe(false);
    expect(isPointWorthy('Mr. Quamme did not return calls requesting comment.', 'en')).toBe(false);
    expect(isPointWorthy('トヨタ自動車の広報担当者は取材に対し、コメントを控えた。', 'ja')).toBe(false);
  });

  it('one that also says something stays', () => {
    expect(
      isPointWorthy(
        'The company did not provide details on how it would deploy the money but said its balance sheet would allow it to pursue growth opportunities.',
        'en',
      ),
    ).toBe(true);
    expect(isPointWorthy('He did not provide any evidence of a link between the two attacks.', 'en')).toBe(
      true,
    );
  });

  it('the Hill’s story shows no non-response', () => {
    const r = outlineArticle(benchArticle('156770d6'), { length: 'detailed' });
    if (!r.ok) throw new Error(r.error.message);
    const points = [r.value.gist, ...r.value.sections.flatMap((s) => s.points)].filter((p) => p !== null);
    expect(points.length).toBeGreaterThan(0);
    expect(points.filter((p) => /respond to The Hill/.test(p.text))).toEqual([]);
  });
});
