/**
 * The popup's start, before React (issue 7: page start-up and React's chunk were most of the
 * time from the click to the outline). popupEarly.ts has already sent the outline request and
 * started reading the settings and the tab's last outline (session storage); this module, in
 * the same classic script (popupBoot.ts), paints with plain DOM (firstPaint.ts): "Outlining…"
 * once the settings are read, the tab's last outline if it is of the same page, and the
 * request's answer when it comes. React is loaded afterwards (entrypoints/popup/main.tsx,
 * components/mountPopup.tsx) and takes the paint's place.
 */
import type { LoadedSettings } from '@/lib/storage/settings';
import { stringsFor } from '@/lib/ui-strings';
import { extensionSource, offersSidePanel } from './extensionSource';
import { firstPaint } from './firstPaint';
import { keptFor } from '@/lib/lastOutline';
import { markOnce } from './marks';
import { applyDocumentTheme } from './options/documentTheme';
import type { PlainOptions, PlainState } from './plainOutline';
import type { PopupEarly } from './popupEarly';
import type { OutlineSource } from './useOutline';

export interface PopupStart {
  source: Promise<OutlineSource>;
  /** The reader's settings as read at start (null: unreadable, the defaults apply). */
  settings: Promise<LoadedSettings | null>;
  /** Settles once an outline or reason is on screen (the kept one or the answer): React may load. */
  painted: Promise<void>;
  /** React's container replaces the plain paint (firstPaint.ts). */
  takeOver(container: HTMLElement): void;
}

export function startPopup({ tabId, first, settings, kept }: PopupEarly, root: HTMLElement): PopupStart {
  const paint = firstPaint(root);
  let read: LoadedSettings | null | undefined; // undefined: not read yet
  let answered = false;
  let shown = false;
  const show = (state: PlainState) => {
    const s = read?.settings;
    const opts: PlainOptions = {
      t: stringsFor(s?.uiLang ?? 'auto', navigator.language),
      copyFormat: s?.copyFormat ?? 'markdown',
      sidePanel: false,
    };
    applyDocumentTheme(s?.theme, opts.t.lang);
    return tabId.then((id) => paint.paint(state, { ...opts, sidePanel: offersSidePanel(id) }));
  };

  // The settings first, for the language and look ("Outlining…" until an outline comes); an
  // answer that comes before them is shown at once in the browser's language (the reader is
  // not kept waiting on storage).
  void settings.then((s) => {
    read = s;
    if (!shown) return show({ status: 'loading' });
  });
  const answer = first.then(async (r) => {
    answered = true;
    shown = true;
    // false: React took over first and shows the answer itself (mountPopup.tsx marks it).
    if (await show(r.ok ? { status: 'ready', outline: r.value } : { status: 'error', error: r.error })) {
      markOnce('lede:outline-ready');
      markOnce('lede:answer-shown');
    }
  });
  const keptShown = Promise.all([kept, settings]).then(async ([k, s]) => {
    const result = k && keptFor(k.entry, k.url, s?.settings.length ?? 'standard');
    if (!result || answered) return answer; // nothing kept: the answer is the first outline
    shown = true;
    const state: PlainState = result.ok
      ? { status: 'ready', outline: result.value }
      : { status: 'error', error: result.error };
    if (await show(state)) markOnce('lede:outline-ready');
  });
  // React loads once an outline is on screen: its chunk's evaluation holds the main thread
  // for tens of milliseconds, which must not delay the first outline (clicks made before it
  // takes over are replayed, firstPaint.ts).
  const painted = Promise.race([answer, keptShown]).catch(() => undefined);

  return {
    source: tabId.then((id) => extensionSource(id, { sidePanel: true, first })),
    settings,
    painted,
    takeOver: (container) => paint.takeOver(container),
  };
}
