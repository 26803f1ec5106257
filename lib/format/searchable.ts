/**
 * Text as the browser's find-in-page reads it, which text-fragment links are matched against
 * (issue 4): a ruby is its base followed by its reading. Chromium 156 on ja-news 20-nhk-easy
 * finds "児童相談所じどうそうだんじょが" and not "児童相談所が" (the shown text), so a link
 * made from the shown text of a page with ruby landed nowhere (0 of 10 links,
 * scripts/fragment-landing.ts). Paragraphs keep their readings apart (Paragraph.ruby,
 * lib/extract/text.ts); this puts them back.
 *
 * Exports: `searchableText(paragraph)`, `searchableSentence(sentence, paragraphs)`.
 */
import type { Paragraph, RubyReading } from '../types';

type Read = Pick<Paragraph, 'text' | 'ruby'>;

/** text[from, to) with the readings of the bases that end inside it put after them. */
function withReadings(text: string, ruby: RubyReading[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [end, reading] of ruby) {
    if (end <= from || end > to) continue;
    out += text.slice(at, end) + reading;
    at = end;
  }
  return out + text.slice(at, to);
}

/** A paragraph's text with its readings back in place. */
export function searchableText(p: Read): string {
  return p.ruby?.length ? withReadings(p.text, p.ruby, 0, p.text.length) : p.text;
}

/**
 * A sentence of one of `paragraphs` (a point's), its readings back in place; the sentence as
 * it is when no paragraph with readings holds it.
 */
export function searchableSentence(sentence: string, paragraphs: Read[]): string {
  for (const p of paragraphs) {
    if (!p.ruby?.length) continue;
    const i = p.text.indexOf(sentence);
    if (i >= 0) return withReadings(p.text, p.ruby, i, i + sentence.length);
  }
  return sentence;
}
