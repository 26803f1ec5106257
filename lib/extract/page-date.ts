/**
 * The date a page declares in the places Readability does not read, for an article whose
 * Readability metadata has none: Readability 0.6 takes `datePublished` from JSON-LD only when
 * the object is an article type it knows, and `article:published_time` only as a `property`.
 * On the extraction benchmark 10 English pages whose header showed no date declared one so:
 * SFGate writes `<meta name="article:published_time">` (5caf91b8); The Telegraph, CBS Sports,
 * The New York Times write schema.org microdata, `itemprop="datePublished"` on a `<meta>` or a
 * `<time datetime>` (88c328b6, 9a440270, 702d1da6); Snopes has it in JSON-LD of a type
 * Readability passes over, ClaimReview (8380689f). A page's other dates (`dateModified`,
 * a comment's or a related story's `<time>`) are not the article's and are not read.
 * Read before Readability, which takes the scripts out and rewrites the body.
 *
 * Exports: `declaredDate(page, blocks?) → string | null` (as the page wrote it; lib/extract/meta.ts
 * plainPublishedTime drops a template's empty date).
 */
import { jsonLdBlocks, type JsonLd } from './json-ld';

const META =
  'meta[name="article:published_time" i][content], meta[property="article:published_time" i][content], meta[itemprop~="datePublished"][content]';
const TIME = '[itemprop~="datePublished"][datetime]';
/** JSON-LD is searched this deep at most (json-ld.ts bounds its size): a page's data, not ours. */
const MAX_DEPTH = 6;

export function declaredDate(page: Document, blocks: JsonLd[] = jsonLdBlocks(page)): string | null {
  const meta = page.querySelector(META)?.getAttribute('content')?.trim();
  if (meta) return meta;
  const time = page.querySelector(TIME)?.getAttribute('datetime')?.trim();
  if (time) return time;
  for (const block of blocks) {
    if (!block.text.includes('datePublished')) continue;
    const found = findDatePublished(block.data(), 0);
    if (found) return found;
  }
  return null;
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findDatePublished(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const date = (value as Record<string, unknown>).datePublished;
  if (typeof date === 'string' && date.trim()) return date.trim();
  for (const v of Object.values(value as Record<string, unknown>)) {
    const found = findDatePublished(v, depth + 1);
    if (found) return found;
  }
  return null;
}
