/**
 * Issue 4, in real Chromium: a rich copy (text/html and text/plain written together with
 * navigator.clipboard.write) pasted with Ctrl+V into a contenteditable page keeps its headings,
 * list items and links; pasted into a textarea it gives the plain text. This is what Google
 * Docs, Notion, Slack or Gmail receive (their editors are contenteditable).
 *
 * Clipboard access: `context.grantPermissions(['clipboard-read', 'clipboard-write'])` with no
 * origin (../shared/guides/extension-testing.md), and the writing page brought to the front.
 *
 * Run: npx vitest run --project e2e tests/e2e/richcopy.test.ts
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyPayload, type ClipboardPayload, type CopyScope } from '../../lib/format/copy';
import { pointLinker } from '../../lib/format/scope';
import { shownPoints } from '../../lib/format/shown';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import { ROLES, type Outline } from '../../lib/types';
import { launch, ROOT, serve, SHARED, type Launched, type Served } from './harness';

const BENCH = `${SHARED}/data/extraction-benchmark/html/`;
const SOURCES = {
  ja: `${ROOT}/tests/fixtures/seed/source.html`,
  en: BENCH + readdirSync(BENCH).find((f) => f.startsWith('360c732d1fdb'))!,
};
const EDITOR =
  '<!doctype html><meta charset="utf-8"><title>editor</title>' +
  '<div id="ed" contenteditable="true" style="min-height:200px"></div><textarea id="ta"></textarea>';

let server: Served;
let browser: Launched;

beforeAll(async () => {
  server = await serve({ '/editor.html': () => ({ body: EDITOR, type: 'text/html; charset=utf-8' }) });
  browser = await launch({ withExtension: false });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function outlineOf(file: string): Outline {
  const r = outlineArticle(extractFromHtml(readHtmlFile(file), 'https://news.example.org/story?id=7'), {
    force: true,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Writes the payload as the extension does, then pastes it into the editor with Ctrl+V. */
async function copyAndPaste(page: Page, payload: ClipboardPayload, target: '#ed' | '#ta'): Promise<void> {
  await page.goto(`${server.origin}/editor.html`);
  await page.bringToFront();
  await page.evaluate(async (p) => {
    const item = new ClipboardItem(
      Object.fromEntries(Object.entries(p).map(([type, s]) => [type, new Blob([s as string], { type })])),
    );
    await navigator.clipboard.write([item]);
  }, payload);
  await page.click(target);
  await page.keyboard.press('Control+V');
}

interface Pasted {
  h1: string[];
  h2: string[];
  items: string[];
  links: { text: string; href: string }[];
  text: string;
}

async function pasted(page: Page): Promise<Pasted> {
  await expect
    .poll(() => page.evaluate(() => document.getElementById('ed')!.textContent!.length))
    .toBeGreaterThan(0);
  return page.evaluate(() => {
    const ed = document.getElementById('ed')!;
    const texts = (sel: string) => [...ed.querySelectorAll(sel)].map((e) => e.textContent!.trim());
    return {
      h1: texts('h1'),
      h2: texts('h2'),
      items: texts('li'),
      links: [...ed.querySelectorAll('a')].map((a) => ({ text: a.textContent!, href: a.href })),
      text: ed.textContent!,
    };
  });
}

describe.each(Object.entries(SOURCES))('%s', (lang, file) => {
  const o = outlineOf(file);
  // The points a copy of the whole outline lists: Result does not repeat the gist (lib/format/shown.ts).
  const points = o.sections.flatMap((s) => shownPoints(o, s));
  const sectionNames =
    lang === 'ja' ? ['背景', '結果', '戦略', '展望'] : ['Background', 'Result', 'Strategy', 'Outlook'];

  it('the whole outline pastes as a heading, four section headings, list items and links', async () => {
    const page = await browser.context.newPage();
    await copyAndPaste(page, copyPayload(o, { kind: 'outline' }, 'rich'), '#ed');
    const p = await pasted(page);
    expect(p.h1).toEqual([o.title]);
    expect(p.h2).toEqual(sectionNames);
    expect(p.items.length).toBe(points.length);
    for (const [i, pt] of points.entries()) expect(p.items[i]).toContain(pt.text);
    // The source URL, then one link per point (the gist's too) to its exact sentence.
    const hrefs = p.links.map((l) => l.href);
    expect(hrefs).toContain(o.url);
    for (const pt of [o.gist!, ...points]) expect(hrefs).toContain(pt.link);
    await page.close();
  });

  it('a section and a point paste with their source line', async () => {
    const page = await browser.context.newPage();
    const role = ROLES.find((r) => o.sections.find((s) => s.role === r)!.points.length)!;
    const section = o.sections.find((s) => s.role === role)!;
    await copyAndPaste(page, copyPayload(o, { kind: 'section', role } as CopyScope, 'rich'), '#ed');
    let p = await pasted(page);
    expect(p.h2).toEqual([sectionNames[ROLES.indexOf(role)]]);
    expect(p.items.length).toBe(section.points.length);
    expect(p.links.find((l) => l.href === o.url)?.text).toBe(o.title);

    await copyAndPaste(page, copyPayload(o, { kind: 'point', role, index: 0 }, 'rich'), '#ed');
    p = await pasted(page);
    expect(p.text).toContain(section.points[0].text);
    expect(p.links.map((l) => l.href)).toEqual([section.points[0].link, o.url]);
    await page.close();
  });

  it('a plain-text field receives the plain text of the same copy', async () => {
    const page = await browser.context.newPage();
    const payload = copyPayload(o, { kind: 'outline' }, 'rich');
    await copyAndPaste(page, payload, '#ta');
    await expect.poll(() => page.inputValue('#ta')).toBe(payload['text/plain'].replace(/\r\n/g, '\n'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(payload['text/plain']);
    await page.close();
  });
});

it('page text that looks like HTML pastes as text, never as markup', async () => {
  const o = outlineOf(SOURCES.en);
  const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b> & <a href="javascript:alert(1)">x</a>';
  const hostile: Outline = {
    ...o,
    title: evil,
    sections: o.sections.map((s, i) =>
      i ? s : { ...s, points: [pointLinker(o)({ text: evil, sentence: evil, paragraphIds: ['p0'] })] },
    ),
  };
  const page = await browser.context.newPage();
  await copyAndPaste(page, copyPayload(hostile, { kind: 'outline' }, 'rich'), '#ed');
  const p = await pasted(page);
  expect(p.h1).toEqual([evil]);
  expect(p.items[0]).toContain(evil);
  const markup = await page.evaluate(() => ({
    imgs: document.querySelectorAll('#ed img, #ed b').length,
    js: [...document.querySelectorAll('#ed a')].filter((a) =>
      a.getAttribute('href')!.startsWith('javascript'),
    ).length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
  }));
  expect(markup).toEqual({ imgs: 0, js: 0, pwned: 0 });
  await page.close();
});
