// @vitest-environment jsdom
/**
 * The side panel following its window's active tab (issue 5), with the extension's messages
 * faked: what the panel shows while a tab's outline is on its way must never be another tab's
 * outline, reason or notice, and the page markers must never be another tab's.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ledeError } from '@/lib/errors';
import { SELECTION_KEY } from '@/lib/protocol';
import { createMemoryArea, settingKey, type StorageArea } from '@/lib/storage';
import type { Outline, Result } from '@/lib/types';
import { uiStrings } from '@/lib/ui-strings';
import { seedOutline } from './seed-outline';

type Deferred = { resolve(r: Result<unknown>): void };
const h = vi.hoisted(() => ({
  /** The panel's listener for tab switches (lib/glue.ts onActiveTabChange). */
  onTab: null as ((tabId: number) => void) | null,
  /** Outline requests waiting for their answer, per tab. */
  pending: new Map<number, Deferred[]>(),
  /** What `show` answers. */
  showAnswer: { ok: true, value: null } as unknown,
  sent: [] as { type: string; data: { tabId: number; items?: { ref: { text: string } }[] } }[],
}));

vi.mock('@/lib/glue', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/glue')>()),
  activeTabId: async () => 1,
  currentWindowId: async () => 10,
  onActiveTabChange: (_windowId: number, listener: (tabId: number) => void) => {
    h.onTab = listener;
    return () => {
      if (h.onTab === listener) h.onTab = null;
    };
  },
  hasFollowPermission: async () => true,
  commandShortcut: async () => null,
}));

vi.mock('@/lib/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/protocol')>()),
  onMessage: () => () => {},
  sendMessage: (type: string, data: { tabId: number }) => {
    h.sent.push({ type, data });
    if (type === 'outline')
      return new Promise((resolve) => {
        const list = h.pending.get(data.tabId) ?? [];
        list.push({ resolve });
        h.pending.set(data.tabId, list);
      });
    if (type === 'show') return Promise.resolve(h.showAnswer);
    return Promise.resolve({ ok: true, value: 0 });
  },
}));

const { SidePanelApp } = await import('@/components/sidepanel/SidePanelApp');

const seed = seedOutline();

beforeEach(() => {
  h.onTab = null;
  h.pending.clear();
  h.sent.length = 0;
  h.showAnswer = { ok: true, value: null };
});
afterEach(() => {
  cleanup();
  // Settle what is left, so no bounded request keeps its timer.
  for (const list of h.pending.values()) for (const d of list) d.resolve(noTab);
});

const en = uiStrings('en');
const noTab: Result<Outline> = { ok: false, error: ledeError('no-tab') };
const titled = (title: string): Outline => ({ ...seed, title });
const asked = (tabId: number) => h.pending.get(tabId)?.length ?? 0;

/** Answers the tab's oldest waiting outline request. */
async function answer(tabId: number, r: Result<Outline>) {
  const d = h.pending.get(tabId)?.shift();
  if (!d) throw new Error(`no outline request for tab ${tabId}`);
  await act(async () => d.resolve(r));
}

async function switchTo(tabId: number) {
  await waitFor(() => expect(h.onTab).not.toBeNull());
  await act(async () => h.onTab!(tabId));
  await waitFor(() => expect(asked(tabId)).toBeGreaterThan(0));
}

async function openPanel(area: StorageArea = createMemoryArea()) {
  render(<SidePanelApp fixedTabId={null} area={area} session={null} />);
  await waitFor(() => expect(asked(1)).toBe(1));
}

