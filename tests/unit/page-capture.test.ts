// @vitest-environment jsdom
/**
 * lib/page/capture.ts: the page as HTML for extraction off the page (issues 6 and 7), copied
 * again only when its text may have changed, refused before copying when it is too large, and
 * never kept when the page changed while it was copied in slices (issue 7).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CAPTURE_ATTEMPTS, pageCapturer } from '../../lib/page/capture';
import { LIMITS } from '../../lib/guard/limits';
import { parts } from '../../lib/page/capture-port';
import { drawMarkers } from '../../lib/page/markers';

const URL_A = 'https://a.example/story';
const at = (url: string) => () => url;
/** MutationObserver records arrive as a microtask after the change. */
const settle = () => new Promise((ok) => setTimeout(ok, 0));
/** Slices as small as they come: a pause after every piece, which runs `during` first. */
const slicing = (during: () => void = () => {}) => ({
  now: () => 0,
  sliceMs: 0,
  pieceElements: 1,
  pause: async () => {
    during();
    await settle();
  },
});

beforeEach(() => {
  document.documentElement.innerHTML =
    '<head></head><body><article><p>First paragraph of the story.</p><p>Second.</p></article></body>';
});

describe('pageCapturer', () => {
  it("gives the pdf reason for Chrome's PDF viewer, whose document is just an <embed>", async () => {
    const pdf = document.implementation.createHTMLDocument('');
    // jsdom makes only HTML and XML documents: the viewer's content type is set on this one.
    Object.defineProperty(pdf, 'contentType', { value: 'application/pdf' });
    const result = await pageCapturer(pdf, 'i0', slicing()).capture(at(URL_A), null);
    expect(result).toMatchObject({ ok: false, error: { code: 'pdf' } });
  });

  it('gives the whole document with its doctype, and nothing again for the revision it gave', async () => {
    const capturer = pageCapturer(document, 'i1', slicing());
    const first = await capturer.capture(at(URL_A), null);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const doctype = document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
    expect(first.value.pieces?.join('')).toBe(doctype + document.documentElement.outerHTML);
    expect(first.value.chars).toBe(first.value.pieces?.join('').length);
    const again = await capturer.capture(at(URL_A), first.value.revision);
    expect(again).toMatchObject({
      ok: true,
      value: { url: URL_A, revision: first.value.revision, pieces: null },
    });
    capturer.dispose();
  });

  it('stops at its next pause once the worker is gone (a port it closed, a second injection)', async () => {
    let pauses = 0;
    let gone = false;
    const capturer = pageCapturer(
      document,
      'i9',
      slicing(() => ((pauses += 1), (gone = pauses >= 2))),
    );
    await expect(capturer.capture(at(URL_A), null, () => gone)).rejects.toThrow(/abandoned/);
    expect(pauses).toBe(2);
    capturer.dispose();
  });

  it('gives a new revision after a change to the text or the nodes, or a new URL, not an attribute', async () => {
    const capturer = pageCapturer(document, 'i1', slicing());
    const revision = async () => {
      const r = await capturer.capture(at(URL_A), null);
      return r.ok ? r.value.revision : null;
    };
    const r0 = await revision();
    document.querySelector('p')!.setAttribute('data-tick', '1');
    expect(await revision()).toBe(r0);
    // No settling needed: records not yet delivered are counted too.
    document.querySelector('p')!.firstChild!.nodeValue = 'Changed.';
    const r1 = await revision();
    expect(r1).not.toBe(r0);
    document.body.append(document.createElement('p'));
    expect(await revision()).not.toBe(r1);
    const moved = await capturer.capture(at('https://a.example/next'), null);
    expect(moved.ok && moved.value.revision).not.toBe(await revision());
    capturer.dispose();
  });

  it("keeps the revision while Lede's own role markers are drawn and taken away", async () => {
    const capturer = pageCapturer(document, 'i1', slicing());
    const revision = async () => {
      const r = await capturer.capture(at(URL_A), null);
      return r.ok ? r.value.revision : null;
    };
    const r0 = await revision();
    const markers = drawMarkers(document, [
      { el: document.querySelector('p')!, role: 'result', label: 'Result' },
    ]);
    await settle();
    expect(await revision()).toBe(r0);
    markers.remove();
    expect(await revision()).toBe(r0);
    // A page's own element added beside them still counts.
    document.documentElement.append(document.createElement('div'));
    expect(await revision()).not.toBe(r0);
    capturer.dispose();
  });

  it('tells two instances apart (a re-injected content script starts a new revision)', async () => {
    const a = await pageCapturer(document, 'i1', slicing()).capture(at(URL_A), null);
    const b = await pageCapturer(document, 'i2', slicing()).capture(at(URL_A), null);
    expect(a.ok && a.value.revision).not.toBe(b.ok && b.value.revision);
  });

  it('copies again when the page changed between slices, and keeps a copy the page never tore', async () => {
    let changes = 1; // the page changes during the first copy only
    const capturer = pageCapturer(
      document,
      'i1',
      slicing(() => {
        if (changes-- > 0) document.querySelector('p')!.textContent = 'Rewritten while copied.';
      }),
    );
    const r = await capturer.capture(at(URL_A), null);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const html = r.value.pieces!.join('');
    expect(html).toContain('Rewritten while copied.');
    expect(html.endsWith(document.documentElement.outerHTML)).toBe(true);
    capturer.dispose();
  });

  it('gives the page-changed reason when every copy is torn, after a bounded number of them', async () => {
    let copies = 0;
    const capturer = pageCapturer(
      document,
      'i1',
      slicing(() => {
        copies++;
        document.body.append(document.createElement('p'));
      }),
    );
    expect(await capturer.capture(at(URL_A), null)).toMatchObject({
      ok: false,
      error: { code: 'page-changed' },
    });
    // Each copy stops at its first pause after a change (a page adding nodes as fast as they
    // are copied would otherwise keep one going for ever): a few pauses per attempt (the bounds
    // check's, then the copy's first), and the attempts are bounded.
    expect(copies).toBeGreaterThanOrEqual(CAPTURE_ATTEMPTS);
    expect(copies).toBeLessThanOrEqual(CAPTURE_ATTEMPTS * 4);
    capturer.dispose();
  });

  it('gives the page-changed reason when the address changes during every copy', async () => {
    let n = 0;
    const capturer = pageCapturer(document, 'i1', slicing());
    expect(await capturer.capture(() => `${URL_A}#${n++}`, null)).toMatchObject({
      ok: false,
      error: { code: 'page-changed' },
    });
    capturer.dispose();
  });

  it('leaves script and style texts out of the copy, keeping their elements and JSON-LD', async () => {
    document.head.innerHTML =
      '<style>p { color: red }</style><script>var a = "<p>not the article</p>";</script>' +
      '<script type="application/ld+json">{"headline":"Story"}</script>';
    const capturer = pageCapturer(document, 'i1', slicing());
    const copy = await capturer.capture(at(URL_A), null);
    expect(copy.ok && copy.value.pieces?.join('')).toContain(
      '<head><style></style><script></script><script type="application/ld+json">{"headline":"Story"}</script></head>',
    );
    expect(copy.ok && copy.value.pieces?.join('')).toContain('<p>First paragraph of the story.</p>');
    expect(copy.ok && copy.value.chars).toBe(copy.ok && copy.value.pieces?.join('').length);
    capturer.dispose();
  });

  it('refuses a page over the bounds before copying it, and a page without a body', async () => {
    document.body.innerHTML = `<p>${'x'.repeat(LIMITS.maxDocumentChars + 1)}</p>`;
    const capturer = pageCapturer(document, 'i1', slicing());
    expect(await capturer.capture(at(URL_A), null)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    // Text within the bounds, but megabytes of inline data: the copy itself is too large.
    document.body.innerHTML = `<p>Story.</p><script type="application/ld+json">${'x'.repeat(LIMITS.maxHtmlChars)}</script>`;
    expect(await capturer.capture(at(URL_A), null)).toMatchObject({
      ok: false,
      error: { code: 'too-large', message: expect.stringContaining('HTML') },
    });
    document.body.remove();
    expect(await capturer.capture(at(URL_A), null)).toMatchObject({ ok: false, error: { code: 'empty' } });
    capturer.dispose();
  });
});

describe('parts (the copy regrouped for the capture port)', () => {
  it('keeps every character in order, in parts no longer than the bound', () => {
    const pieces = ['<!DOCTYPE html>', '<html>', 'x'.repeat(25), '', '<p>a</p>', 'y'.repeat(7), '</html>'];
    const out = [...parts(pieces, 10)];
    expect(out.join('')).toBe(pieces.join(''));
    expect(out.every((p) => p.length <= 10)).toBe(true);
    expect(out.slice(0, -1).every((p) => p.length === 10)).toBe(true);
    expect([...parts([], 10)]).toEqual([]);
  });
});
