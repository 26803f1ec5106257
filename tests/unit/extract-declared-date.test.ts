/**
 * A page that declares its date where Readability does not look still gets a date in the header:
 * SFGate (extraction benchmark 5caf91b8) writes `<meta name="article:published_time">`, The
 * Telegraph (88c328b6) microdata `itemprop="datePublished"`, Snopes (8380689f) a JSON-LD
 * `datePublished` on a type Readability passes over; their headers showed no date.
 */
import { describe, expect, it } from 'vitest';
import { declaredDate } from '../../lib/extract/page-date';
import { parseDocument } from '../../lib/node/parse';
import { benchArticle } from './bench-pages';

const doc = (head: string, body = '') =>
  parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);

describe('the date a page declares', () => {
  it('is read from a named meta, microdata and JSON-LD of any type', () => {
    expect(declaredDate(doc('<meta name="article:published_time" content="2019-11-20T05:57:50Z">'))).toBe(
      '2019-11-20T05:57:50Z',
    );
    expect(
      declaredDate(
        doc(
          '',
          '<time itemprop="datePublished" datetime="2019-11-19T13:16+0000" class="article-date-published">19 November 2019 • 1:16pm</time>',
        ),
      ),
    ).toBe('2019-11-19T13:16+0000');
    expect(
      declaredDate(
        doc(
          '<script type="application/ld+json">{"@context":"http://schema.org","@type":"ClaimReview","datePublished":"2019-11-18T10:15:00+00:00"}</script>',
        ),
      ),
    ).toBe('2019-11-18T10:15:00+00:00');
  });

  it('a modified date or a broken JSON-LD is no published date', () => {
    expect(
      declaredDate(doc('', '<time itemprop="dateModified" datetime="2019-11-20T06:38:32-05:00">x</time>')),
    ).toBe(null);
    expect(declaredDate(doc('<script type="application/ld+json">{"datePublished": </script>'))).toBe(null);
  });

  it.each([
    ['5caf91b8', '2019-11-20T05:57:50Z'],
    ['88c328b6', '2019-11-19T13:16+0000'],
    ['8380689f', '2019-11-18T10:15:00+00:00'],
  ])('%s has its date', (page, date) => {
    expect(benchArticle(page).publishedTime).toBe(date);
  });
});
