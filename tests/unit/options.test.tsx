// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createMemoryArea, createSettings, openStorage, settingKey } from '../../lib/storage';
import { nthOutline } from './storage.fixtures';

afterEach(cleanup);

/** The optional host permission as a browser would keep it: `grants` says whether asking gets it. */
function fakeAccess(granted = false, grants = true) {
  const access = {
    granted,
    asked: 0,
    has: async () => access.granted,
    request: async () => {
      access.asked++;
      access.granted = grants;
      return grants;
    },
  };
  return access;
}

async function renderOptions(area = createMemoryArea(), browserLang = 'en-US', access = fakeAccess()) {
  const user = userEvent.setup();
  render(<OptionsApp area={area} browserLang={browserLang} hostAccess={access} />);
  await screen.findByRole('heading', { level: 1 });
  return { area, user };
}

describe('options page', () => {
  it('shows the stored settings, each control labelled', async () => {
    const area = createMemoryArea();
    await createSettings(area).save({ length: 'detailed', theme: 'dark', historyLimit: 100 });
    await renderOptions(area);
    expect(screen.getByRole('radio', { name: 'Detailed' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Markdown' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Show role markers beside paragraphs' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Keep history' })).toHaveValue('100');
    expect(screen.getByRole('group', { name: 'Outline length' })).toHaveAccessibleDescription(
      'How many points each section shows.',
    );
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('saves each change by keyboard alone', async () => {
    const { area, user } = await renderOptions();
    await user.click(screen.getByRole('radio', { name: 'Standard' }));
    await user.keyboard('{ArrowRight}'); // radio group: arrows move and select
    await waitFor(async () =>
      expect(await area.get(settingKey('length'))).toEqual({ 'lede:setting:length': 'detailed' }),
    );

    screen.getByRole('checkbox', { name: /role markers/ }).focus();
    await user.keyboard(' ');
    await waitFor(async () => expect((await createSettings(area).load()).settings.roleMarkers).toBe(true));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Keep history' }), 'Do not keep history');
    await waitFor(async () => expect((await createSettings(area).load()).settings.historyLimit).toBe(0));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
  });

  it('turns "ready before I click" on only with the permission, asked within the click', async () => {
    const access = fakeAccess(false, true);
    const { area, user } = await renderOptions(createMemoryArea(), 'en-US', access);
    const box = screen.getByRole('checkbox', { name: 'Have the outline ready before I click' });
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/sends nothing anywhere/);
    await user.click(box);
    expect(access.asked).toBe(1);
    await waitFor(async () => expect((await createSettings(area).load()).settings.readyAhead).toBe(true));
    await waitFor(() => expect(box).toBeChecked());
    await user.click(box);
    await waitFor(async () => expect((await createSettings(area).load()).settings.readyAhead).toBe(false));
    expect(box).not.toBeChecked();
  });

  it('leaves "ready before I click" off, and says why, when the permission is refused', async () => {
    const access = fakeAccess(false, false);
    const { area, user } = await renderOptions(createMemoryArea(), 'en-US', access);
    const box = screen.getByRole('checkbox', { name: 'Have the outline ready before I click' });
    await waitFor(() => expect(box).toBeEnabled());
    await user.click(box);
    expect(await screen.findByText(/did not allow reading the pages you open/)).toBeInTheDocument();
    expect(box).not.toBeChecked();
    expect((await createSettings(area).load()).settings.readyAhead).toBe(false);
  });

  it('shows "ready before I click" off when the permission was taken back elsewhere', async () => {
    const area = createMemoryArea();
    await createSettings(area).save({ readyAhead: true });
    await renderOptions(area, 'en-US', fakeAccess(false));
    const box = screen.getByRole('checkbox', { name: 'Have the outline ready before I click' });
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).not.toBeChecked();
  });

  it('switches to Japanese, from the setting or the browser’s language', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('radio', { name: '日本語' }));
    expect(await screen.findByRole('heading', { name: 'Lede の設定' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '詳細' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    cleanup();
    await renderOptions(createMemoryArea(), 'ja-JP');
    expect(await screen.findByRole('heading', { name: 'Lede の設定' })).toBeInTheDocument();
  });

  it('follows the theme: pinned light or dark, or the system', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.click(screen.getByRole('radio', { name: 'Same as the system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('clears history only after confirming; Escape backs out', async () => {
    const area = createMemoryArea();
    const { history } = await openStorage(area);
    await history.add(nthOutline(1));
    await history.add(nthOutline(2));
    const { user } = await renderOptions(area);
    const clear = await screen.findByRole('button', { name: 'Delete history' });
    await waitFor(() => expect(clear).toBeEnabled());
    await user.click(clear);
    expect(screen.getByRole('group', { name: /Delete all 2 saved outlines/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete all' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Delete history' })).toHaveFocus();
    expect((await history.list()).entries).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete history' }));
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('History cleared.'));
    expect((await history.list()).entries).toHaveLength(0);
  });

  it('offers to delete outlines a lowered limit hides, which are still stored', async () => {
    const area = createMemoryArea();
    const { history, settings } = await openStorage(area);
    await history.add(nthOutline(1));
    await history.add(nthOutline(2));
    await settings.save({ historyLimit: 0 });
    const { user } = await renderOptions(area);
    const clear = await screen.findByRole('button', { name: 'Delete history' });
    await waitFor(() => expect(clear).toBeEnabled());
    await user.click(clear);
    expect(screen.getByRole('group', { name: /Delete all 2 saved outlines/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('History cleared.'));
    expect(await history.list()).toMatchObject({ entries: [], hidden: 0 });
  });

  it('resets settings after confirming', async () => {
    const area = createMemoryArea();
    await createSettings(area).save({ length: 'brief' });
    const { user } = await renderOptions(area);
    await user.click(screen.getByRole('button', { name: 'Reset settings' }));
    await user.click(
      within(screen.getByRole('group', { name: /default/ })).getByRole('button', { name: 'Reset' }),
    );
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked());
    expect(await area.get(settingKey('length'))).toEqual({});
  });

  it('when storage is full, says so and shows what is really stored', async () => {
    const area = createMemoryArea({ quotaBytes: 30 });
    const { user } = await renderOptions(area);
    await user.click(screen.getByRole('radio', { name: 'Detailed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Storage is full/);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked());
  });

  it('follows a change made in another window', async () => {
    const area = createMemoryArea();
    await renderOptions(area);
    await act(() => createSettings(area).save({ copyFormat: 'rich' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /Rich text/ })).toBeChecked());
  });

  it('when storage cannot be read, shows the defaults and says so', async () => {
    const area = createMemoryArea();
    await openStorage(area);
    const failing = { ...area, get: () => Promise.reject(new Error('IO error')) };
    render(<OptionsApp area={failing} browserLang="en" hostAccess={fakeAccess()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not read what it has stored');
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
  });

  it('says when a stored setting could not be read', async () => {
    const area = createMemoryArea();
    await area.set({ [settingKey('theme')]: 42 });
    await renderOptions(area);
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read/);
    expect(screen.getByRole('radio', { name: 'Same as the system' })).toBeChecked();
  });
});
