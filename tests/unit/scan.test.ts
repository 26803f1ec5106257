/**
 * The one-pass scans of lib/text/scan.ts (issue 7) stand for tokenisers defined elsewhere: their
 * ids must name exactly `bag()`'s tokens with its counts (lib/text/tokens.ts) and `asciiWords`'
 * words (lib/segment/features/), so that similarities, cue prefilters and lexical features are
 * unchanged. Checked on every NewsDiscourse validation paragraph, the Japanese pages and edge
 * cases (accents, K-sign, surrogates, digits inside words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toArticle } from '../../lib/eval/newsdiscourse';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { asciiWords } from '../../lib/segment/features/words';
import { TOKENS } from '../../lib/text/intern';
import { idBag } from '../../lib/text/idbags';
import { newScanOut, scanAscii, textBagIds, type ScanOut } from '../../lib/text/scan';
import { bag } from '../../lib/text/tokens';

const nd = parseJsonl(readFileSync('../shared/data/newsdiscourse/validation.jsonl', 'utf8'));
const dir = '../shared/data/ja-news/pages';
const ja = readdirSync(dir).map((f) => extractFromHtml(readHtmlFile(join(dir, f)), 'file:///test'));

const edges = [
  'The 10th-floor U.S. office, 2018: 3M and B2B deals—“quoted” said_x said2 it’s',
  'Café naïve résumé, KELVIN \u212a and İstanbul',
  '𠮷野家の牛丼は𠮷野家で、𝐀𝐁𝐂 bold と 😀 絵文字',
  'かな・カナ゠ゝゞ゛゜ー 〜 漢字１２３ abc한국어',
  'ab',
  '',
];

const texts = [
  ...nd.flatMap((d) => toArticle(d).article.paragraphs.map((p) => p.text)),
  ...ja.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.text)]),
  ...edges,
];

/** bag() with its tokens written as the strings the table interns (bigrams as "\0" and two units). */
function named(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of bag(text))
    out.set(typeof k === 'number' ? String.fromCharCode(0, k >>> 16, k & 0xffff) : k, v);
  return out;
}

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('lib/text/scan.ts', () => {
  it('gives bag()’s tokens and counts as ids, on every paragraph', () => {
    expect(texts.length).toBeGreaterThan(2000);
    const scratch = newScanOut();
    for (const t of texts) {
      const counts = new Map<string, number>();
      for (const id of textBagIds(t, scratch))
        counts.set(TOKENS.str(id), (counts.get(TOKENS.str(id)) ?? 0) + 1);
      expect(sorted(counts), t).toEqual(sorted(named(t)));
      // idBag is the same bag keyed by id.
      expect(sorted(new Map([...idBag(t)].map(([k, v]) => [TOKENS.str(k as number), v]))), t).toEqual(
        sorted(named(t)),
      );
    }
  });

  it('gives asciiWords’ words where it scans, and gives up on non-ASCII letters', () => {
    const scratch = newScanOut();
    let scanned = 0;
    for (const t of texts) {
      if (!scanAscii(t, scratch)) {
        expect(
          [...t].some((c) => c.charCodeAt(0) > 0x7f),
          t,
        ).toBe(true);
        continue;
      }
      scanned++;
      expect(
        Array.from(scratch.words, (id) => TOKENS.str(id)),
        t,
      ).toEqual(asciiWords(t));
      expect(scratch.spaces, t).toBe(t.split(' ').length - 1);
      expect(scratch.quote, t).toBe(/["“”]/.test(t));
      expect(scratch.digit, t).toBe(/\d/.test(t));
    }
    expect(scanned).toBeGreaterThan(1000);
  });

  it('scans a sentence inside its paragraph as it scans the sentence alone, with its words’ places', () => {
    const alone = newScanOut();
    const inside = newScanOut();
    const facts = (o: ScanOut) =>
      JSON.stringify([[...o.words], [...o.clean], o.bag, o.spaces, o.digit, o.quote]);
    let compared = 0;
    for (const t of texts) {
      // Pieces from a space to a little further on: sentences and their neighbours.
      for (let from = 0; from < t.length; from = t.indexOf(' ', from + 40) + 1 || t.length) {
        const to = Math.min(t.length, from + 60 + (from % 37));
        const piece = t.slice(from, to);
        const ok = scanAscii(piece, alone);
        expect(scanAscii(t, inside, from, to), piece).toBe(ok);
        if (!ok) continue;
        compared++;
        if (facts(inside) !== facts(alone)) expect(facts(inside), piece).toBe(facts(alone));
        // Each word's place holds the word (a digit run: `#`).
        const places = Array.from(inside.words, (_, k) =>
          t.slice(inside.spans[2 * k], inside.spans[2 * k + 1]),
        );
        const named = places.map((w) => (/^\d+$/.test(w) ? '#' : w.toLowerCase()));
        if (named.join() !== Array.from(inside.words, (id) => TOKENS.str(id)).join())
          expect(named, piece).toEqual(Array.from(inside.words, (id) => TOKENS.str(id)));
        const shifted = Array.from(alone.spans, (x) => x + from);
        if (inside.spans.join() !== shifted.join()) expect([...inside.spans], piece).toEqual(shifted);
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('gives one id per token: the same string always has the same id', () => {
    const a = TOKENS.id('reuters');
    expect(TOKENS.id('reuters')).toBe(a);
    expect(TOKENS.asciiId('REUTERS said', 0, 7, textHash('reuters'))).toBe(a);
    expect(TOKENS.str(a)).toBe('reuters');
  });
});

function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
