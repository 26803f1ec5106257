/**
 * Credits and labels open with a label word ("Photo: …", "Video grab shows …"); prose that opens
 * with the same word ("Credit Suisse said …", "Video footage showed …") is no credit.
 */
import { describe, expect, it } from 'vitest';
import { isPointWorthy } from '../../lib/points/worthy';

describe('label words at the start of a sentence', () => {
  it.each([
    'Credit Suisse shares fell 24% on Wednesday after its largest shareholder ruled out more help.',
    'Credit card balances rose to a record $1 trillion in the second quarter, the New York Fed said.',
    'Video footage showed ambulances lining the streets of Lombok and many houses damaged.',
    'Editor Tina Brown took control of the combined titles, but the venture failed.',
    'Photo-sharing app Instagram said on Tuesday it would hide like counts for some users.',
    'Image recognition software has improved sharply over the past five years, researchers said.',
  ])('keep prose: %s', (text) => expect(isPointWorthy(text, 'en')).toBe(true));

  it.each([
    'Photo: A man walks past a branch of the Commonwealth Bank of Australia in central Sydney.',
    'SOURCE: bit.ly/2kC8der Annals of Internal Medicine, online May 29, 2018 and more.',
    'Video grab shows Bulgarian TV journalist Viktoria Marinova in Ruse, Bulgaria, in this still.',
    'Photo taken on April 24, 2018 shows a mini bus trapped in the water in Nairobi, Kenya.',
    'Photo by John Smith for the Associated Press, used with permission of the agency.',
    "Editor's note: This story has been updated with comment from the company.",
    'Image copyright Getty Images and its licensors, all of whom reserve their rights.',
    'FILE PHOTO: Toyota workers inspect the new Lexus ES vehicles at a Toyota plant.',
  ])('drop labels: %s', (text) => expect(isPointWorthy(text, 'en')).toBe(false));
});
