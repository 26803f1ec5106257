// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '../../components/history/HistoryView';
import { createMemoryArea, openStorage } from '../../lib/storage';
import { uiStrings } from '../../lib/ui-strings';
import { JA_TEXT, makeOutline, nthOutline } from './storage.fixtures';

afterEach(cleanup);

async function setup(outlines = [nthOutline(1), nthOutline(2)], lang: 'en' | 'ja' = 'en') {
  const area = createMemoryArea();
  let t = Date.UTC(2026, 10, 20);
  const { history } = await openStorage(area, { now: () => (t += 60_000) });
  for (const o of outlines) await history.add(o);
  render(<HistoryView history={history} strings={uiStrings(lang)} onOpen={vi.fn()} download={vi.fn()} />);
  await screen.findByRole('list');
  return { history, user: userEvent.setup() };
}

/** The language a screen reader speaks an element in: its nearest `lang`. */
const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? null;

describe('history entries', () => {
  it('mark the article’s language on its title only, not on the interface’s own words', async () => {
    // Japanese interface, English article; then English interface, Japanese article.
    await setup([nthOutline(1)], 'ja');
    const item = screen.getByRole('listitem');
    expect(langOf(within(item).getByRole('button', { name: 'Story 1' }))).toBe('en');
    expect(langOf(within(item).getByRole('button', { name: '「Story 1」を削除' }))).not.toBe('en');
    expect(langOf(item.querySelector('time')!)).not.toBe('en');
    cleanup();

    await setup([makeOutline('日銀が利上げ', 'https://nhk.example/a', JA_TEXT, 'ja')], 'en');
    const jaItem = screen.getByRole('listitem');
    expect(langOf(within(jaItem).getByRole('button', { name: '日銀が利上げ' }))).toBe('ja');
    expect(langOf(within(jaItem).getByRole('button', { name: 'Delete “日銀が利上げ”' }))).not.toBe('ja');
    expect(langOf(jaItem.querySelector('time')!)).not.toBe('ja');
  });
});

describe('after "Clear all"', () => {
  it('leaves the keyboard on the search box, not on the button that is now disabled', async () => {
    const { user, history } = await setup();
    screen.getByRole('button', { name: 'Clear all' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete all' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/No saved outlines yet/)).toBeInTheDocument();
    expect((await history.list()).entries).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveFocus());
  });
});
