/**
 * The popup's plain-DOM stage (issue 7): plainOutline.ts paints into the page's root until
 * React has loaded, then React's container takes the root's place in one step, so the reader
 * never sees an empty or half-built popup. A paint that would show what is on screen already
 * leaves it alone (the answer to a first open is the outline kept at the click). A click made
 * on the plain paint (its links and buttons do nothing by themselves) is kept and made again on
 * React's matching element, so a reader or test that clicks at once loses nothing.
 */
import { plainOutline, type PlainOptions, type PlainState } from './plainOutline';

export interface FirstPaint {
  /** Shows `state` and says so; false once React has taken over. */
  paint(state: PlainState, opts: PlainOptions): boolean;
  /** React's container replaces the plain root (keeping its id); a kept click is replayed. */
  takeOver(container: HTMLElement): void;
}

const CLICKABLE = 'a, button';

/**
 * What a clickable is, as the reader saw it: a link's text or a button's kind, and the article's
 * words (the link texts) of the point or section it belongs to. Every point's copy button is
 * empty and every section's says "Copy", so place and own text alone took another point's
 * button when the fresh outline had moved its points. No interface words: in Firefox the answer
 * is painted before the reader's settings are read (~200 ms), so the plain paint said "Copy
 * (Markdown)" in English where React said "Copy (Rich text)" or "コピー", and a click made at
 * once was dropped as made on another element (tests/e2e/firefox-copy.test.ts).
 */
const articleWords = (el: Element | null) =>
  el ? [...el.querySelectorAll('a')].map((a) => a.textContent ?? '').join('\u0001') : '';
const identity = (el: HTMLElement) =>
  `${el.localName === 'a' ? el.textContent : el.className}\u0000${articleWords(el.closest('li, section'))}`;

export function firstPaint(root: HTMLElement): FirstPaint {
  let kept: { index: number; text: string } | null = null;
  let done = false;
  const clickables = (r: Element) => [...r.querySelectorAll<HTMLElement>(CLICKABLE)];
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>(CLICKABLE) : null;
    if (!target) return;
    // A modified click on a link opens it elsewhere, as in React's Point: left alone.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    kept = { index: clickables(root).indexOf(target), text: identity(target) };
  };
  root.addEventListener('click', onClick);
  return {
    paint(state, opts) {
      if (done) return false;
      const next = plainOutline(state, opts);
      // On a first open the answer is the outline the click kept, already on screen: the same
      // markup again would only cost the popup a style and layout pass (issue 7).
      if (!root.firstElementChild?.isEqualNode(next)) root.replaceChildren(next);
      return true;
    },
    takeOver(container) {
      if (done) return;
      done = true;
      root.removeEventListener('click', onClick);
      container.id = root.id;
      root.replaceWith(container);
      // Replayed only on the same element: the outline React shows may differ from a kept one.
      const again = kept && clickables(container)[kept.index];
      if (again && identity(again) === kept!.text) again.click();
    },
  };
}
