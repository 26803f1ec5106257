/**
 * A wire photo's caption that closes on the day the picture was taken ("…, on Monday, Nov. 13,
 * 2017.") is a caption however long it runs: CNBC's Emirates story (extraction-benchmark
 * 374ac9a5) opens under a Bloomberg picture two years older than the story, whose caption became
 * a Result paragraph once the sentence splitter stopped cutting it after "Nov." (the piece "13,
 * 2017." alone had read as a credit).
 */
import { describe, expect, it } from 'vitest';
import { isDatedCaption } from '../../lib/extract/captions';
import { benchArticle } from './bench-pages';

describe('a dated wire caption', () => {
  it('is left out of CNBC’s page, whose story stays whole', () => {
    const text = benchArticle('374ac9a5')
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(text).not.toContain('center blue sandals');
    expect(text).toContain("Dubai's flagship carrier Emirates Airline finalized a deal");
  });

  it('needs the weekday and the whole date after a comma, at the very end', () => {
    expect(
      isDatedCaption(
        'A worker walks past the logo of the company at its headquarters in Frankfurt, Germany, on Tuesday, Nov. 19, 2019.',
      ),
    ).toBe(true);
    // News prose: the weekday alone, the date alone, or the date inside the sentence.
    expect(isDatedCaption('The company said on Monday it would cut 3,000 jobs by the end of 2020.')).toBe(
      false,
    );
    expect(isDatedCaption('The deal was signed in Dubai on Nov. 13, 2017.')).toBe(false);
    expect(
      isDatedCaption('The strike began on Monday, Nov. 13, 2017, and lasted until the following spring.'),
    ).toBe(false);
  });
});
