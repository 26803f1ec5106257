// @vitest-environment jsdom
/** lib/page/memo.ts: a re-opened popup reuses the extraction until the page changes (issue 7). */
import { describe, expect, it } from 'vitest';
import { memoiseExtraction } from '../../lib/page/memo';
import type { Article, Result } from '../../lib/types';

function setup() {
  document.body.innerHTML = '<article><p>First paragraph of the story.</p></article>';
  let calls = 0;
  const memo = memoiseExtraction(document, (): Result<Article> => {
    calls++;
    return { ok: true, value: { url: location.href, title: String(calls) } as Article };
  });
  return { memo, calls: () => calls };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('memoiseExtraction', () => {
  it('extracts once while the page stays the same', () => {
    const { memo, calls } = setup();
    memo.get('https://a.example/x', false);
    memo.get('https://a.example/x', false);
    expect(calls()).toBe(1);
    memo.dispose();
  });

  it('extracts again after the text changes, but not after an attribute changes', async () => {
    const { memo, calls } = setup();
    memo.get('https://a.example/x', false);
    document.querySelector('p')!.setAttribute('data-tick', '1');
    await settle();
    memo.get('https://a.example/x', false);
    expect(calls()).toBe(1);
    document.querySelector('p')!.textContent = 'A corrected paragraph.';
    await settle();
    memo.get('https://a.example/x', false);
    expect(calls()).toBe(2);
    memo.dispose();
  });

  it('extracts again for a new URL or when forced', () => {
    const { memo, calls } = setup();
    memo.get('https://a.example/x', false);
    memo.get('https://a.example/y', false);
    memo.get('https://a.example/y', true);
    expect(calls()).toBe(3);
    memo.dispose();
  });
});
