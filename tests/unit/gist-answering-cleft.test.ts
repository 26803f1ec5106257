/**
 * The gist is read alone, so it is not the answer to a sentence the reader has not seen:
 * MSPoweruser (extraction benchmark aade2ec8) had the gist "It’s when the Google Stadia Red Dead
 * Redemption 2 port attempts to run at an ideal 60fps in the Chrome browser where users will run
 * into issues." (when what?), Jeongdong Theater (8cad00dc) "It’s because <The Palace: Tale of
 * Jang Noksu> was part of the opening ceremony…".
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { gistLeansBack } from '../../lib/points/leans-back';
import { benchArticle } from './bench-pages';

describe('a gist that answers the sentence before it', () => {
  it('"It’s when…", "It’s because…", "That’s why…" lean back; a cleft naming its reason does not', () => {
    expect(
      gistLeansBack(
        'It’s when the Google Stadia Red Dead Redemption 2 port attempts to run at an ideal 60fps in the Chrome browser where users will run into issues.',
        'en',
      ),
    ).toBe(true);
    expect(gistLeansBack('That’s why the band is heading back on the road next summer.', 'en')).toBe(true);
    // Al Jazeera 42aad16b's gist, the news itself.
    expect(
      gistLeansBack(
        'It is for that reason that the United States’s space agency NASA on Monday enlisted the engineering muscle of the commercial space industry’s upstarts.',
        'en',
      ),
    ).toBe(false);
  });

  it.each([
    ['aade2ec8', 'Posted on social media by the performance analysts at Digital Foundry'],
    ['8cad00dc', 'The opening ceremony of ‘2018 Welcome Daehak-ro Festival’ was held'],
  ])('%s: the gist stands alone', (page, opening) => {
    const r = outlineArticle(benchArticle(page), {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.gist?.text.startsWith(opening)).toBe(true);
  });
});
