// @vitest-environment jsdom
/**
 * lib/page/capture.ts: the page as HTML for extraction off the page (issues 6 and 7), copied
 * again only when its text may have changed, and refused before copying when it is too large.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { pageCapturer } from '../../lib/page/capture';
import { LIMITS } from '../../lib/guard/limits';

const URL_A = 'https://a.example/story';
/** MutationObserver records arrive as a microtask after the change. */
const settle = () => new Promise((ok) => setTimeout(ok, 0));

beforeEach(() => {
  document.body.innerHTML = '<article><p>First paragraph of the story.</p></article>';
});

describe('pageCapturer', () => {
  it('gives the whole document with its doctype, and nothing again for the revision it gave', async () => {
    const capturer = pageCapturer(document, 'i1');
    const first = capturer.capture(URL_A, null);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.html).toContain('<p>First paragraph of the story.</p>');
    expect(
      first.value.html?.startsWith(document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '<html'),
    ).toBe(true);
    const again = capturer.capture(URL_A, first.value.revision);
    expect(again).toEqual({ ok: true, value: { url: URL_A, revision: first.value.revision, html: null } });
    capturer.dispose();
  });

  it('gives a new revision after a change to the text or the nodes, or a new URL, not an attribute', async () => {
    const capturer = pageCapturer(document, 'i1');
    const revision = () => {
      const r = capturer.capture(URL_A, null);
      return r.ok ? r.value.revision : null;
    };
    const r0 = revision();
    document.querySelector('p')!.setAttribute('data-tick', '1');
    await settle();
    expect(revision()).toBe(r0);
    document.querySelector('p')!.firstChild!.nodeValue = 'Changed.';
    await settle();
    const r1 = revision();
    expect(r1).not.toBe(r0);
    document.body.append(document.createElement('p'));
    await settle();
    expect(revision()).not.toBe(r1);
    const moved = capturer.capture('https://a.example/next', null);
    expect(moved.ok && moved.value.revision).not.toBe(revision());
    capturer.dispose();
  });

  it('tells two instances apart (a re-injected content script starts a new revision)', () => {
    const a = pageCapturer(document, 'i1').capture(URL_A, null);
    const b = pageCapturer(document, 'i2').capture(URL_A, null);
    expect(a.ok && a.value.revision).not.toBe(b.ok && b.value.revision);
  });

  it('refuses a page over the bounds before copying it, and a page without a body', () => {
    document.body.innerHTML = `<p>${'x'.repeat(LIMITS.maxDocumentChars + 1)}</p>`;
    const capturer = pageCapturer(document, 'i1');
    expect(capturer.capture(URL_A, null)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    // Text within the bounds, but megabytes of inline script: the copy itself is too large.
    document.body.innerHTML = `<p>Story.</p><script>${'x'.repeat(LIMITS.maxHtmlChars)}</script>`;
    expect(capturer.capture(URL_A, null)).toMatchObject({
      ok: false,
      error: { code: 'too-large', message: expect.stringContaining('HTML') },
    });
    document.body.remove();
    expect(capturer.capture(URL_A, null)).toMatchObject({ ok: false, error: { code: 'empty' } });
    capturer.dispose();
  });
});