test('while the active tab is looked up and outlined, the panel says "Outlining…", not "cannot read"', async () => {
  await openPanel();
  expect(screen.getByText(en.outlining)).toBeTruthy();
  expect(screen.queryByText(en.cannotReadTab)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  await answer(1, { ok: true, value: titled('Tab one') });
  expect(await screen.findByRole('heading', { level: 1, name: 'Tab one' })).toBeTruthy();
});

test("after a tab switch, the old tab's outline is gone until the new tab's comes", async () => {
  await openPanel();
  await answer(1, { ok: true, value: titled('Tab one') });
  await screen.findByRole('heading', { level: 1, name: 'Tab one' });

  await switchTo(2);
  expect(screen.queryByRole('heading', { level: 1, name: 'Tab one' })).toBeNull();
  expect(screen.getByText(en.outlining)).toBeTruthy();

  await answer(2, { ok: true, value: titled('Tab two') });
  expect(await screen.findByRole('heading', { level: 1, name: 'Tab two' })).toBeTruthy();
});

test("after a tab switch, the old tab's reason is gone until the new tab's answer comes", async () => {
  await openPanel();
  await answer(1, { ok: false, error: ledeError('restricted') });
  await screen.findByText(en.cannotReadTab);

  await switchTo(2);
  expect(screen.queryByText(en.cannotReadTab)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByText(en.outlining)).toBeTruthy();
});

test("an old tab's answer arriving after the switch does not overwrite the new tab's outline", async () => {
  await openPanel();
  await switchTo(2);
  await answer(2, { ok: true, value: titled('Tab two') });
  await screen.findByRole('heading', { level: 1, name: 'Tab two' });
  await answer(1, { ok: true, value: titled('Tab one') });
  expect(screen.getByRole('heading', { level: 1, name: 'Tab two' })).toBeTruthy();
  expect(screen.queryByRole('heading', { level: 1, name: 'Tab one' })).toBeNull();
});

test("role markers are never drawn in a tab from another tab's outline", async () => {
  const area = createMemoryArea();
  await area.set({ [settingKey('roleMarkers')]: true });
  await openPanel(area);
  const one = { ...seed, title: 'Tab one' };
  await answer(1, { ok: true, value: one });
  await waitFor(() => expect(h.sent.some((m) => m.type === 'roleMarkers' && m.data.tabId === 1)).toBe(true));

  await switchTo(2);
  await act(async () => {}); // let the effects run
  const toTwo = h.sent.filter((m) => m.type === 'roleMarkers' && m.data.tabId === 2);
  expect(toTwo.filter((m) => m.data.items!.length > 0)).toEqual([]);
});

test("a notice about the old tab's page does not stay on the new tab's outline", async () => {
  await openPanel();
  await answer(1, { ok: true, value: titled('Tab one') });
  await screen.findByRole('heading', { level: 1, name: 'Tab one' });
  h.showAnswer = { ok: false, error: ledeError('page-changed') };
  fireEvent.click(screen.getAllByRole('link')[0]);
  expect(await screen.findByText(en.notOnPage)).toBeTruthy();

  await switchTo(2);
  await answer(2, { ok: true, value: titled('Tab two') });
  await screen.findByRole('heading', { level: 1, name: 'Tab two' });
  expect(screen.queryByText(en.notOnPage)).toBeNull();
});

test('"Outline the selected text" shows its outline even when the panel is on History', async () => {
  const session = createMemoryArea();
  render(<SidePanelApp fixedTabId={null} area={createMemoryArea()} session={session} />);
  await waitFor(() => expect(asked(1)).toBe(1));
  await answer(1, { ok: true, value: titled('Tab one') });
  await screen.findByRole('heading', { level: 1, name: 'Tab one' });

  fireEvent.click(screen.getByRole('button', { name: en.history }));
  await screen.findByRole('heading', { level: 2, name: en.history });
  await act(async () => {
    await session.set({
      [SELECTION_KEY]: { tabId: 1, at: Date.now(), result: { ok: true, value: titled('Selected') } },
    });
  });
  expect(await screen.findByRole('heading', { level: 1, name: 'Selected' })).toBeTruthy();
  expect(screen.getByText(en.selectedText, { exact: false })).toBeTruthy();

  // Back to the tab, and the selection is done with.
  fireEvent.click(screen.getByRole('button', { name: en.backToPage }));
  await waitFor(() => expect(asked(1)).toBe(1)); // the tab is outlined again
  await answer(1, { ok: true, value: titled('Tab one') });
  expect(await screen.findByRole('heading', { level: 1, name: 'Tab one' })).toBeTruthy();
  expect(screen.queryByText(en.selectedText, { exact: false })).toBeNull();
});

test('a new outline length chosen in the options outlines the tab again at that length', async () => {
  const area = createMemoryArea();
  await openPanel(area);
  await answer(1, { ok: true, value: titled('At the old length') });
  await screen.findByRole('heading', { level: 1, name: 'At the old length' });
  // The worker reads the length when it outlines: the panel must ask again, or it kept the
  // old length until the reader moved to another tab.
  await act(async () => void (await area.set({ [settingKey('length')]: 'detailed' })));
  await waitFor(() => expect(asked(1)).toBe(1));
  await answer(1, { ok: true, value: titled('At the new length') });
  await screen.findByRole('heading', { level: 1, name: 'At the new length' });
});
