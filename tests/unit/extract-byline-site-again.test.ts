/**
 * A byline that only names the site again is no byline: the header read "The Beachbody Blog ·
 * Beachbody" (extraction benchmark 5f03fc17), "India Post · India Post News Weekly" (5f9c5ed5)
 * and "The Telegraph · Telegraph Sport" (88c328b6).
 */
import { describe, expect, it } from 'vitest';
import { plainByline } from '../../lib/extract/meta';
import { benchArticle } from './bench-pages';

describe('a byline that is the site again', () => {
  it('goes, give or take a generic word; a person credited with the site stays', () => {
    expect(plainByline('Beachbody', 'The Beachbody Blog')).toBe(null);
    expect(plainByline('India Post News Weekly', 'India Post')).toBe(null);
    expect(plainByline('Telegraph Sport', 'The Telegraph')).toBe(null);
    expect(plainByline('MEG KINNARD and ERRIN HAINES, Associated Press', 'Associated Press')).toBe(
      'MEG KINNARD and ERRIN HAINES, Associated Press',
    );
    expect(plainByline('Staff Reports', 'The Republic')).toBe('Staff Reports');
    expect(plainByline('Editorial', 'the Guardian')).toBe('Editorial');
  });

  it.each(['5f03fc17', '5f9c5ed5', '88c328b6'])('%s has no byline besides its site', (page) => {
    const a = benchArticle(page);
    expect(a.siteName).not.toBe(null);
    expect(a.byline).toBe(null);
  });
});
