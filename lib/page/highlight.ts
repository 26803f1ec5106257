/**
 * Highlights in the reader's page use the CSS Custom Highlight API and an adopted style
 * sheet: neither adds a node or an attribute, so the page's own DOM (and its scripts) never
 * see Lede (tests/e2e/popup.test.ts compares outerHTML before and after).
 */
export const FOCUS = 'lede-focus';
export const MARKS = 'lede-marks';
let sheet: CSSStyleSheet | null = null;

export function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Best effort: an older browser without the API (or a page that blocks it) just gets no highlight. */
export function paint(name: string, elements: Element[]): void {
  try {
    paintOrThrow(name, elements);
  } catch {
    // the scroll already happened; a missing highlight is not worth an error
  }
}

function paintOrThrow(name: string, elements: Element[]): void {
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `::highlight(${FOCUS}) { background-color: rgba(255, 200, 0, 0.45); }
       ::highlight(${MARKS}) { background-color: rgba(255, 220, 80, 0.3); }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  if (!elements.length) {
    CSS.highlights.delete(name);
    return;
  }
  const ranges = elements.map((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    return r;
  });
  CSS.highlights.set(name, new Highlight(...ranges));
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;
/** Highlights one paragraph briefly ("go there", issue 5); it leaves no trace. */
export function flash(el: Element): void {
  paint(FOCUS, [el]);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => paint(FOCUS, []), 2000);
}
