/**
 * The page's JSON-LD blocks, read once for every reader of them (claim-review.ts, page-date.ts):
 * each block's text, and its data parsed on first use only, at most once. A block a reader's
 * word never occurs in is never parsed (most pages' blocks carry no ClaimReview), and a page's
 * broken or oversized JSON gives no data rather than an error.
 *
 * Exports: `jsonLdBlocks(page) → JsonLd[]`.
 */
/** Past this many characters a block is not parsed: a page's data, not ours to spend time on. */
const MAX_JSON_CHARS = 200_000;

export interface JsonLd {
  text: string;
  /** The parsed data; undefined when the block is broken or too large. */
  data(): unknown;
}

export function jsonLdBlocks(page: Document): JsonLd[] {
  return Array.from(page.querySelectorAll('script[type="application/ld+json" i]'), (s) => {
    const text = s.textContent ?? '';
    let parsed: { value: unknown } | null = null;
    return {
      text,
      data() {
        parsed ??= { value: text.length > MAX_JSON_CHARS ? undefined : tryParse(text) };
        return parsed.value;
      },
    };
  });
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
