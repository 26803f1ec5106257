/**
 * The content script, injected on the toolbar click (registration 'runtime': no host
 * permissions, no script on pages the reader never asks about). Thin: it answers the
 * background's messages with lib/ functions. Extraction reads a clone of the document and
 * never mutates the live page (tests/e2e/popup.test.ts compares outerHTML before and after).
 */
import { ledeError } from '@/lib/errors';
import { extractArticle } from '@/lib/extract';
import { locateParagraph, type ParagraphRef } from '@/lib/locate';
import { fromExtension, guarded, onMessage, schemas, removeAllListeners } from '@/lib/protocol';
import { self } from '@/lib/glue';
import type { Result } from '@/lib/types';

/** Set on the isolated world so a second injection replaces the first one's listeners. */
const INSTANCE = Symbol.for('lede.content');
type Slot = { [INSTANCE]?: { dispose(): void } };

export default defineContentScript({
  registration: 'runtime',
  main() {
    const slot = globalThis as Slot;
    // The background injects only into a tab that does not answer, but a tab may still hold
    // an instance from before an extension update: drop its listeners rather than answer
    // every message twice.
    try {
      slot[INSTANCE]?.dispose();
    } catch {
      // the previous instance's extension context is gone; nothing to remove
    }
    slot[INSTANCE] = { dispose: removeAllListeners };

    const me = self();
    const allowed = (s: { id?: string }) => fromExtension(s, me);

    onMessage(
      'extract',
      guarded(schemas.extract, allowed, () => {
        // Chrome shows PDFs in a viewer page whose document is just an <embed>.
        if (document.contentType === 'application/pdf') return { ok: false, error: ledeError('pdf') };
        return { ok: true, value: extractArticle(document, { url: location.href }) };
      }),
    );

    onMessage(
      'scrollTo',
      guarded(schemas.scrollTo, allowed, (ref): Result<null> => {
        const el = locateParagraph(document, ref);
        if (!el) return { ok: false, error: ledeError('page-changed') };
        el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
        flash(el);
        return { ok: true, value: null };
      }),
    );

    onMessage(
      'mark',
      guarded(schemas.mark, allowed, ({ refs }): Result<number> => {
        const found = refs.map((r: ParagraphRef) => locateParagraph(document, r)).filter((e) => e !== null);
        paint(MARKS, found);
        return { ok: true, value: found.length };
      }),
    );
  },
});

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/*
 * Highlights use the CSS Custom Highlight API and an adopted style sheet: neither adds a
 * node or an attribute, so the page's own DOM (and its scripts) never see Lede.
 */
const FOCUS = 'lede-focus';
const MARKS = 'lede-marks';
let sheet: CSSStyleSheet | null = null;

/** Best effort: an older browser without the API (or a page that blocks it) just gets no highlight. */
function paint(name: string, elements: Element[]): void {
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
function flash(el: Element): void {
  paint(FOCUS, [el]);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => paint(FOCUS, []), 2000);
}
