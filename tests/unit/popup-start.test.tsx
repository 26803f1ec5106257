// @vitest-environment jsdom
/**
 * The popup's start-up (issue 7): the first outline request goes out before the UI exists and
 * is taken once; a plain-DOM first paint with exactly React's markup, which React replaces
 * (a click made on it in between is made again); the tab's last outline painted only when it
 * is of the same page at the same length; an answer that arrives before the reader's settings
 * is shown at once.
 */
import { join } from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { firstPaint } from '@/components/firstPaint';
import { keptFor } from '@/lib/lastOutline';
import { OutlineBody } from '@/components/OutlineView';
import { plainOutline, type PlainState } from '@/components/plainOutline';
import { PopupApp } from '@/components/PopupApp';
import { prefetchFirst } from '@/components/prefetch';
import { fixtureSource, type OutlineState } from '@/components/useOutline';
import { ledeError } from '@/lib/errors';
import { extractArticle } from '@/lib/extract';
import { textFragmentUrl } from '@/lib/format/fragment';
import { copyView } from '@/lib/format/scope';
import { shownPoints } from '@/lib/format/shown';
import { readHtmlFile } from '@/lib/node/load';
import { parseDocument } from '@/lib/node/parse';
import { outlineArticle } from '@/lib/pipeline';
import { createMemoryArea, DEFAULT_SETTINGS, settingKey, type StorageArea } from '@/lib/storage';
import { uiStrings } from '@/lib/ui-strings';
import { seedOutline } from './seed-outline';

afterEach(() => {
  cleanup();
  document.body.replaceChildren(); // the firstPaint tests' own roots
});

const seed = seedOutline();

