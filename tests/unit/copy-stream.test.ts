/**
 * lib/guard/copy-stream.ts: a copy fed to the parser part by part (issue 7: the first open) must
 * be parsed from exactly the text the whole copy would be (`withoutParseHazards`), and refused
 * for exactly the bounds `checkHtml` names, wherever the parts are cut. The parse itself, write
 * by write against DOMParser, is compared in Chromium (tests/e2e/offscreen.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyStream } from '../../lib/guard/copy-stream';
import { checkHtml } from '../../lib/guard/dom';
import { LIMITS } from '../../lib/guard/limits';
import { withoutParseHazards } from '../../lib/extract/reparse';
import { readHtmlFile } from '../../lib/node/load';

const JA = join(import.meta.dirname, '../../../shared/data/ja-news/pages');

/** A stand-in document that records what its parser is given. */
function recorder() {
  const writes: string[] = [];
  let closed = false;
  const doc = {
    write: (s: string) => void writes.push(s),
    close: () => void (closed = true),
  } as unknown as Document;
  return { open: () => doc, writes, closed: () => closed };
}

/** `html` cut at `cuts` pseudo-random places (a fixed seed: the same cuts every run). */
function cut(html: string, cuts: number, seed: number): string[] {
  let x = seed;
  const at = Array.from({ length: cuts }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % html.length));
  at.sort((a, b) => a - b);
  return [0, ...at].map((a, i) => html.slice(a, i < at.length ? at[i] : html.length));
}

const HAZARDS =
  '<!DOCTYPE html><html><head><title>t</title></head><body><video src="v.mp4" onclick="x()"><source media="(min-width: 1px)" src="a"></video>' +
  '<p title="a &gt; b" onmouseover=\'go()\'>Text &lt;video&gt; here</p><audio controls></audio><img onerror="e()" src="i.png"></body></html>';

describe('copyStream', () => {
  const pages = [
    HAZARDS,
    ...readdirSync(JA)
      .slice(0, 6)
      .map((f) => readHtmlFile(join(JA, f))),
  ];
  it.each(pages.map((html, i) => [i, html] as const))(
    'page %i: the parser is given the whole copy without its hazards, at any cut',
    (_, html) => {
      for (const [cuts, seed] of [
        [0, 1],
        [3, 7],
        [40, 11],
        [Math.min(html.length - 1, 400), 13],
      ]) {
        const r = recorder();
        const stream = copyStream(r.open);
        for (const part of cut(html, cuts, seed)) stream.write(part);
        const done = stream.finish();
        expect('doc' in done).toBe(true);
        expect(r.writes.join('')).toBe(withoutParseHazards(html));
        expect(r.closed()).toBe(true);
        if ('doc' in done) expect(done.html()).toBe(withoutParseHazards(html));
      }
    },
  );

  it('refuses a copy past a bound as checkHtml refuses the whole, and parses no more of it', () => {
    const many = '<!DOCTYPE html><html><body>' + '<p>a</p>'.repeat(120) + '</body></html>';
    for (const limits of [
      { ...LIMITS, maxElements: 50 },
      { ...LIMITS, maxHtmlChars: 500 },
      { ...LIMITS, maxElements: 50, maxHtmlChars: 500 },
    ]) {
      const r = recorder();
      const stream = copyStream(r.open, limits);
      for (const part of cut(many, 20, 5)) stream.write(part);
      const done = stream.finish();
      expect(done).toEqual({ error: checkHtml(many, limits) });
      expect(r.closed()).toBe(false);
    }
  });
});
