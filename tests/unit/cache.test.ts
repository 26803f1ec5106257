/** lib/cache.ts: the LRU and the per URL + content hash key of the service worker's cache. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentHash, Lru, outlineKey } from '@/lib/cache';
import { extractArticle } from '@/lib/extract';
import { parseDocument } from '@/lib/node/parse';
import type { Article } from '@/lib/types';

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/seed/source.html'), 'utf8');
const seed = (): Article => extractArticle(parseDocument(SEED), { url: 'https://example.org/seed.html' });

describe('Lru', () => {
  test('evicts the least recently used entry, counting reads as use', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  test('setting an existing key replaces it without growing', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('a', 2);
    expect(lru.get('a')).toBe(2);
    expect(lru.size).toBe(1);
  });
});

describe('contentHash and outlineKey', () => {
  test('the same page gives the same key; a changed paragraph a different one', () => {
    const a = seed();
    const b = seed();
    expect(contentHash(a)).toBe(contentHash(b));
    const changed = {
      ...b,
      paragraphs: b.paragraphs.map((p, i) => (i === 5 ? { ...p, text: p.text + '（追記）' } : p)),
    };
    expect(contentHash(changed)).not.toBe(contentHash(a));
  });

  test('the key ignores the URL fragment and tells "Outline anyway" apart', () => {
    const a = seed();
    const withFragment = { ...a, url: a.url + '#section-2' };
    expect(outlineKey(withFragment, false)).toBe(outlineKey(a, false));
    expect(outlineKey(a, true)).not.toBe(outlineKey(a, false));
    expect(outlineKey({ ...a, url: 'https://example.org/other.html' }, false)).not.toBe(outlineKey(a, false));
  });
});
