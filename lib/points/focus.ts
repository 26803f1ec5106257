/**
 * What an article is about, for centrality (./select.ts): the bag of words of its headline and
 * lead paragraph. Built from bags already made (the headline's, the lead sentences') rather
 * than by tokenising the paragraph again (issue 7: points ≲ 0.05 ms a page): merging the bags of
 * consecutive pieces of text, in order, gives the very Map that one `bag()` of the whole text
 * gives (same keys in the same first-seen order, same counts), as long as the pieces are cut
 * where no word runs across (checked: only spaces and punctuation between the sentences).
 *
 * Exports: `mergeBags(bags) → Bag`, `tiledBy(text, pieces) → boolean`.
 */
import type { Bag } from '../text/tokens';

export function mergeBags(bags: Bag[]): Bag {
  const m: Bag = new Map();
  // (forEach: no [key, value] array per entry; issue 7.)
  for (const b of bags) b.forEach((v, k) => m.set(k, (m.get(k) ?? 0) + v));
  return m;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Do `pieces` (offset and text, in order) cover `text` so that everything outside them is
 * neither letter nor digit, and no piece starts or ends inside a word?
 */
export function tiledBy(text: string, pieces: { start: number; text: string }[]): boolean {
  let at = 0;
  for (const p of pieces) {
    if (p.start < at || text.slice(p.start, p.start + p.text.length) !== p.text) return false;
    if (WORD_CHAR.test(text.slice(at, p.start))) return false;
    at = p.start + p.text.length;
  }
  if (WORD_CHAR.test(text.slice(at))) return false;
  // Pieces that touch with no separator could split a word ("U.S." + "Army" is fine, "ab" + "c" is not).
  for (let i = 1; i < pieces.length; i++) {
    const end = pieces[i - 1].start + pieces[i - 1].text.length;
    if (end === pieces[i].start && WORD_CHAR.test(text[end - 1] ?? '') && WORD_CHAR.test(text[end] ?? ''))
      return false;
  }
  return true;
}
