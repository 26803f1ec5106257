/**
 * Scrolls a paragraph the reader asked for (a point clicked, "Show where") to the reading line
 * (reading.ts), so the side panel's "here" is the point clicked. Centred (scrollIntoView's
 * 'center'), a paragraph shorter than 40% of the screen left the line on the paragraph above,
 * and the panel lit the point before the one clicked (review, 17th session).
 */
import { READING_LINE } from './reading';

/** At most this share of the screen of a tall paragraph is put above the reading line. */
const ABOVE_LINE = 0.125;

export function bringToReadingLine(el: Element, behavior: ScrollBehavior): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  const scroller = doc.scrollingElement;
  const view = win?.innerHeight ?? 0;
  // A paragraph in a scroll area of its own (a reader app's pane, or a <body> that scrolls
  // instead of the window) is the browser's to bring in.
  if (!win || !scroller || scroller.scrollHeight <= view || inScrollArea(el)) {
    el.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const r = el.getBoundingClientRect();
  // The line crosses the paragraph: a short one at its middle, a tall one 1/8 of the screen in.
  const top = win.scrollY + r.top - (view * READING_LINE - Math.min(r.height / 2, view * ABOVE_LINE));
  win.scrollTo({ top: Math.max(0, Math.min(top, scroller.scrollHeight - view)), behavior });
}

function inScrollArea(el: Element): boolean {
  const win = el.ownerDocument.defaultView!;
  for (let a = el.parentElement; a && a !== el.ownerDocument.body; a = a.parentElement) {
    const y = win.getComputedStyle(a).overflowY;
    if ((y === 'auto' || y === 'scroll') && a.scrollHeight > a.clientHeight) return true;
  }
  return false;
}
