/**
 * lib/glue.ts addPageMenuItem / addSelectionMenuItem: where the context-menu items are made.
 * Chrome keeps them across worker and browser restarts, so they are made on install or update
 * only (made at every worker start they fail as "duplicate id"). Firefox's MV2 background page
 * is persistent and Firefox never keeps its menu items past a browser restart (MDN,
 * menus.create), where `runtime.onInstalled` does not fire: made at every start there.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { addPageMenuItem, addSelectionMenuItem } from '@/lib/glue';

const create = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  create.mockReset();
  Object.assign(fakeBrowser.contextMenus, { create, onClicked: { addListener: vi.fn() } });
});
afterEach(() => vi.unstubAllEnvs());

function addBoth() {
  addPageMenuItem('page', 'Outline this page', () => {});
  addSelectionMenuItem('selection', 'Outline the selection', () => {});
}
const made = () => create.mock.calls.map(([props]) => props.id);

describe('context-menu items', () => {
  test('Chrome: made on install or update, not at every worker start', async () => {
    addBoth();
    expect(made()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(made()).toEqual(['page', 'selection']);
  });

  test('Firefox: made at every start of the background page, with no install event', () => {
    vi.stubEnv('FIREFOX', true as never);
    addBoth();
    expect(made()).toEqual(['page', 'selection']);
  });

  test('Firefox: an install event does not make them a second time', async () => {
    vi.stubEnv('FIREFOX', true as never);
    addBoth();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(made()).toEqual(['page', 'selection']);
  });
});
