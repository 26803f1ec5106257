/**
 * When a page is first on screen (issue 7, outlines ready before the click: lib/ahead.ts). A tab
 * loaded in the background (a link opened in a new tab) is not prepared until the reader
 * switches to it, so a row of tabs opened from a list costs nothing until each is looked at.
 * Only a page that may be an article says so: Readability's own quick test (the one Firefox
 * uses to offer Reader View), with the shorter paragraphs Japanese needs (a CJK sentence is a
 * third of the characters: lib/extract/readerable.ts). A page it turns down loses nothing: the
 * click still outlines it.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export interface ShownDocument {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Calls `run` once, as soon as `doc` is visible (at once if it is). Returns the cancel. */
export function onceShown(doc: ShownDocument, run: () => void): () => void {
  if (doc.visibilityState === 'visible') {
    run();
    return () => {};
  }
  const check = () => {
    if (doc.visibilityState !== 'visible') return;
    doc.removeEventListener('visibilitychange', check);
    run();
  };
  doc.addEventListener('visibilitychange', check);
  return () => doc.removeEventListener('visibilitychange', check);
}

/** Readability's Reader View test, its paragraphs counted from 80 characters (Japanese). */
export function mayBeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc, { minContentLength: 80 });
}
