// @vitest-environment jsdom
/**
 * useUi/useSettings as a page lives with them: the popup's settings, read before React
 * (components/popupStart.ts), are not thrown away when React's own read of them fails; a
 * setting that could not be read stops being reported once a value is stored for it.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { useUi } from '@/components/useUi';
import {
  createMemoryArea,
  createSettings,
  DEFAULT_SETTINGS,
  openStorage,
  settingKey,
  type LoadedSettings,
  type StorageArea,
} from '@/lib/storage';

afterEach(cleanup);

function Probe({ area, initial }: { area: StorageArea; initial?: LoadedSettings | null }) {
  const { t, settings } = useUi(area, 'en-US', initial);
  return <p data-testid="ui">{`${t.copy} ${settings?.theme ?? '-'} ${settings?.copyFormat ?? '-'}`}</p>;
}

test('settings read at the popup’s start stay when the read again fails', async () => {
  const area = createMemoryArea();
  await openStorage(area);
  await createSettings(area).save({ uiLang: 'ja', theme: 'dark', copyFormat: 'rich' });
  const initial = await createSettings(area).load();
  let reads = 0;
  const failing: StorageArea = {
    ...area,
    get: (keys) => (++reads > 1 ? Promise.reject(new Error('IO error')) : area.get(keys)),
  };
  render(<Probe area={failing} initial={initial} />);
  expect(screen.getByTestId('ui').textContent).toBe('コピー dark rich');
  await waitFor(() => expect(reads).toBeGreaterThan(1)); // opening storage, then the settings: fails
  await new Promise((r) => setTimeout(r, 20));
  // Was 'Copy auto markdown': the popup turned to English and the system theme mid-view.
  expect(screen.getByTestId('ui').textContent).toBe('コピー dark rich');
  expect(document.documentElement.lang).toBe('ja');
  expect(document.documentElement.dataset.theme).toBe('dark');
});

test('with nothing read before, a failed read still shows the defaults, never nothing', async () => {
  const area = createMemoryArea();
  await openStorage(area);
  const failing: StorageArea = { ...area, get: () => Promise.reject(new Error('IO error')) };
  render(<Probe area={failing} />);
  expect(screen.getByTestId('ui').textContent).toBe('Copy - -');
  await waitFor(() =>
    expect(screen.getByTestId('ui').textContent).toBe(
      `Copy ${DEFAULT_SETTINGS.theme} ${DEFAULT_SETTINGS.copyFormat}`,
    ),
  );
});

test('a setting that could not be read is no longer reported once one is stored, here or elsewhere', async () => {
  const area = createMemoryArea();
  await area.set({ [settingKey('theme')]: 42, [settingKey('length')]: 'huge' });
  const access = { has: async () => false, request: async () => false };
  render(<OptionsApp area={area} browserLang="en" hostAccess={access} />);
  expect(await screen.findByRole('alert')).toHaveProperty(
    'textContent',
    'A stored setting could not be read and is back at its default.',
  );
  // Another window stores a theme: the length is still unreadable, so the notice stays…
  await act(() => createSettings(area).save({ theme: 'dark' }));
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  expect(screen.queryByRole('alert')).not.toBeNull();
  // …until the length is stored too: every setting reads again, and the page says nothing.
  await act(() => createSettings(area).save({ length: 'brief' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
});
