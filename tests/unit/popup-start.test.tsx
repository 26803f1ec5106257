// @vitest-environment jsdom
/**
 * The popup's start-up (issue 7): the first outline request goes out before the UI exists and
 * is taken once; an answer that arrives before the reader's settings is shown at once.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PopupApp } from '@/components/PopupApp';
import { prefetchFirst } from '@/components/prefetch';
import { fixtureSource } from '@/components/useOutline';
import { ledeError } from '@/lib/errors';
import { createMemoryArea, settingKey, type StorageArea } from '@/lib/storage';

afterEach(cleanup);

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
});
