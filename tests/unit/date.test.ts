import { describe, expect, test } from 'vitest';
import { shownDate } from '@/lib/format/date';

describe('shownDate: the day the page wrote, in the reader’s words', () => {
  test.each([
    // NHK (ja-news 01) writes its morning in +09:00: the 3rd, though it is the 2nd in UTC.
    ['2023-04-03T06:27:26+09:00', 'en', 'Apr 3, 2023'],
    ['2023-04-03T06:27:26+09:00', 'ja', '2023/04/03'],
    // A US evening in -05:00 is the next day in UTC.
    ['2019-11-05T22:30:00-05:00', 'en', 'Nov 5, 2019'],
    ['2018-06-19T05:50:00+0900', 'en', 'Jun 19, 2018'],
    ['2025-08-20', 'en', 'Aug 20, 2025'],
  ])('%s in %s reads %s', (value, lang, shown) => {
    expect(shownDate(value, lang)).toBe(shown);
  });

  test('a date without a written day is read as an instant; one that does not parse is kept', () => {
    expect(shownDate('Tue, 20 Aug 2025 12:00:00 GMT', 'en')).toBe('Aug 20, 2025');
    expect(shownDate('last Tuesday', 'en')).toBe('last Tuesday');
    expect(shownDate('2023-13-45', 'en')).toBe('2023-13-45');
  });
});
