/** The byline and date an outline's header shows (lib/extract/meta.ts), from real pages' values. */
import { describe, expect, it } from 'vitest';
import { bylineDate, plainByline, plainPublishedTime, plainSiteName } from '../../lib/extract/meta';
import { benchArticle } from './bench-pages';
import { join } from 'node:path';
import { isMenuLinkOnly } from '../../lib/extract/menu-byline';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';

describe('the header facts', () => {
  // [byline as the page gives it, the site's name, as the header shows it]
  it.each([
    ['By TOM KRISHER, AP Auto Writer', null, 'TOM KRISHER, AP Auto Writer'],
    ['by Madeline Fry', null, 'Madeline Fry'],
    // A blog's account credits no one; a date after the name is the header's date.
    ['By admin - 2018-09-16', null, null],
    ['jdadmin', null, null],
    ['FEDERICA LUSIARDI - 2019-04-10', null, 'FEDERICA LUSIARDI'],
    ['Associated Press November 19, 2019, 9:02 AM', null, 'Associated Press'],
    ['Reuters,', null, 'Reuters'],
    ['LISA MASCARO and ERIC TUCKERAssociated Press', null, 'LISA MASCARO and ERIC TUCKER Associated Press'],
    ['TOM KRISHER, AP Auto Writer', null, 'TOM KRISHER, AP Auto Writer'],
    ['McDONALD', null, 'McDONALD'],
    ['Текст: Венера Ерофеева', null, 'Венера Ерофеева'],
    ['Adminah Smith', null, 'Adminah Smith'],
    ['2019-04-10', null, '2019-04-10'],
    ['Byron Tau', null, 'Byron Tau'],
    ['投稿者 Masafumi Negishi', null, 'Masafumi Negishi'],
    ['文：山田太郎', null, '山田太郎'],
    ['[神尾寿，ITmedia]', null, '神尾寿，ITmedia'],
    ['文化部', null, '文化部'],
    ['By', null, 'By'],
    [null, null, null],
    // The site's name again is no byline: the header showed "Al Jazeera · Al Jazeera".
    ['Al Jazeera', 'Al Jazeera', null],
    ['By Reuters', 'reuters', null],
    ['Reuters', 'VentureBeat', 'Reuters'],
  ])('byline %j on site %j shows as %j', (byline, site, shown) => {
    expect(plainByline(byline, site)).toBe(shown);
  });

  // [published time as the page gives it, as the header keeps it]
  it.each([
    ['0001-01-01T00:00:00Z', null],
    ['1970-01-01T00:00:00Z', null],
    ['2019-11-20T06:35:39+0000', '2019-11-20T06:35:39+0000'],
    ['November 19, 2019, 07:47 PM EST', 'November 19, 2019, 07:47 PM EST'],
    ['1969-07-20', '1969-07-20'],
    // ISO 8601's basic form (Nikkei), which Date cannot read, in the extended form.
    ['20180619T055000+0900', '2018-06-19T05:50:00+09:00'],
    ['20180619T055000Z', '2018-06-19T05:50:00Z'],
    ['20180619T055000', '2018-06-19T05:50:00'],
  ])('published time %j is kept as %j', (given, kept) => {
    expect(plainPublishedTime(given)).toBe(kept);
  });

  // [byline as the page gives it, the date it ends with]
  it.each([
    ['FEDERICA LUSIARDI - 2019-04-10', '2019-04-10'],
    ['Associated Press November 19, 2019, 9:02 AM', 'November 19, 2019, 9:02 AM'],
    ['By admin - 2018-09-16 10:30', '2018-09-16 10:30'],
    ['Ann Lee | Sept. 3, 2020', 'Sept. 3, 2020'],
    ['Ann Lee', null],
    ['2019-04-10', null],
    ['Ann Lee 2019', null],
    [null, null],
  ])('byline %j ends with the date %j', (byline, date) => expect(bylineDate(byline)).toBe(date));

  it('a page without a date of its own takes the one after its byline', () => {
    const inexhibit = benchArticle('94fbcc26');
    expect(inexhibit.byline).toBe('FEDERICA LUSIARDI');
    expect(inexhibit.publishedTime).toBe('2019-04-10');
    const sportsnet = benchArticle('0d461229');
    expect(sportsnet.byline).toBe('Associated Press');
    expect(sportsnet.publishedTime).toBe('November 19, 2019, 9:02 AM');
    // One that declares a date keeps it (the byline wrote the day after: 2018-09-16).
    expect(benchArticle('33fe2471').publishedTime).toBe('2018-09-15');
  });

  it('applies both on real pages', () => {
    const ap = benchArticle('05844573');
    expect(ap.byline).toBe('TOM KRISHER, AP Auto Writer');
    expect(ap.publishedTime).toBe('2019-11-20T06:35:39+0000');
    const aljazeera = benchArticle('7916ecca');
    expect(aljazeera.byline).toBeNull();
    expect(aljazeera.siteName).toBe('Al Jazeera');
    // The Detroit News declares 0001-01-01; the header showed "Jan 1, 1".
    expect(benchArticle('65ce3a45').publishedTime).toBeNull();
  });
});

describe('a byline that is only a menu link', () => {
  const menu = (items: string[]) =>
    `<ul>${items.map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul>`;
  const page = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);

  it('is a menu link when every link that reads it is one item of a list of single links', () => {
    const nav = menu(['トップ', '個人', '経済', 'エンタメ', 'スポーツ']);
    expect(isMenuLinkOnly(page(nav), '個人')).toBe(true);
    // Named anywhere else too, or in a short list of authors, it is the page's byline.
    expect(isMenuLinkOnly(page(`${nav}<p>文：<a href="/a">個人</a></p>`), '個人')).toBe(false);
    expect(isMenuLinkOnly(page(menu(['Ann Lee', 'Bo Kim'])), 'Ann Lee')).toBe(false);
    expect(isMenuLinkOnly(page('<p class="byline">Ann Lee</p>'), 'Ann Lee')).toBe(false);
  });

  it('Yahoo! News Japan: the global menu\'s "個人" is not shown as the author (ja-news 19)', () => {
    const file = join(
      import.meta.dirname,
      '../../../shared/data/ja-news/pages/19-yahoo-cnet-trendmicro-wifi.html',
    );
    const article = extractFromHtml(readHtmlFile(file), 'https://news.yahoo.co.jp/a');
    expect(article.siteName).toBe('Yahoo!ニュース');
    expect(article.byline).toBeNull();
  });
});

describe('the site name', () => {
  it.each([
    ['Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR', 'Autoracing'],
    ['The Hollywood Reporter', 'The Hollywood Reporter'],
    ['Remember 80/90 - Memorabilia anni 80/90', 'Remember 80/90 - Memorabilia anni 80/90'],
    ['| odd', '| odd'],
    [null, null],
    // A section's or a platform's name is not the site's (the header names the host instead).
    ['U.S.', null],
    ['Hosted', null],
    ['Blogger', null],
    ['World | Reuters', null],
    ['US Weekly', 'US Weekly'],
    ['Sky', 'Sky'],
    ['@politifact', 'politifact'],
  ])('%s → %s', (name, shown) => expect(plainSiteName(name)).toBe(shown));

  it('Reuters and AP pages are named by their host, not their section', () => {
    expect(benchArticle('57d46c9d').siteName).toBeNull();
    expect(benchArticle('82b6d780').siteName).toBeNull();
  });
});
