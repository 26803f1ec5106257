import { describe, expect, test } from 'vitest';
import { metaLine } from '@/components/meta';
import { copyPayload } from '@/lib/format/copy';
import { shownSite } from '@/lib/format/site';
import { extractFromHtml, readHtmlFile } from '@/lib/node/load';
import { outlineArticle } from '@/lib/pipeline';
import { uiStrings } from '@/lib/ui-strings';
import { join } from 'node:path';

describe('shownSite: the page’s name for itself, else its host', () => {
  test.each([
    [{ siteName: 'CityAM', url: 'https://www.cityam.com/a' }, 'CityAM'],
    [{ siteName: null, url: 'https://www.nytimes.com/2019/11/20/a.html' }, 'nytimes.com'],
    [
      { siteName: null, url: 'https://k-tai.watch.impress.co.jp/docs/news/1.html' },
      'k-tai.watch.impress.co.jp',
    ],
    [{ siteName: null, url: 'http://www2.example.org/x' }, 'example.org'],
    // Outside the web: nothing to name.
    [{ siteName: null, url: 'file:///home/me/page.html' }, null],
    [{ siteName: null, url: 'newsdiscourse:nyt_1' }, null],
    [{ siteName: null, url: 'not a url' }, null],
    [{ siteName: null, url: 'http://127.0.0.1:8080/en.html' }, null],
    [{ siteName: null, url: 'http://[::1]/a' }, null],
    [{ siteName: null, url: 'http://localhost:3000/a' }, null],
  ])('%j → %s', (o, shown) => expect(shownSite(o)).toBe(shown));

  test('a real page without a site name (ja-news 02) names its host on screen and in a copy', () => {
    const file = join(
      import.meta.dirname,
      '../../../shared/data/ja-news/pages/02-ktai-watch-denpa-riyoryo.html',
    );
    const url = 'https://k-tai.watch.impress.co.jp/docs/news/1234.html';
    // The saved page writes its name in a `value` attribute, read since lib/extract/meta-value.ts:
    // taken out here, it is a page without a site name again.
    const html = readHtmlFile(file).replace(/<meta[^>]*name="og:site_name"[^>]*>/, '');
    const article = extractFromHtml(html, url);
    expect(article.siteName).toBeNull();
    const outline = outlineArticle(article);
    if (!outline.ok) throw new Error(outline.error.message);
    expect(metaLine(outline.value, uiStrings('ja'))[0]).toBe('k-tai.watch.impress.co.jp');
    expect(copyPayload(outline.value, { kind: 'outline' }, 'text')['text/plain']).toContain(
      'k-tai.watch.impress.co.jp · 太田 亮三',
    );
  });
});
