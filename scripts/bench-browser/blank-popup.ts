/**
 * The platform's own floor under the popup figures (issue 7): an extension whose toolbar popup is
 * one line of static HTML and a five-line script, opened exactly as Lede's is (toolbar-popup.ts,
 * `chrome.action.openPopup()` from its worker), in a browser of its own. Whatever this empty popup
 * takes from navigation start to its first script and to a painted frame, no extension's popup can
 * beat on this machine; the bench prints it beside Lede's cached re-open so the two read together.
 * The extension is written to a temporary folder: nothing of it ships.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../tests/e2e/harness';
import { median } from './popup';
import { toolbarDriver } from './toolbar-popup';

export interface BlankPopup {
  runs: number;
  /** Navigation start → the popup's first script (Lede's `start` part). */
  start: number;
  /** Navigation start → DOMContentLoaded (where Lede's popup paints its outline). */
  ready: number;
  /** Navigation start → the next animation frame after it: the popup's content on screen. */
  painted: number;
  /** The worker's `openPopup()` call → DOMContentLoaded (as Lede's "from the click" runs to its outline). */
  fromClick: number;
}

/** The marks Lede's popup sets (components/marks.ts), set by an empty page at the earliest moment each can hold. */
const SCRIPT = `performance.mark('lede:page-start');
performance.mark('lede:outline-asked');
performance.mark('lede:outline-answered');
addEventListener('DOMContentLoaded', () => {
  performance.mark('lede:outline-ready');
  requestAnimationFrame(() => {
    performance.mark('lede:answer-shown');
    performance.mark('lede:app-ready');
  });
});
`;

function writeBlankExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-blank-'));
  const manifest = {
    manifest_version: 3,
    name: 'blank popup (Lede bench reference)',
    version: '1',
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'worker.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script src="popup.js"></script></head><body><p>outline</p></body></html>',
  );
  writeFileSync(join(dir, 'popup.js'), SCRIPT);
  return dir;
}

/** Opens the blank popup `runs` times over one plain page and returns the medians. */
export async function blankPopupReference(runs: number): Promise<BlankPopup> {
  const dir = writeBlankExtension();
  const browser = await launch({ extensionDir: dir, hosts: [] });
  try {
    const page = await browser.context.newPage();
    await page.setContent('<h1>A page</h1><p>Some text.</p>');
    const tabId = await browser.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
    );
    const driver = await toolbarDriver(browser, 'openPopup');
    const rows: { start: number; ready: number; painted: number; fromClick: number }[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const t = await driver.open(tabId);
        rows.push({ start: t.start, ready: t.total, painted: t.answer, fromClick: t.fromClick });
      }
    } finally {
      await driver.close();
    }
    return {
      runs,
      start: median(rows.map((r) => r.start)),
      ready: median(rows.map((r) => r.ready)),
      painted: median(rows.map((r) => r.painted)),
      fromClick: median(rows.map((r) => r.fromClick)),
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
