// @vitest-environment jsdom
/** lib/page/memo.ts: a re-opened popup reuses the extraction until the page changes (issue 7). */
import { describe, expect, it } from 'vitest';
import { memoiseExtraction } from '../../lib/page/memo';
import type { Article, Result } from '../../lib/types';

const settle = () => new Promise((ok) => setTimeout(ok, 0));

/** `during` runs inside the extraction, after its first pause, as a page script could. */
function setup(during: () => void = () => undefined) {
  document.body.innerHTML = '<article><p>First paragraph of the story.</p></article>';
  let calls = 0;
  const memo = memoiseExtraction(document, async (): Promise<Result<Article>> => {
    calls++;
    const n = calls;
    await settle();
    during();
    await settle();
    return { ok: true, value: { url: location.href, title: String(n) } as Article };
  });
  return { memo, calls: () => calls };
}

describe('memoiseExtraction', () => {
  it('extracts once while the page stays the same', async () => {
    const { memo, calls } = setup();
    await memo.get('https://a.example/x', false);
    await memo.get('https://a.example/x', false);
    expect(calls()).toBe(1);
    memo.dispose();
  });

  it('shares an extraction still running with a second request for the same URL', async () => {
    const { memo, calls } = setup();
    const [a, b] = await Promise.all([
      memo.get('https://a.example/x', false),
      memo.get('https://a.example/x', false),
    ]);
    expect(calls()).toBe(1);
    expect(b).toBe(a);
    memo.dispose();
  });

  it('extracts again after the text changes, but not after an attribute changes', async () => {
    const { memo, calls } = setup();
    await memo.get('https://a.example/x', false);
    document.querySelector('p')!.setAttribute('data-tick', '1');
    await settle();
    await memo.get('https://a.example/x', false);
    expect(calls()).toBe(1);
    document.querySelector('p')!.textContent = 'A corrected paragraph.';
    await settle();
    await memo.get('https://a.example/x', false);
    expect(calls()).toBe(2);
    memo.dispose();
  });

  it('does not keep a result the page changed under while it was extracted', async () => {
    let edit = true;
    const { memo, calls } = setup(() => {
      if (edit) document.querySelector('p')!.textContent = 'Text added while Lede read the page.';
      edit = false;
    });
    const first = await memo.get('https://a.example/x', false);
    expect(first.ok && first.value.title).toBe('1');
    await memo.get('https://a.example/x', false);
    expect(calls()).toBe(2);
    await memo.get('https://a.example/x', false);
    expect(calls()).toBe(2);
    memo.dispose();
  });

  it('extracts again for a new URL or when forced', async () => {
    const { memo, calls } = setup();
    await memo.get('https://a.example/x', false);
    await memo.get('https://a.example/y', false);
    await memo.get('https://a.example/y', true);
    expect(calls()).toBe(3);
    memo.dispose();
  });
});
