/**
 * The popup's plain-DOM stage (issue 7): plainOutline.ts paints into the page's root until
 * React has loaded, then React's container takes the root's place in one step, so the reader
 * never sees an empty or half-built popup. A click made on the plain paint (its links and
 * buttons do nothing by themselves) is kept and made again on React's matching element, so
 * a reader or test that clicks at once loses nothing.
 */
import { plainOutline, type PlainOptions, type PlainState } from './plainOutline';

export interface FirstPaint {
  /** Shows `state` and says so; false once React has taken over. */
  paint(state: PlainState, opts: PlainOptions): boolean;
  /** React's container replaces the plain root (keeping its id); a kept click is replayed. */
  takeOver(container: HTMLElement): void;
}

const CLICKABLE = 'a, button';

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
    kept = { index: clickables(root).indexOf(target), text: target.textContent ?? '' };
  };
  root.addEventListener('click', onClick);
  return {
    paint(state, opts) {
      if (!done) root.replaceChildren(plainOutline(state, opts));
      return !done;
    },
    takeOver(container) {
      if (done) return;
      done = true;
      root.removeEventListener('click', onClick);
      container.id = root.id;
      root.replaceWith(container);
      // Replayed only on the same element: the outline React shows may differ from a kept one.
      const again = kept && clickables(container)[kept.index];
      if (again && again.textContent === kept!.text) again.click();
    },
  };
}
