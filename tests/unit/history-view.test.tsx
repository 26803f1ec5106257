// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '../../components/history/HistoryView';
import { createMemoryArea, openStorage, type HistoryEntry } from '../../lib/storage';
import { uiStrings } from '../../lib/ui-strings';
import { JA_TEXT, makeOutline, nthOutline } from './storage.fixtures';

afterEach(cleanup);

async function setup(outlines = [nthOutline(1), nthOutline(2), nthOutline(3)], lang: 'en' | 'ja' = 'en') {
  const area = createMemoryArea();
  let t = Date.UTC(2026, 10, 20);
  const { history } = await openStorage(area, { now: () => (t += 60_000) });
  for (const o of outlines) await history.add(o);
  const onOpen = vi.fn<(e: HistoryEntry) => void>();
  const download = vi.fn<(name: string, mime: string, text: string) => void>();
  const user = userEvent.setup();
  render(
    <HistoryView
      history={history}
      strings={uiStrings(lang)}
      onOpen={onOpen}
      download={download}
      now={() => Date.UTC(2026, 10, 26, 12)}
    />,
  );
  await screen.findByRole('list');
  return { area, history, onOpen, download, user };
}

const shownTitles = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('button.open')!.textContent);

describe('history view', () => {
  it('lists saved outlines newest first with site and date', async () => {
    await setup();
    expect(shownTitles()).toEqual(['Story 3', 'Story 2', 'Story 1']);
    const first = screen.getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('news.example');
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2026-11-20T00:03:00.000Z');
    expect(screen.getByText('3 saved outlines')).toBeInTheDocument();
  });

  it('searches as the reader types', async () => {
    const { user } = await setup([
      nthOutline(1),
      makeOutline('日銀が利上げ', 'https://nhk.example/a', JA_TEXT, 'ja'),
    ]);
    await user.type(screen.getByRole('searchbox', { name: 'Search history' }), '利上げ');
    await waitFor(() => expect(shownTitles()).toEqual(['日銀が利上げ']));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(await screen.findByText('Nothing matches “zzz”.')).toBeInTheDocument();
  });

  it('opens an entry with its whole outline', async () => {
    const { user, onOpen } = await setup();
    await user.click(screen.getByRole('button', { name: 'Story 2' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0][0].outline).toEqual(nthOutline(2));
  });

  it('deletes one by keyboard and keeps focus on the list', async () => {
    const { user, history } = await setup();
    screen.getByRole('button', { name: 'Delete “Story 2”' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shownTitles()).toEqual(['Story 3', 'Story 1']));
    expect(screen.getByRole('button', { name: 'Story 1' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted.');
    expect((await history.list()).entries.map((e) => e.title)).toEqual(['Story 3', 'Story 1']);
  });

  it('clears all only after confirming', async () => {
    const { user, history } = await setup();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await history.list()).entries).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('group', { name: /Delete all 3 saved outlines/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    expect(await screen.findByText(/No saved outlines yet/)).toBeInTheDocument();
    expect((await history.list()).entries).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeDisabled();
  });

  it('exports everything as a Markdown or JSON download', async () => {
    const { user, download } = await setup();
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }));
    const [[mdName, mdType, md], [jsonName, jsonType, json]] = download.mock.calls;
    expect([mdName, mdType, jsonName, jsonType]).toEqual([
      expect.stringMatching(/^lede-history-2026-11-2\d\.md$/),
      'text/markdown',
      expect.stringMatching(/^lede-history-2026-11-2\d\.json$/),
      'application/json',
    ]);
    expect(md.match(/^# Story \d$/gm)).toEqual(['# Story 3', '# Story 2', '# Story 1']);
    expect(JSON.parse(json).entries.map((e: HistoryEntry) => e.title)).toEqual([
      'Story 3',
      'Story 2',
      'Story 1',
    ]);
  });

  it('shows a notice for an entry that could not be read, and the rest', async () => {
    const { area } = await setup();
    await act(() => area.set({ 'lede:history:broken': { v: 2, id: 'broken' } }));
    expect(await screen.findByText('1 saved outline could not be read and was skipped.')).toBeInTheDocument();
    expect(shownTitles()).toHaveLength(3);
  });

  it('follows an outline saved in another window', async () => {
    const { history } = await setup();
    await act(async () => void (await history.add(nthOutline(4))));
    await waitFor(() => expect(shownTitles()[0]).toBe('Story 4'));
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = makeOutline('<img src=x onerror="alert(1)">', 'javascript:alert(1)', JA_TEXT, 'ja');
    await setup([hostile]);
    expect(screen.getByRole('button', { name: '<img src=x onerror="alert(1)">' })).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
    expect(document.querySelector('a')).toBeNull();
  });

  it('says so when storage cannot be read at all', async () => {
    const { history } = await openStorage(createMemoryArea());
    const broken = { ...history, list: () => Promise.reject(new Error('IO error: corrupted LevelDB')) };
    render(<HistoryView history={broken} strings={uiStrings('en')} onOpen={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not read what it has stored');
  });

  it('speaks Japanese', async () => {
    await setup([nthOutline(1)], 'ja');
    expect(screen.getByRole('searchbox', { name: '履歴を検索' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '「Story 1」を削除' })).toBeInTheDocument();
    expect(screen.getByText('保存済み 1 件')).toBeInTheDocument();
  });
});
