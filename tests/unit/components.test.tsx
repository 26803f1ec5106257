// @vitest-environment jsdom
/**
 * The popup's components rendered from a fixture Outline, without the extension (issue 2:
 * "can render from a fixture"): the header, the four sections in order in the article's
 * language, "not covered" lines, point links, Copy, errors and "Outline anyway".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { OutlineView } from '@/components/OutlineView';
import { plainOutline } from '@/components/plainOutline';
import { shownPoints } from '@/lib/format/shown';
import { tabIdFromSearch } from '@/components/extensionSource';
import { fixtureSource, type OutlineSource } from '@/components/useOutline';
import { extractArticle } from '@/lib/extract';
import { copyPayload, OUTLINE_SCOPE } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import { toMarkdown } from '@/lib/format/markdown';
import { uiStrings } from '@/lib/ui-strings';
import { emptySection, roleName } from '@/lib/i18n';
import { parseDocument } from '@/lib/node/parse';
import { outlineArticle } from '@/lib/pipeline';
import { ledeError } from '@/lib/errors';
import { ROLES, type Outline, type Result } from '@/lib/types';

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/seed/source.html'), 'utf8');
let seed: Outline;

beforeAll(() => {
  const article = extractArticle(parseDocument(SEED), { url: 'https://example.org/seed.html' });
  const r = outlineArticle(article);
  if (!r.ok) throw new Error(r.error.message);
  seed = r.value;
});

afterEach(cleanup);

const sectionNames = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const pointCount = (o: Outline) =>
  o.sections.reduce((n, s) => n + shownPoints(o, s).length, 0) + (o.gist ? 1 : 0);

describe('an outline from a fixture', () => {
  test('shows the title, the meta line and the four sections in fixed order, in Japanese', async () => {
    render(<OutlineView source={fixtureSource(seed)} surface="popup" />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', seed.title);
    expect(sectionNames()).toEqual(ROLES.map((r) => roleName(r, 'ja')));
    expect(screen.getAllByRole('link')).toHaveLength(pointCount(seed));
    // Section names follow the article's language, the interface its own setting.
    expect(document.querySelector('section.section')?.getAttribute('lang')).toBe('ja');
  });

  test("the interface speaks the language it is given, the sections the article's", async () => {
    const en = { ...seed, lang: 'en' };
    render(<OutlineView source={fixtureSource(en)} surface="sidepanel" t={uiStrings('ja')} />);
    await screen.findByRole('heading', { level: 1 });
    expect(sectionNames()).toEqual(['Background', 'Result', 'Strategy', 'Outlook']);
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    expect(document.querySelector('.lede')?.getAttribute('lang')).toBe('ja');
    expect(document.querySelector('.meta')?.textContent).toContain('英語');
  });

  test('a section the article does not cover says so in one line', async () => {
    // No point and no paragraph of the role.
    const outline = {
      ...seed,
      sections: seed.sections.map((s) => (s.role === 'strategy' ? { ...s, points: [] } : s)),
      paragraphs: seed.paragraphs.map((p) =>
        p.role === 'strategy' ? { ...p, role: 'background' as const } : p,
      ),
    };
    render(<OutlineView source={fixtureSource(outline)} surface="popup" />);
    const strategy = (await screen.findByRole('region', { name: roleName('strategy', 'ja') })) as HTMLElement;
    expect(within(strategy).getByText('この記事には該当する記述がありません。')).toBeTruthy();
    expect(within(strategy).queryAllByRole('link')).toHaveLength(0);
  });

  test('a role the article touches on without a point says so, not "not covered"', async () => {
    // The seed has strategy paragraphs; with no point above the bars the role is still there.
    expect(seed.paragraphs.some((p) => p.role === 'strategy')).toBe(true);
    const outline = {
      ...seed,
      sections: seed.sections.map((s) => (s.role === 'strategy' ? { ...s, points: [] } : s)),
    };
    const shown: string[] = [];
    render(
      <OutlineView
        source={fixtureSource(outline, (p) => shown.push(p.id))}
        surface="popup"
        t={uiStrings('ja')}
      />,
    );
    const strategy = (await screen.findByRole('region', { name: roleName('strategy', 'ja') })) as HTMLElement;
    expect(
      within(strategy).getByText('記事中で触れられていますが、要点に挙げる一文はありません。'),
    ).toBeTruthy();
    // …and offers to show where: the first paragraph that plays the role.
    const first = outline.paragraphs.find((p) => p.role === 'strategy')!;
    fireEvent.click(within(strategy).getByRole('button', { name: '該当箇所を表示' }));
    expect(shown).toEqual([first.id]);
    // The first paint says the same (components/plainOutline.ts).
    const plain = plainOutline(
      { status: 'ready', outline },
      { t: uiStrings('ja'), copyFormat: 'markdown', sidePanel: false },
    );
    const note = plain.querySelector('[data-role="strategy"] .not-covered')!;
    expect(note.firstChild?.textContent).toBe(emptySection('strategy', 'ja', { gist: true, touched: true }));
    expect(note.querySelector('button.show-where')?.getAttribute('data-paragraph')).toBe(first.id);
    expect(copyPayload(outline, OUTLINE_SCOPE, 'markdown')['text/plain']).toContain(
      '_記事中で触れられていますが、要点に挙げる一文はありません。_',
    );
  });

  test('an empty Result under a gist points up to the gist instead of saying "not covered"', async () => {
    const outline = {
      ...seed,
      sections: seed.sections.map((s) => (s.role === 'result' ? { ...s, points: [] } : s)),
    };
    const { unmount } = render(<OutlineView source={fixtureSource(outline)} surface="popup" />);
    const result = (await screen.findByRole('region', { name: roleName('result', 'ja') })) as HTMLElement;
    expect(within(result).getByText('主な出来事は冒頭の要点のとおりです。')).toBeTruthy();
    expect(within(result).queryByRole('button', { name: 'Show where' })).toBeNull();
    unmount();
    // Without a gist it says what any empty section of a role the article plays says.
    render(<OutlineView source={fixtureSource({ ...outline, gist: null })} surface="popup" />);
    const bare = (await screen.findByRole('region', { name: roleName('result', 'ja') })) as HTMLElement;
    expect(within(bare).getByText('記事中で触れられていますが、要点に挙げる一文はありません。')).toBeTruthy();
    // The interface's word inside the article's `lang`: marked as the interface's, as the copy
    // buttons are (read in the article's voice, it was garbled), in the first paint too.
    expect(within(bare).getByRole('button', { name: 'Show where' }).getAttribute('lang')).toBe('en');
    const plain = plainOutline(
      { status: 'ready', outline: { ...outline, gist: null } },
      { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: false },
    );
    expect(plain.querySelector('button.show-where')?.getAttribute('lang')).toBe('en');
    cleanup();
    // A role no paragraph plays is "not covered", with nothing to show.
    const none = {
      ...seed,
      paragraphs: seed.paragraphs.map((p) => (p.role === 'outlook' ? { ...p, role: 'other' as const } : p)),
      sections: seed.sections.map((s) => (s.role === 'outlook' ? { ...s, points: [] } : s)),
    };
    render(<OutlineView source={fixtureSource(none)} surface="popup" />);
    const outlook = (await screen.findByRole('region', { name: roleName('outlook', 'ja') })) as HTMLElement;
    expect(
      within(outlook).getByText(emptySection('outlook', 'ja', { gist: true, touched: false })),
    ).toBeTruthy();
    expect(within(outlook).queryByRole('button')).toBeNull();
  });

  test('Result does not repeat the gist, on screen or in a copy of the outline; a copy of Result keeps it', async () => {
    // The seed's gist is also Result's first point, as in most outlines (components/shownPoints.ts).
    const gist = seed.gist!;
    const result = seed.sections.find((s) => s.role === 'result')!;
    expect(result.points.map((p) => p.sentence)).toContain(gist.sentence);
    render(<OutlineView source={fixtureSource(seed)} surface="popup" />);
    const region = (await screen.findByRole('region', { name: roleName('result', 'ja') })) as HTMLElement;
    expect(screen.getAllByRole('link', { name: gist.text })).toHaveLength(1);
    expect(within(region).queryByRole('link', { name: gist.text })).toBeNull();
    expect(within(region).getAllByRole('link')).toHaveLength(result.points.length - 1);
    // A copy of the whole outline reads as the screen does; a copy of Result alone keeps it.
    const markdown = (scope: CopyScope) => copyPayload(seed, scope, 'markdown')['text/plain'];
    expect(markdown(OUTLINE_SCOPE).split(gist.text)).toHaveLength(2);
    expect(markdown({ kind: 'section', role: 'result' })).toContain(gist.text);
    cleanup();
    // Result holding the gist alone points up to it, as an empty Result does.
    const alone = {
      ...seed,
      sections: seed.sections.map((s) => (s.role === 'result' ? { ...s, points: [gist] } : s)),
    };
    render(<OutlineView source={fixtureSource(alone)} surface="popup" />);
    const only = (await screen.findByRole('region', { name: roleName('result', 'ja') })) as HTMLElement;
    expect(within(only).getByText('主な出来事は冒頭の要点のとおりです。')).toBeTruthy();
  });

  test("a point's link asks the source to show its paragraph", async () => {
    const shown: string[] = [];
    const source = fixtureSource(seed, (p) => shown.push(p.id));
    render(<OutlineView source={source} surface="popup" />);
    const point = seed.sections.find((s) => s.points.length)!.points[0];
    fireEvent.click(await screen.findByRole('link', { name: point.text }));
    expect(shown).toEqual([point.paragraphIds[0]]);
  });

  test('a section copies on its own (issue 4); an empty section offers no copy', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const outline = {
      ...seed,
      sections: seed.sections.map((s) => (s.role === 'strategy' ? { ...s, points: [] } : s)),
    };
    render(<OutlineView source={fixtureSource(outline)} surface="popup" t={uiStrings('ja')} />);
    fireEvent.click(await screen.findByRole('button', { name: '背景をコピー' }));
    await screen.findByText(/コピーしました/);
    expect(writeText).toHaveBeenCalledWith(
      copyPayload(outline, { kind: 'section', role: 'background' }, 'markdown')['text/plain'],
    );
    expect(screen.queryByRole('button', { name: '戦略をコピー' })).toBeNull();
    // Result offers its copy too: the copy holds the main event, which the screen shows on top.
    expect(screen.getByRole('button', { name: '結果をコピー' })).toBeTruthy();
  });

  test("a point copies on its own, the gist too; each copy is that point's (issue 4)", async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<OutlineView source={fixtureSource(seed)} surface="popup" t={uiStrings('ja')} />);
    const buttons = await screen.findAllByRole('button', { name: 'この要点をコピー' });
    const shown = seed.sections.flatMap((s) => shownPoints(seed, s));
    expect(buttons).toHaveLength(shown.length + 1); // and the gist's
    // Result's shown points skip the gist's sentence: a copy still names the point by its
    // place among all of Result's points, so the last button copies Result's last point.
    const result = seed.sections.find((s) => s.role === 'result')!;
    const region = screen.getByRole('region', { name: roleName('result', 'ja') });
    const inResult = within(region).getAllByRole('button', { name: 'この要点をコピー' });
    fireEvent.click(inResult[inResult.length - 1]);
    await within(region).findByText(/コピーしました/);
    const index = result.points.length - 1;
    expect(writeText).toHaveBeenLastCalledWith(
      copyPayload(seed, { kind: 'point', role: 'result', index }, 'markdown')['text/plain'],
    );
    expect(writeText.mock.calls[0][0]).toContain(result.points[index].text);
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText).toHaveBeenLastCalledWith(copyPayload(seed, { kind: 'gist' }, 'markdown')['text/plain']);
  });

  test('Copy writes the Markdown outline and confirms', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<OutlineView source={fixtureSource(seed)} surface="popup" t={uiStrings('ja')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'コピー（Markdown）' }));
    await screen.findByText(/コピーしました/);
    expect(writeText).toHaveBeenCalledWith(toMarkdown(seed));
  });

  test('Copy in the rich format writes HTML with plain text beside it, and says so first', async () => {
    const write = vi.fn((_items: unknown[]) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    class FakeItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeItem);
    render(
      <OutlineView source={fixtureSource(seed)} surface="popup" t={uiStrings('en')} copyFormat="rich" />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Copy (Rich text)' }));
    await screen.findByText(/Copied/);
    const item = write.mock.calls[0][0][0] as FakeItem;
    const payload = copyPayload(seed, OUTLINE_SCOPE, 'rich');
    expect(await item.items['text/html'].text()).toBe(payload['text/html']);
    expect(await item.items['text/plain'].text()).toBe(payload['text/plain']);
    vi.unstubAllGlobals();
  });

  test('the point and section the reader is at are marked as the current location', async () => {
    const section = seed.sections.find((s) => s.points.length)!;
    const point = section.points[0];
    render(<OutlineView source={fixtureSource(seed)} surface="sidepanel" here={point.paragraphIds[0]} />);
    const link = await screen.findByRole('link', { name: point.text });
    expect(link.getAttribute('aria-current')).toBe('location');
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(document.querySelector('section.here')?.getAttribute('data-role')).toBe(
      seed.paragraphs.find((p) => p.id === point.paragraphIds[0])!.role === 'other'
        ? section.role
        : seed.paragraphs.find((p) => p.id === point.paragraphIds[0])!.role,
    );
  });

  test('page text is shown as text, never as HTML', async () => {
    const hostile = { ...seed, title: '<img src=x onerror="window.__owned=1">見出し', byline: '<b>bold</b>' };
    render(<OutlineView source={fixtureSource(hostile)} surface="popup" />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(hostile.title);
    expect(document.querySelector('img, b')).toBeNull();
  });

  test('an English outline names its sections in English', async () => {
    const en = { ...seed, lang: 'en' };
    render(<OutlineView source={fixtureSource(en)} surface="popup" />);
    await screen.findByRole('heading', { level: 1 });
    expect(sectionNames()).toEqual(['Background', 'Result', 'Strategy', 'Outlook']);
    expect(screen.getByRole('button', { name: 'Copy (Markdown)' })).toBeTruthy();
  });
});

describe('errors', () => {
  test('a page that is not an article gets its reason and "Outline anyway", which forces', async () => {
    const calls: boolean[] = [];
    const source: OutlineSource = {
      outline: async ({ force }): Promise<Result<Outline>> => {
        calls.push(force);
        return force ? { ok: true, value: seed } : { ok: false, error: ledeError('not-article', true) };
      },
      show: async () => ({ ok: true, value: null }),
    };
    render(<OutlineView source={source} surface="popup" />);
    expect((await screen.findByRole('alert')).textContent).toContain(ledeError('not-article').message);
    fireEvent.click(screen.getByRole('button', { name: 'Outline anyway' }));
    await screen.findByRole('heading', { level: 1 });
    expect(calls.at(-1)).toBe(true);
  });

  test('a browser page gets its reason and no button', async () => {
    render(
      <OutlineView source={fixtureSource({ ok: false, error: ledeError('restricted') })} surface="popup" />,
    );
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Outline anyway' })).toBeNull();
  });

  test('a source that rejects still ends in a message, not a spinner', async () => {
    const source: OutlineSource = {
      outline: () => Promise.reject(new Error('worker gone')),
      show: async () => ({ ok: true, value: null }),
    };
    render(<OutlineView source={source} surface="popup" />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('worker gone'));
  });
});

test('the popup takes its tab from ?tabId=N, and only a plain number', () => {
  expect(tabIdFromSearch('?tabId=42')).toBe(42);
  expect(tabIdFromSearch('')).toBeNull();
  expect(tabIdFromSearch('?tabId=4x')).toBeNull();
  expect(tabIdFromSearch('?tabId=-1')).toBeNull();
});
