/** The byline and date an outline's header shows (lib/extract/meta.ts), from real pages' values. */
import { describe, expect, it } from 'vitest';
import { plainByline, plainPublishedTime } from '../../lib/extract/meta';
import { benchArticle } from './bench-pages';

const page = benchArticle;

describe('the header facts', () => {
  it('drops the leading "By" of a byline, and a byline that is the site again', () => {
    expect(plainByline('By TOM KRISHER, AP Auto Writer')).toBe('TOM KRISHER, AP Auto Writer');
    expect(plainByline('by Madeline Fry')).toBe('Madeline Fry');
    expect(plainByline('By admin - 2018-09-16')).toBe('admin - 2018-09-16');
    expect(plainByline('Byron Tau')).toBe('Byron Tau');
    expect(plainByline('投稿者 Masafumi Negishi')).toBe('Masafumi Negishi');
    expect(plainByline('文：山田太郎')).toBe('山田太郎');
    expect(plainByline('[神尾寿，ITmedia]')).toBe('神尾寿，ITmedia');
    expect(plainByline('文化部')).toBe('文化部');
    expect(plainByline('By')).toBe('By');
    expect(plainByline(null)).toBeNull();
    expect(page('05844573').byline).toBe('TOM KRISHER, AP Auto Writer');
    // The site's name again is no byline: the header showed "Al Jazeera · Al Jazeera".
    expect(plainByline('Al Jazeera', 'Al Jazeera')).toBeNull();
    expect(plainByline('By Reuters', 'reuters')).toBeNull();
    expect(plainByline('Reuters', 'VentureBeat')).toBe('Reuters');
    expect(page('7916ecca').byline).toBeNull();
    expect(page('7916ecca').siteName).toBe('Al Jazeera');
  });

  it("drops a template's empty date, keeps every real one as given", () => {
    expect(plainPublishedTime('0001-01-01T00:00:00Z')).toBeNull();
    expect(plainPublishedTime('1970-01-01T00:00:00Z')).toBeNull();
    expect(plainPublishedTime('2019-11-20T06:35:39+0000')).toBe('2019-11-20T06:35:39+0000');
    expect(plainPublishedTime('November 19, 2019, 07:47 PM EST')).toBe('November 19, 2019, 07:47 PM EST');
    expect(plainPublishedTime('1969-07-20')).toBe('1969-07-20');
    // ISO 8601's basic form (Nikkei), which Date cannot read, in the extended form.
    expect(plainPublishedTime('20180619T055000+0900')).toBe('2018-06-19T05:50:00+09:00');
    expect(plainPublishedTime('20180619T055000Z')).toBe('2018-06-19T05:50:00Z');
    expect(plainPublishedTime('20180619T055000')).toBe('2018-06-19T05:50:00');
    // The Detroit News declares 0001-01-01; the header showed "Jan 1, 1".
    expect(page('65ce3a45').publishedTime).toBeNull();
    expect(page('05844573').publishedTime).toBe('2019-11-20T06:35:39+0000');
  });
});
