// @vitest-environment jsdom
/**
 * The page side of the reading companion (lib/page): "where am I" reports only changes, at
 * most once per interval; role markers sit in one overlay that `remove()` takes out without a
 * trace. IntersectionObserver is not in jsdom: a stand-in lets the test play the crossings.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { drawMarkers } from '@/lib/page/markers';
import { trackReading } from '@/lib/page/reading';

type Callback = (entries: { target: Element; isIntersecting: boolean }[]) => void;
let observers: { callback: Callback; observed: Element[]; disconnected: boolean }[] = [];

beforeEach(() => {
  observers = [];
  vi.useFakeTimers();
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly me: (typeof observers)[number];
      constructor(callback: Callback) {
        this.me = { callback, observed: [], disconnected: false };
        observers.push(this.me);
      }
      observe(el: Element) {
        this.me.observed.push(el);
      }
      disconnect() {
        this.me.disconnected = true;
      }
    },
  );
  document.body.innerHTML = '<p id="a">One.</p><p id="b">Two.</p><p id="c">Three.</p>';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const el = (id: string) => document.getElementById(id)!;
const cross = (id: string, isIntersecting: boolean) =>
  observers[0].callback([{ target: el(id), isIntersecting }]);

describe('trackReading', () => {
  test('reports the paragraph on the reading line, only when it changes, at most once per interval', () => {
    const reports: (string | null)[] = [];
    const stop = trackReading(
      ['a', 'b', 'c'].map((id) => ({ id: `p-${id}`, el: el(id) })),
      (id) => reports.push(id),
      { intervalMs: 250 },
    );
    expect(observers[0].observed).toHaveLength(3);
    cross('a', true);
    vi.advanceTimersByTime(0);
    expect(reports).toEqual(['p-a']);
    // A quick scroll past b to c within one interval: one report, for where the reader ends up.
    cross('a', false);
    cross('b', true);
    cross('b', false);
    cross('c', true);
    vi.advanceTimersByTime(100);
    expect(reports).toEqual(['p-a']);
    vi.advanceTimersByTime(150);
    expect(reports).toEqual(['p-a', 'p-c']);
    // Between paragraphs (nothing on the line) the last one stays; no repeat report.
    cross('c', false);
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual(['p-a', 'p-c']);
    stop();
    expect(observers[0].disconnected).toBe(true);
  });
});

describe('drawMarkers', () => {
  test('adds one overlay beside the page, and removing it leaves the document as it was', () => {
    const before = document.documentElement.outerHTML;
    const bodyBefore = document.body.innerHTML;
    const markers = drawMarkers(document, [
      { el: el('a'), role: 'background', label: 'Background' },
      { el: el('b'), role: 'result', label: 'Result' },
    ]);
    expect(document.querySelectorAll('lede-role-markers')).toHaveLength(1);
    expect(document.body.innerHTML).toBe(bodyBefore); // nothing inside the page's own body
    markers.remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
