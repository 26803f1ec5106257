/**
 * Outline at the reader's length through an LRU cache keyed by length and content
 * (lib/cache.ts), keeping each new outline in the history (a failed save loses no outline).
 */
import { Lru, outlineKey } from '../cache';
import { outlineArticle } from '../pipeline';
import type { Article, Length, Outline, Result } from '../types';

export interface OutlinerDeps {
  cache: Lru<string, Result<Outline>>;
  /** The reader's length, as last read or changed (never a storage read per outline). */
  length(): Promise<Length | undefined>;
  keep(outline: Outline): Promise<unknown>;
  /** Called with each pipeline run's start and end (performance.now()), for the benchmark. */
  timed?(start: number, end: number): void;
}

export function outliner({ cache, length, keep, timed }: OutlinerDeps) {
  // Which outlines went into the history: one made ahead of the click (lib/ahead.ts) goes in
  // only when the reader opens it, as every outline they open does, once.
  const kept = new Lru<string, true>(cache.capacity);
  /** `toHistory`: false for an outline the reader has not asked for (made ahead). */
  return async (article: Article, force: boolean, toHistory = true): Promise<Result<Outline>> => {
    const at = await length();
    const key = `${at} ${outlineKey(article, force)}`;
    let result = cache.get(key);
    if (!result) {
      const start = performance.now();
      result = outlineArticle(article, { force, length: at });
      timed?.(start, performance.now());
      cache.set(key, result);
    }
    if (toHistory && result.ok && !kept.get(key)) {
      kept.set(key, true);
      void keep(result.value).catch(() => undefined);
    }
    return result;
  };
}
