/** A fact check's claimants (lib/extract/index.ts keeps them out of the byline). */
import { jsonLdBlocks, type JsonLd } from './json-ld';
import { collapse } from './text';

/**
 * Who made the claims a fact check reviews (its schema.org ClaimReview's itemReviewed author):
 * named beside the claim, not the page's writer. Readability read POLYGRAPH.info's
 * `<h4 class="author">` over the claim as the byline, and the header said the article was by
 * "The Russian and Syrian defense ministries" (extraction-benchmark 1ee91d1f).
 */
export function claimAuthors(page: Document, blocks: JsonLd[] = jsonLdBlocks(page)): string[] {
  const names: string[] = [];
  for (const block of blocks) {
    if (!block.text.includes('ClaimReview')) continue;
    const data = block.data();
    if (data === undefined) continue;
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown })['@graph'])
        ? [d, ...(d as { '@graph': unknown[] })['@graph']]
        : [d],
    );
    for (const item of items) {
      const it = item as { '@type'?: unknown; itemReviewed?: { author?: unknown } } | null;
      if (!it || typeof it !== 'object' || it['@type'] !== 'ClaimReview') continue;
      const authors = it.itemReviewed?.author;
      for (const a of Array.isArray(authors) ? authors : [authors]) {
        const name = (a as { name?: unknown } | null)?.name;
        if (typeof name === 'string') names.push(collapse(name));
      }
    }
  }
  return names;
}
