/**
 * The middle of a quotation over several sentences is no point: it has no quotation mark of its
 * own, so it passed as a sentence, and shown alone it is someone's words with no one to say
 * them. ProFootballTalk (extraction benchmark 8e3efab5) showed "Now, obviously, I don’t feel
 * that way." as a Strategy point; Forbes (a078b365) showed the patient's "Going upstairs to bed
 * was a 30 min activity as I could only manage two stairs at a time…" as Background, and CNN on
 * MSN (9eef8162, straight quotes) the patient's "I have thankfully been able to stop them
 * completely."
 */
import { describe, expect, it } from 'vitest';
import { outlineArticle } from '../../lib/pipeline';
import { opensInsideQuote } from '../../lib/points/worthy';
import { benchArticle } from './bench-pages';

const LYNN =
  '“We talked all along about everything we wanted was still in front of us,” Lynn said, via the Los Angeles Times. “Yes, we needed to win this game today. I felt like if we could have won this game today and won out, we could control our own destiny. But now, obviously, I don’t feel that way. I still think we have enough to win next week and beyond that, but we probably are going to need some help.”';

describe('sentences inside a quotation', () => {
  it('one that starts inside a quote opened before it is inside; one that opens its own is not', () => {
    expect(opensInsideQuote(LYNN, LYNN.indexOf('But now'), 'en')).toBe(true);
    expect(opensInsideQuote(LYNN, LYNN.indexOf('I felt like'), 'en')).toBe(true);
    expect(opensInsideQuote(LYNN, LYNN.indexOf('“Yes'), 'en')).toBe(false);
    expect(opensInsideQuote(LYNN, 0, 'en')).toBe(false);
    const straight =
      '"The course of steroids continued ultimately for 12 months. I have thankfully been able to stop them completely.';
    expect(opensInsideQuote(straight, straight.indexOf('I have'), 'en')).toBe(true);
    // An inch mark opens no quote (the ign.com deals page: 34" 3440x1440).
    const inches = 'Specs include a 34" 3440x1440 curved panel. It costs $400.';
    expect(opensInsideQuote(inches, inches.indexOf('It costs'), 'en')).toBe(false);
  });

  it.each([
    ['8e3efab5', 'obviously, I don’t feel that way'],
    ['a078b365', 'Going upstairs to bed was a 30 min activity'],
    ['a078b365', 'My oxygen saturation level nowadays'],
    // Straight quotes: "The course of steroids continued… I have thankfully been able to stop them…
    ['9eef8162', 'I have thankfully been able to stop them'],
  ])('%s does not show “…%s…”', (page, words) => {
    const r = outlineArticle(benchArticle(page), { length: 'detailed' });
    if (!r.ok) throw new Error(r.error.message);
    const points = r.value.sections.flatMap((s) => s.points.map((p) => p.text));
    expect(points.filter((t) => t.includes(words))).toEqual([]);
    expect(points.length).toBeGreaterThan(0);
  });
});
