/**
 * lib/text/sentences.ts: a month's abbreviation before a day or a year ends no sentence. ICU
 * breaks after "Sept." (not after "Jan." or "Feb."), so a point stopped at "…left in Sept." and
 * "2021." stood alone.
 */
import { describe, expect, test } from 'vitest';
import { splitSentences } from '@/lib/text/sentences';

const texts = (t: string) => splitSentences(t, 'en').map((s) => s.text);

describe('month abbreviations', () => {
  test.each([
    ['He arrived in Jan. 2020 and left in Sept. 2021. Then he retired.', 2],
    ['The rule took effect on Aug. 1 and was revised on Dec. 12. Nobody noticed.', 2],
    ['Sept. 11, 2001, changed the city. It never recovered.', 2],
  ])('%s', (text, n) => {
    const out = texts(text);
    expect(out).toHaveLength(n);
    expect(out.at(-1)).not.toMatch(/^\d/);
  });

  test('a month before a word still ends its sentence', () => {
    expect(texts('Sales rose 5% in Oct. Analysts expected more.')).toEqual([
      'Sales rose 5% in Oct.',
      'Analysts expected more.',
    ]);
  });
});
