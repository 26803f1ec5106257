/**
 * Role markers (issue 5): a thin coloured bar beside each paragraph showing its role, with the
 * role's name on hover. Drawn in one absolutely positioned overlay attached to
 * `documentElement`, inside a shadow root, so the page's layout, its styles and its own DOM
 * queries under <body> are untouched; `remove()` takes the overlay out completely.
 * Positions are read in one animation frame and written in the same one (no interleaved
 * reads and writes), and redone when the page resizes.
 */

export interface MarkedParagraph {
  el: Element;
  role: string;
  label: string;
}

/** Colour per role; muted grey for `other` (bylines, captions). */
const COLOURS: Record<string, string> = {
  background: '#8e6cc8',
  result: '#d9534f',
  strategy: '#2a8bd8',
  outlook: '#2f9e62',
  other: '#9a9a9a',
};
const BAR_PX = 4;
const GAP_PX = 6;

export interface Markers {
  remove(): void;
}

/** The overlay's element: the page's capture (capture.ts) does not count it as a change. */
export const MARKERS_TAG = 'lede-role-markers';

export function drawMarkers(doc: Document, items: MarkedParagraph[]): Markers {
  const win = doc.defaultView!;
  const host = doc.createElement(MARKERS_TAG);
  // The host takes no space and catches no clicks; only the bars do (for their hover names).
  host.style.cssText =
    'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none;';
  const root = host.attachShadow({ mode: 'closed' });
  const bars = items.map((item) => {
    const bar = doc.createElement('div');
    bar.title = item.label;
    bar.setAttribute('role', 'note');
    bar.setAttribute('aria-label', item.label);
    bar.style.cssText = `position: absolute; width: ${BAR_PX}px; border-radius: 2px; pointer-events: auto; opacity: 0.85; background: ${COLOURS[item.role] ?? COLOURS.other};`;
    root.append(bar);
    return bar;
  });
  doc.documentElement.append(host);

  let frame = 0;
  const layout = () => {
    frame = 0;
    const { scrollX, scrollY } = win;
    const rects = items.map((i) => i.el.getBoundingClientRect()); // all reads first
    rects.forEach((r, i) => {
      const s = bars[i].style;
      s.display = r.height ? 'block' : 'none';
      s.top = `${r.top + scrollY}px`;
      s.left = `${Math.max(0, r.left + scrollX - GAP_PX - BAR_PX)}px`;
      s.height = `${r.height}px`;
    });
  };
  const relayout = () => {
    if (!frame) frame = win.requestAnimationFrame(layout);
  };
  const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(relayout);
  resize?.observe(doc.body ?? doc.documentElement);
  win.addEventListener('resize', relayout);
  relayout();

  return {
    remove() {
      if (frame) win.cancelAnimationFrame(frame);
      resize?.disconnect();
      win.removeEventListener('resize', relayout);
      host.remove();
    },
  };
}
