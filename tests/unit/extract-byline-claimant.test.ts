/**
 * A fact check names the claim's author beside the claim, and that is not who wrote the page:
 * extraction-benchmark 1ee91d1f (POLYGRAPH.info) heads its claim with
 * `<h4 class="author">The Russian and Syrian defense ministries</h4>`, Readability took it for
 * the byline, and the header read "POLYGRAPH.info · The Russian and Syrian defense ministries".
 * The page's ClaimReview (schema.org, as every fact checker publishes) names that author as its
 * itemReviewed's, so the byline goes.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/node/load';
import { benchArticle } from './bench-pages';

const claimPage = (jsonLd: object, byline: string) => `<html><head><title>Fact check: the port closed</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><article>
<div class="statement"><h4 class="author">${byline}</h4><p>“The port was closed all of last week.”</p></div>
${'<p>The harbour authority published its daily records, and they show ships entering and leaving the port on each day of the week in question, which the claim says did not happen.</p>'.repeat(5)}
</article></body></html>`;

describe('the author of the claim a fact check reviews', () => {
  it('is not the byline (extraction-benchmark 1ee91d1f)', () => {
    const a = benchArticle('1ee91d1f');
    expect(a.byline).not.toBe('The Russian and Syrian defense ministries');
    expect(a.siteName).toBe('POLYGRAPH.info');
  });

  it('in any page with a ClaimReview, single or in a @graph; a real author stays', () => {
    const review = (name: string) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name } },
      author: { '@type': 'Organization', name: 'Check Desk' },
    });
    expect(
      extractFromHtml(claimPage(review('Mayor Jane Doe'), 'Mayor Jane Doe'), 'https://example.com/a').byline,
    ).toBeNull();
    const graph = { '@context': 'https://schema.org', '@graph': [review('Mayor Jane Doe')] };
    expect(extractFromHtml(claimPage(graph, 'Mayor Jane Doe'), 'https://example.com/a').byline).toBeNull();
    expect(
      extractFromHtml(claimPage(review('Mayor Jane Doe'), 'Ann Writer'), 'https://example.com/a').byline,
    ).toBe('Ann Writer');
  });
});
