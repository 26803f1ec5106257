/**
 * wxt.config.ts, the Firefox manifest's lowest version (`browser_specific_settings.gecko
 * .strict_min_version`). Without one, addons.mozilla.org offers Lede to every Firefox, and the
 * versions below what Lede relies on break in ways the reader cannot tell from a bug:
 * - before 128 (115 ESR before 115.31), `gecko.data_collection_permissions`, which the manifest
 *   declares, is an "Unexpected property": the add-on does not install ("corrupt");
 * - before 125 there is no `Intl.Segmenter` (lib/text/sentences.ts): every outline fails;
 * - before 126 `commands.onCommand` passes no tab (lib/glue.ts onShortcut): Alt+Shift+L does
 *   nothing;
 * - before 137 there is no `commands.openShortcutSettings()` (lib/glue.ts openShortcutSettings):
 *   "Change shortcut" does nothing;
 * - 140 is where Firefox shows the data-collection consent the key declares, and what AMO's
 *   linter asks of a manifest with that key (MDN, browser_specific_settings).
 */
import { describe, expect, test } from 'vitest';
import config from '../../wxt.config';

type Gecko = { strict_min_version?: string; data_collection_permissions?: unknown };

async function gecko(browser: string): Promise<Gecko> {
  const manifest = config.manifest as (env: { browser: string }) => unknown;
  const m = (await manifest({ browser })) as { browser_specific_settings?: { gecko?: Gecko } };
  return m.browser_specific_settings?.gecko ?? {};
}

const major = (version: string | undefined) => Number(version?.split('.')[0] ?? NaN);

describe('Firefox manifest', () => {
  test('declares the lowest Firefox that has everything Lede uses (140)', async () => {
    const g = await gecko('firefox');
    expect(g.data_collection_permissions).toBeDefined();
    expect(g.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(major(g.strict_min_version)).toBeGreaterThanOrEqual(140);
  });
});
