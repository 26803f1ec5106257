// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '../../components/history/HistoryView';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createMemoryArea, createSettings, openStorage } from '../../lib/storage';
import { uiStrings } from '../../lib/ui-strings';
import { nthOutline } from './storage.fixtures';

afterEach(cleanup);

async function threeSaved() {
  const area = createMemoryArea();
  let t = Date.UTC(2026, 10, 20);
  const { history } = await openStorage(area, { now: () => (t += 60_000) });
  for (const n of [1, 2, 3]) await history.add(nthOutline(n));
  return { area, history };
}

const access = { has: async () => false, request: async () => false };

describe('a new history limit is followed at once (no reload)', () => {
  it('the history view shows only what the new limit keeps', async () => {
    const { area, history } = await threeSaved();
    render(<HistoryView history={history} strings={uiStrings('en')} onOpen={vi.fn()} />);
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3));
    // The options page, in another window, turns history off.
    await act(() => createSettings(area).save({ historyLimit: 0 }));
    expect(await screen.findByText(/No saved outlines yet/)).toBeInTheDocument();
    expect(screen.getByText('0 saved outlines')).toBeInTheDocument();
  });

  it('the options page’s count follows the limit chosen there', async () => {
    const { area } = await threeSaved();
    const user = userEvent.setup();
    render(<OptionsApp area={area} browserLang="en" hostAccess={access} />);
    expect(await screen.findByText('3 saved outlines')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Keep history' }), 'Do not keep history');
    expect(await screen.findByText('0 saved outlines')).toBeInTheDocument();
  });
});
