import { describe, expect, it } from 'vitest';
import { isCovered, letterRuns, onlyWordChars, wordRuns } from '../../lib/extract/letters';
import { isByline } from '../../lib/extract/boilerplate';
import { articleScore } from '../../lib/extract/readerable';
import type { Block } from '../../lib/extract/blocks';

const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

describe('letters without Unicode property classes', () => {
  it('classes every covered code point as the property classes do', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!isCovered(ch)) continue;
      const text = `a${ch}b`;
      const word = WORD.test(ch) ? ['a' + ch + 'b'] : ['a', 'b'];
      const letter = LETTER.test(ch) ? ['a' + ch + 'b'] : ['a', 'b'];
      if (JSON.stringify(wordRuns(text)) !== JSON.stringify(word)) wrong.push(`word ${c.toString(16)}`);
      if (JSON.stringify(letterRuns(text)) !== JSON.stringify(letter)) wrong.push(`letter ${c.toString(16)}`);
      if (onlyWordChars(text) !== (WORD.test(ch) ? text : 'ab')) wrong.push(`only ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('covers the common scripts and falls back for the others', () => {
    expect(isCovered('Café “naïve” — 日本語、カタカナ。（１２）한국어')).toBe(true);
    expect(isCovered('Ελληνικά')).toBe(false);
    expect(wordRuns('Ελληνικά και 2 words')).toEqual(['Ελληνικά', 'και', '2', 'words']);
    expect(letterRuns('a😀b')).toEqual(['a', 'b']);
    expect(onlyWordChars('Ünïcode – ok, 𝒳!')).toBe('Ünïcodeok𝒳');
  });
});

describe('Unicode patterns tried only after a plain hint', () => {
  it('still finds bylines and author boxes', () => {
    expect(isByline('By Paul Takahashi')).toBe(true);
    expect(isByline('by paul takahashi')).toBe(true); // /iu: \p{Lu} matches any cased letter
    expect(isByline('Bylines are short')).toBe(false);
    const block = (text: string): Block => ({
      tag: 'p',
      text,
      ruby: [],
      heading: false,
      level: 0,
      domIndex: 0,
      el: null as unknown as Element,
      linkDensity: 0,
      hasImage: false,
    });
    const long = 'x'.repeat(200);
    const box = 'Molly Wood (@mollywood) is an Ideas contributor at WIRED and writes about ' + long;
    expect(articleScore([block(box)])).toBe(0);
    expect(articleScore([block('© News Group Newspapers Limited ' + long)])).toBe(0);
    expect(articleScore([block('The council said ' + long)])).toBeGreaterThan(0);
  });
});
