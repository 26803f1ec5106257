// @vitest-environment jsdom
/**
 * The ahead script's page side (lib/page/shown.ts, issue 7): a page is announced once, when
 * first visible, and only when it may be an article (real saved pages).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mayBeArticle, onceShown, type ShownDocument } from '../../lib/page/shown';

function fakeDocument(state: DocumentVisibilityState) {
  const listeners = new Set<() => void>();
  const doc: ShownDocument & { set(s: DocumentVisibilityState): void; listeners: Set<() => void> } = {
    visibilityState: state,
    addEventListener: (_t, l) => void listeners.add(l),
    removeEventListener: (_t, l) => void listeners.delete(l),
    set(s) {
      (this as { visibilityState: DocumentVisibilityState }).visibilityState = s;
      listeners.forEach((l) => l());
    },
    listeners,
  };
  return doc;
}

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('onceShown', () => {
  it('runs at once for a visible page', () => {
    let runs = 0;
    onceShown(fakeDocument('visible'), () => runs++);
    expect(runs).toBe(1);
  });

  it('waits for a background tab to be shown, then runs once and stops listening', () => {
    let runs = 0;
    const doc = fakeDocument('hidden');
    onceShown(doc, () => runs++);
    expect(runs).toBe(0);
    doc.set('visible');
    doc.set('hidden');
    doc.set('visible');
    expect(runs).toBe(1);
    expect(doc.listeners.size).toBe(0);
  });

  it('can be cancelled before the page is shown', () => {
    let runs = 0;
    const doc = fakeDocument('hidden');
    onceShown(doc, () => runs++)();
    doc.set('visible');
    expect(runs).toBe(0);
  });
});

describe('mayBeArticle', () => {
  it('says yes for real English and Japanese articles', () => {
    for (const slug of ['en-reuters-credits', 'seed'])
      expect(mayBeArticle(page(readFileSync(`tests/fixtures/${slug}/source.html`, 'utf8'))), slug).toBe(true);
    // The Japanese pages are read where they are (tests/fixtures/ja-*/source.ref).
    const ja = readFileSync(
      readFileSync('tests/fixtures/ja-01-nhk-headings/source.ref', 'utf8').trim(),
      'utf8',
    );
    expect(mayBeArticle(page(ja))).toBe(true);
  });

  it('says no for an index of links, a documentation contents page and an empty page', () => {
    const contents = readFileSync('tests/fixtures/non-articles/docs-nodejs-api-index.html', 'utf8');
    expect(mayBeArticle(page(contents))).toBe(false);
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/a${i}">Headline number ${i}</a></li>`);
    expect(mayBeArticle(page(`<ul>${links.join('')}</ul>`))).toBe(false);
    expect(mayBeArticle(page('<body></body>'))).toBe(false);
  });
});
