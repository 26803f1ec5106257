/**
 * A copy's header date when the page writes the month's name ("November 19, 2019, 07:47 PM EST",
 * "19 Nov 2019 07:09 GMT"), as 8 of the 108 dated pages of ja-news and the extraction benchmark
 * do: the day the page wrote, whatever the reader's time zone. Read as an instant, CRN's evening
 * read Nov 20 in UTC, and Al Jazeera's morning Nov 18 in California.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownDate } from '../../lib/format/date';

const cases: [string, string][] = [
  ['November 19, 2019, 07:47 PM EST', 'Nov 19, 2019'], // CRN (extraction benchmark 291a8bf3)
  ['19 Nov 2019 07:09 GMT', 'Nov 19, 2019'], // Al Jazeera (42aad16b)
  ['Mon, 18 Nov 2019 16:07:38 -0600', 'Nov 18, 2019'], // NBC DFW (51d066b0)
  ['Tue Nov 19 2019 03:05:46 GMT+0000', 'Nov 19, 2019'],
  ['November 19, 2019', 'Nov 19, 2019'],
  ['Sept. 3, 2024 11:50 PM -1000', 'Sep 3, 2024'],
  ['3rd December 2019, 23:30 -1000', 'Dec 3, 2019'],
];

describe.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles'])('in %s', (tz) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = tz;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each(cases)('%s reads %s', (value, shown) => expect(shownDate(value, 'en')).toBe(shown));

  it('the Japanese reader sees the same day', () =>
    expect(shownDate('November 19, 2019, 07:47 PM EST', 'ja')).toBe('2019/11/19'));
});

it('a name that is no month, or a day not on the calendar, is not taken for a date', () => {
  expect(shownDate('Mon 18 2019', 'en')).toBe('Mon 18 2019');
  expect(shownDate('February 30, 2024', 'en')).toBe('February 30, 2024');
});
