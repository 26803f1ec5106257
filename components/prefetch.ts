/**
 * An outline request sent ahead of the UI (issue 7: the popup asks before React has loaded).
 * The first plain request takes the early answer; "Outline anyway" and every later request
 * (a reload) ask again, since the page may have changed since.
 */
export function prefetchFirst<R>(
  ask: (force: boolean) => Promise<R>,
  early: Promise<R> = ask(false),
): (opts: { force: boolean }) => Promise<R> {
  let first: Promise<R> | null = early;
  return ({ force }) => {
    const taken = force ? null : first;
    first = null;
    return taken ?? ask(force);
  };
}
