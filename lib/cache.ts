/**
 * The service worker's outline cache: per URL and content hash (issue 2), so reopening the
 * popup on an unchanged page skips segmentation, and a page that changed (live blogs,
 * late-loading text) is outlined again. Held in memory only: the worker may be stopped at
 * any time, and then the cost is one recomputation.
 */
import type { Article, Paragraph } from './types';

/**
 * A least-recently-used map on top of Map's insertion order. Twenty lines instead of a
 * dependency, to keep the service worker bundle lean.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}

/** cyrb53: a fast 53-bit string hash; collisions only cost a stale outline for one page. */
function cyrb53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A paragraph's readings, for the hash: they change its links (nothing when it has none). */
const rubyKey = (p: Paragraph) => (p.ruby?.length ? `\u0001${p.ruby.join('\u0002')}` : '');

/** Hash of everything the outline is computed from, so equal hashes mean equal outlines. */
export function contentHash(article: Article): string {
  const parts = [article.title, article.byline, article.siteName, article.lang, article.publishedTime];
  // The tag too: the segmenter reads it (a list item is judged apart from a paragraph).
  for (const p of article.paragraphs)
    parts.push(
      `${p.id}\u0001${p.heading ?? ''}\u0001${p.tag}\u0001${p.domIndex}\u0001${p.text}${rubyKey(p)}`,
    );
  for (const h of article.headings) parts.push(`${h.level}\u0001${h.beforeParagraph}\u0001${h.text}`);
  parts.push(String(article.readerable));
  return cyrb53(parts.join('\u0000')).toString(36);
}

/** Cache key: the URL (without its fragment), the content, and whether "Outline anyway" was asked. */
export function outlineKey(article: Article, force: boolean): string {
  return `${force ? 'force' : 'plain'} ${article.url.split('#')[0]} ${contentHash(article)}`;
}
