// @vitest-environment jsdom
/**
 * A click on the popup's plain first paint is made again on React's element when the reader's
 * settings change the interface words between the two (components/firstPaint.ts). In Firefox
 * the answer is painted before the settings are read (~200 ms later), in the browser's
 * language and the default copy format; React then shows the reader's. The click on "Copy
 * (Markdown)" was dropped when React's button said "Copy (Rich text)" or "コピー（…）", and the
 * reader's Copy did nothing (tests/e2e/firefox-copy.test.ts, rich text).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { firstPaint } from '@/components/firstPaint';
import { plainOutline, type PlainOptions } from '@/components/plainOutline';
import { uiStrings } from '@/lib/ui-strings';
import { seedOutline } from './seed-outline';

afterEach(() => document.body.replaceChildren());

const seed = seedOutline();
const PAINTED: PlainOptions = { t: uiStrings('en'), copyFormat: 'markdown', sidePanel: true };

/** Clicks `pick(root)` on the plain paint, then gives React's markup under `later`; was it clicked there? */
function replayed(later: PlainOptions, pick: (r: ParentNode) => Element): boolean {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.replaceChildren(root);
  const paint = firstPaint(root);
  paint.paint({ status: 'ready', outline: seed }, PAINTED);
  pick(root).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  const container = document.createElement('div');
  container.append(plainOutline({ status: 'ready', outline: seed }, later));
  const clicked = vi.fn((e: Event) => e.preventDefault());
  pick(container).addEventListener('click', clicked);
  paint.takeOver(container);
  return clicked.mock.calls.length === 1;
}

const toolbarCopy = (r: ParentNode) =>
  r.querySelector('button[data-format]:not(.copy-point):not(.copy-section)')!;
const sectionCopy = (r: ParentNode) => r.querySelectorAll('.copy-section')[1];
const pointCopy = (r: ParentNode) => r.querySelectorAll('.copy-point')[2];
const pointLink = (r: ParentNode) => r.querySelectorAll('section.section .point a')[1];

describe('a click on the plain paint, with other settings in React', () => {
  test.each([
    ['the toolbar Copy', toolbarCopy],
    ["a section's Copy", sectionCopy],
    ["a point's Copy", pointCopy],
    ["a point's link", pointLink],
  ])('%s is made again under another copy format and interface language', (_, pick) => {
    expect(replayed({ ...PAINTED, copyFormat: 'rich' }, pick)).toBe(true);
    expect(replayed({ ...PAINTED, t: uiStrings('ja') }, pick)).toBe(true);
  });

  test("the toolbar's Copy and Side panel buttons are told apart by place", () => {
    const sidePanel = (r: ParentNode) => [...r.querySelectorAll('button.button')].at(-1)!;
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const paint = firstPaint(root);
    paint.paint({ status: 'ready', outline: seed }, PAINTED);
    expect(sidePanel(root).textContent).toBe('Side panel');
    toolbarCopy(root).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const container = document.createElement('div');
    container.append(plainOutline({ status: 'ready', outline: seed }, { ...PAINTED, copyFormat: 'rich' }));
    const side = vi.fn((e: Event) => e.preventDefault());
    const copy = vi.fn((e: Event) => e.preventDefault());
    sidePanel(container).addEventListener('click', side);
    toolbarCopy(container).addEventListener('click', copy);
    paint.takeOver(container);
    expect([copy.mock.calls.length, side.mock.calls.length]).toEqual([1, 0]);
  });
});
