/**
 * The one hook through which the UI talks to the extension (issue 2). It takes a source, so
 * the same components render from the extension (components/extensionSource.ts) or from a
 * fixture Outline (component tests, design work) without a browser.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedeError, Outline, Paragraph, Result } from '@/lib/types';

export interface OutlineSource {
  /** The outline of the source's page; `force` is "Outline anyway". Resolves, never rejects. */
  outline(opts: { force: boolean }): Promise<Result<Outline>>;
  /** Scrolls the page to a paragraph. */
  show(paragraph: Paragraph): Promise<Result<null>>;
  /** Opens the side panel for the same page, where the browser has one (called in a click). */
  openSidePanel?: () => void;
}

export type OutlineState =
  { status: 'loading' } | { status: 'ready'; outline: Outline } | { status: 'error'; error: LedeError };

export interface UseOutline {
  state: OutlineState;
  /** Outline again, skipping the article and language checks. */
  outlineAnyway(): void;
  /** Outline again (the page may have changed). */
  reload(): void;
  /** Scroll the page to a paragraph; the error, if any, is for a one-line notice. */
  show(paragraph: Paragraph): Promise<LedeError | null>;
  openSidePanel?: () => void;
}

export function useOutline(source: OutlineSource): UseOutline {
  const [state, setState] = useState<OutlineState>({ status: 'loading' });
  // Only the latest request may set the state: a slow first answer must not overwrite a
  // later "Outline anyway".
  const latest = useRef(0);

  const run = useCallback(
    (force: boolean) => {
      const ticket = ++latest.current;
      source
        .outline({ force })
        .catch((e: unknown): Result<Outline> => ({
          ok: false,
          error: { code: 'internal', message: e instanceof Error ? e.message : String(e), canForce: false },
        }))
        .then((r) => {
          if (ticket !== latest.current) return;
          setState(r.ok ? { status: 'ready', outline: r.value } : { status: 'error', error: r.error });
        });
    },
    [source],
  );

  useEffect(() => run(false), [run]);

  const again = useCallback(
    (force: boolean) => {
      setState({ status: 'loading' });
      run(force);
    },
    [run],
  );

  const show = useCallback(
    async (p: Paragraph) => {
      const r = await source.show(p).catch(() => null);
      return r === null ? null : r.ok ? null : r.error;
    },
    [source],
  );

  return {
    state,
    outlineAnyway: () => again(true),
    reload: () => again(false),
    show,
    openSidePanel: source.openSidePanel,
  };
}

/** A source that answers with a fixed outline or error: for tests and for designing the UI. */
export function fixtureSource(
  fixture: Outline | Result<Outline>,
  onShow?: (p: Paragraph) => void,
): OutlineSource {
  const result: Result<Outline> = 'ok' in fixture ? fixture : { ok: true, value: fixture };
  return {
    outline: async () => result,
    show: async (p) => {
      onShow?.(p);
      return { ok: true, value: null };
    },
  };
}