describe('prefetchFirst', () => {
  test('asks at once; the first plain request takes that answer, later ones ask again', async () => {
    let n = 0;
    const ask = vi.fn(async (force: boolean) => `${force ? 'force' : 'plain'} ${++n}`);
    const outline = prefetchFirst(ask);
    expect(ask).toHaveBeenCalledTimes(1); // before anyone asked
    expect(await outline({ force: false })).toBe('plain 1');
    expect(await outline({ force: false })).toBe('plain 2');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  test('"Outline anyway" first asks again with force, and drops the early answer', async () => {
    const ask = vi.fn(async (force: boolean) => (force ? 'force' : 'plain'));
    const outline = prefetchFirst(ask);
    expect(await outline({ force: true })).toBe('force');
    expect(await outline({ force: false })).toBe('plain');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  test('takes a request already sent instead of sending one', async () => {
    const ask = vi.fn(async () => 'asked');
    const outline = prefetchFirst(ask, Promise.resolve('sent before'));
    expect(await outline({ force: false })).toBe('sent before');
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('the plain first paint has React’s markup', () => {
  const reactHtml = (
    state: OutlineState,
    lang: 'en' | 'ja',
    sidePanel: boolean,
    format: 'markdown' | 'rich',
  ) => {
    const { container } = render(
      <OutlineBody
        outline={{
          state,
          outlineAnyway: () => {},
          reload: () => {},
          show: async () => null,
          openSidePanel: sidePanel ? () => {} : undefined,
        }}
        surface="popup"
        t={uiStrings(lang)}
        copyFormat={format}
      />,
    );
    const html = container.innerHTML;
    cleanup();
    return html;
  };
  const plainHtml = (state: PlainState, lang: 'en' | 'ja', sidePanel: boolean, format: 'markdown' | 'rich') =>
    plainOutline(state, { t: uiStrings(lang), copyFormat: format, sidePanel }).outerHTML;

  test('an outline, in either interface language, with and without the side-panel button', () => {
    const en = { ...seed, lang: 'en', byline: 'A <b>byline</b>', publishedTime: '2026-11-20T10:00:00Z' };
    for (const outline of [seed, en])
      for (const [lang, sidePanel, format] of [
        ['ja', true, 'markdown'],
        ['en', false, 'rich'],
      ] as const) {
        const state = { status: 'ready', outline } as const;
        expect(plainHtml(state, lang, sidePanel, format)).toBe(reactHtml(state, lang, sidePanel, format));
      }
  });

  test('an empty section, no gist, a reason with and without "Outline anyway", and loading', () => {
    const sparse = { ...seed, gist: null, sections: seed.sections.map((s) => ({ ...s, points: [] })) };
    const states: PlainState[] = [
      { status: 'ready', outline: sparse },
      { status: 'error', error: ledeError('not-article', true) },
      { status: 'error', error: ledeError('restricted') },
      { status: 'error', error: { ...ledeError('unsupported-language', true, 'German'), lang: 'de' } },
      { status: 'loading' },
    ];
    for (const state of states)
      for (const lang of ['en', 'ja'] as const)
        expect(plainHtml(state, lang, true, 'markdown')).toBe(reactHtml(state, lang, true, 'markdown'));
  });

  test('each point links where its copy links: the start term unique, ruby readings in place', () => {
    // ja-news 20-nhk-easy: Chromium finds a ruby's base followed by its reading, so a link made
    // from the shown text alone lands nowhere (lib/format/searchable.ts). The popup showed such
    // links until outlines carried the copy's link (thirteenth session).
    const html = readHtmlFile(
      join(import.meta.dirname, '../../../shared/data/ja-news/pages/20-nhk-easy-taibatsu.html'),
    );
    const r = outlineArticle(
      extractArticle(parseDocument(html), { url: 'https://www3.nhk.or.jp/news/easy/x.html' }),
    );
    if (!r.ok) throw new Error(r.error.message);
    const outline = r.value;
    const copied = copyView(outline);
    const links = [copied.gist, ...copied.sections.flatMap((s) => s.points)].flatMap((p) =>
      p ? [p.link] : [],
    );
    const state = { status: 'ready', outline } as const;
    const hrefs = (markup: string) =>
      [...new DOMParser().parseFromString(markup, 'text/html').querySelectorAll('.point a')].map((a) =>
        a.getAttribute('href'),
      );
    expect(links.length).toBeGreaterThan(1);
    expect(hrefs(plainHtml(state, 'ja', false, 'markdown'))).toEqual(links);
    expect(hrefs(reactHtml(state, 'ja', false, 'markdown'))).toEqual(links);
    const shownOnly = [outline.gist!, ...outline.sections.flatMap((s) => shownPoints(outline, s))].map((p) =>
      textFragmentUrl(outline.url, p.sentence),
    );
    expect(links.filter((l, i) => l !== shownOnly[i]).length).toBeGreaterThan(0);
  });

  test('page text stays text: markup in a title is never parsed', () => {
    const outline = { ...seed, title: '<img src=x onerror=alert(1)>' };
    const el = plainOutline(
      { status: 'ready', outline },
      { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false },
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toBe(outline.title);
  });
});

describe('firstPaint', () => {
  const setup = () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.replaceChildren(root);
    const paint = firstPaint(root);
    paint.paint(
      { status: 'ready', outline: seed },
      { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false },
    );
    return { root, paint };
  };

  test('a click on the plain paint does nothing there, and is made again on React’s element', () => {
    const { root, paint } = setup();
    const link = root.querySelectorAll('a')[2];
    expect(link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
    const react = plainOutline(
      { status: 'ready', outline: seed },
      { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false },
    );
    const container = document.createElement('div');
    container.append(react);
    const clicked = vi.fn();
    container.querySelectorAll('a')[2].addEventListener('click', (e) => {
      e.preventDefault();
      clicked();
    });
    paint.takeOver(container);
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(document.getElementById('root')).toBe(container);
    expect(
      paint.paint({ status: 'loading' }, { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false }),
    ).toBe(false);
  });

  test('a paint of what is on screen leaves it alone; another outline replaces it', () => {
    const { root, paint } = setup();
    const shown = root.firstElementChild;
    const opts = { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false } as const;
    expect(paint.paint({ status: 'ready', outline: structuredClone(seed) }, opts)).toBe(true);
    expect(root.firstElementChild).toBe(shown);
    const other = { ...seed, title: 'Another title' };
    expect(paint.paint({ status: 'ready', outline: other }, opts)).toBe(true);
    expect(root.firstElementChild).not.toBe(shown);
    expect(root.querySelector('h1')?.textContent).toBe('Another title');
  });

  test('a kept click is not made on a different element (the answer changed the outline)', () => {
    const { root, paint } = setup();
    root.querySelectorAll('a')[0].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const container = document.createElement('div');
    container.innerHTML = '<a href="#">something else</a>';
    const clicked = vi.fn((e: Event) => e.preventDefault());
    container.querySelector('a')!.addEventListener('click', clicked);
    paint.takeOver(container);
    expect(clicked).not.toHaveBeenCalled();
  });

  test('a kept click on a copy button is not made on another point’s or section’s', () => {
    // Every point's copy button is empty and every section's says "Copy": by place and text
    // alone, a click kept on the kept outline's point copied another point of the fresh one.
    const { paint } = setup();
    const opts = { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false } as const;
    const copies = () => [...document.querySelectorAll<HTMLElement>('.copy-point')];
    const target = copies()[1];
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const fresh = structuredClone(seed);
    const points = fresh.sections.flatMap((s) => s.points);
    [points[0].text, points[1].text] = [points[1].text, points[0].text];
    const container = document.createElement('div');
    container.append(plainOutline({ status: 'ready', outline: fresh }, opts));
    const clicked = vi.fn((e: Event) => e.preventDefault());
    for (const b of container.querySelectorAll('.copy-point')) b.addEventListener('click', clicked);
    paint.takeOver(container);
    expect(clicked).not.toHaveBeenCalled();
  });

  test('a modified click is left to the browser and not kept for React', () => {
    const { root, paint } = setup();
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    let prevented: boolean | null = null;
    // Read at the document, after firstPaint's listener, then stopped: jsdom would navigate.
    const spy = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', spy);
    root.querySelector('a')!.dispatchEvent(ev);
    document.removeEventListener('click', spy);
    expect(prevented).toBe(false);
    const container = document.createElement('div');
    container.append(
      plainOutline(
        { status: 'ready', outline: seed },
        { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false },
      ),
    );
    const clicked = vi.fn((e: Event) => e.preventDefault());
    container.querySelector('a')!.addEventListener('click', clicked);
    paint.takeOver(container);
    expect(clicked).not.toHaveBeenCalled();
  });
});

describe('keptFor: the tab’s last outline, only for the same page and length', () => {
  const entry = () => ({
    url: 'https://example.org/a.html#top',
    length: 'standard',
    result: { ok: true, value: seed },
  });
  test('same page (fragment aside) and length: painted', () => {
    expect(keptFor(entry(), 'https://example.org/a.html', 'standard')).toEqual({ ok: true, value: seed });
  });
  test('another page, another length, an unknown URL or a malformed entry: not painted', () => {
    expect(keptFor(entry(), 'https://example.org/b.html', 'standard')).toBeNull();
    expect(keptFor(entry(), 'https://example.org/a.html', 'brief')).toBeNull();
    expect(keptFor(entry(), undefined, 'standard')).toBeNull();
    expect(
      keptFor({ url: 'https://example.org/a.html', result: 'x' }, 'https://example.org/a.html', 'standard'),
    ).toBeNull();
    expect(keptFor(null, 'https://example.org/a.html', 'standard')).toBeNull();
  });
});

/** A storage area that never answers: settings that are still loading. */
const stalled: StorageArea = {
  get: () => new Promise(() => {}),
  set: async () => {},
  remove: async () => {},
};

describe('PopupApp', () => {
  const answer = { ok: false as const, error: ledeError('not-article', true) };

  test('an answer that comes before the settings is shown, in the browser language', async () => {
    render(<PopupApp source={fixtureSource(answer)} area={stalled} />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(document.querySelector('.lede')?.getAttribute('lang')).toBe('en');
  });

  test('with the settings read, the interface is in the reader’s language', async () => {
    const area = createMemoryArea();
    await area.set({ [settingKey('uiLang')]: 'ja' });
    render(<PopupApp source={fixtureSource(answer)} area={area} />);
    await screen.findByRole('alert');
    await vi.waitFor(() => expect(document.querySelector('.lede')?.getAttribute('lang')).toBe('ja'));
  });

  test('settings read before React are used from the first render; onShown comes with the answer', async () => {
    const onShown = vi.fn();
    const initial = { settings: { ...DEFAULT_SETTINGS, uiLang: 'ja' as const }, unreadable: [] };
    await act(async () => {
      render(
        <PopupApp
          source={fixtureSource(answer)}
          area={stalled}
          initialSettings={initial}
          onShown={onShown}
        />,
      );
    });
    expect(document.querySelector('.lede')?.getAttribute('lang')).toBe('ja');
    expect(onShown).toHaveBeenCalledTimes(1);
  });
});
