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

const LOADING: OutlineState = { status: 'loading' };

export function useOutline(source: OutlineSource): UseOutline {
  // The state is kept with the source it answers for: a new source (the side panel following
  // another tab or page) is 'loading' from its first render, so the previous tab's outline or
  // reason (its copy buttons, its role markers, "cannot read this tab") never stands for the
  // new tab while its outline is on its way.
  const [answer, setAnswer] = useState<{ source: OutlineSource; state: OutlineState } | null>(null);
  const state = answer?.source === source ? answer.state : LOADING;
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
          setAnswer({
            source,
            state: r.ok ? { status: 'ready', outline: r.value } : { status: 'error', error: r.error },
          });
        });
    },
    [source],
  );

  useEffect(() => run(false), [run]);

  const again = useCallback(
    (force: boolean) => {
      setAnswer({ source, state: LOADING });
      run(force);
    },
    [source, run],
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
