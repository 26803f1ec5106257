import { Lru } from '../cache';
import type { Capture } from '../page/capture';
import type { Article, Result } from '../types';

export interface ArticleSource {
  /** The tab's page as HTML, or no HTML when it is still the `known` revision. */
  capture(known: string | null): Promise<Result<Capture>>;
  /** The article of captured HTML, extracted off the page. */
  extract(html: string, url: string): Promise<Result<Article>>;
}

/**
 * Each tab's article by the page's revision (lib/page/capture.ts): asked again, an unchanged page
 * answers with its revision alone and the article is reused (issue 7, cached re-open); `force`
 * ("Outline anyway", reload) always captures and extracts anew. `fresh` says whether this answer
 * was extracted now (the content script then needs the paragraphs to follow the reader).
 */
export function tabArticles(capacity = 20) {
  const last = new Lru<number, { revision: string; article: Article }>(capacity);
  const forget = (tabId: number) => last.delete(tabId);
  const get = async (
    tabId: number,
    force: boolean,
    source: ArticleSource,
  ): Promise<Result<{ article: Article; fresh: boolean }>> => {
    const kept = force ? undefined : last.get(tabId);
    let captured = await source.capture(kept?.revision ?? null);
    if (!captured.ok) return captured;
    // A revision the worker no longer holds (dropped in between): capture it whole.
    if (captured.value.html === null && captured.value.revision !== kept?.revision)
      captured = await source.capture(null);
    if (!captured.ok) return captured;
    const { html, url, revision } = captured.value;
    if (html === null) return { ok: true, value: { article: kept!.article, fresh: false } };
    const extracted = await source.extract(html, url);
    if (!extracted.ok) {
      forget(tabId);
      return extracted;
    }
    last.set(tabId, { revision, article: extracted.value });
    return { ok: true, value: { article: extracted.value, fresh: true } };
  };
  return { get, forget };
}
