/**
 * Soft hyphens (U+00AD) and other invisible characters are not part of the text a reader sees:
 * The Japan Times (extraction-benchmark a1fca19b) writes "handed over to US &shy;forces", and
 * the paragraph, its sentence and any point or link made from it carried the character along
 * (a copied point kept it; a word with one inside was two words for search and the model).
 */
import { describe, expect, it } from 'vitest';
import { collapse } from '../../lib/extract/text';
import { locateParagraph } from '../../lib/locate';
import { parseDocument } from '../../lib/node/parse';
import { outlineArticle } from '../../lib/pipeline';
import { benchArticle } from './bench-pages';

const INVISIBLE = /[\u00ad\u2060\ufeff]/;

describe('invisible characters in the text', () => {
  it('are dropped when text is collapsed, the words either side kept apart as they were', () => {
    // The German page of the benchmark (57b4dafd) hyphenates inside words.
    expect(collapse('aus regis\u00adtriertem Smartphone')).toBe('aus registriertem Smartphone');
    expect(collapse('to US \u00adforces in')).toBe('to US forces in');
    expect(collapse('\ufeffKabul\u2060 (AFP)')).toBe('Kabul (AFP)');
  });

  it('leave no trace in the paragraphs, points, gist or links of a1fca19b', () => {
    const a = benchArticle('a1fca19b');
    const p = a.paragraphs.find((q) => q.text.includes('were handed over to US'))!;
    expect(p.text).toContain('were handed over to US forces in the country’s southern Zabul province');
    expect(a.paragraphs.some((q) => INVISIBLE.test(q.text))).toBe(false);
    const r = outlineArticle(a, { length: 'detailed', force: true });
    if (!r.ok) throw new Error(r.error.message);
    const points = [r.value.gist, ...r.value.sections.flatMap((s) => s.points)].filter((x) => x !== null);
    for (const pt of points) {
      expect(pt.text).not.toMatch(INVISIBLE);
      expect(pt.sentence).not.toMatch(INVISIBLE);
      expect(pt.link).not.toContain('%C2%AD');
    }
  });

  it('a paragraph read without them is still found in the live page that has them', () => {
    const doc = parseDocument(
      '<html><body><article><p>Lead.</p><p>American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, were handed over to US \u00adforces in the country’s southern Zabul province.</p></article></body></html>',
    );
    const text =
      'American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, were handed over to US forces in the country’s southern Zabul province.';
    const el = locateParagraph(doc, { paragraphId: 'p1', domIndex: -1, text });
    expect(el?.textContent).toContain('Zabul');
  });
});
