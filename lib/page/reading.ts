/**
 * "Where am I" (issue 5): which of the article's paragraphs the reader is at, from an
 * IntersectionObserver on those paragraphs. The observer reports crossings asynchronously
 * and reading `isIntersecting` forces no layout, so scrolling never thrashes; the answer is
 * sent at most once per `intervalMs` (a few times a second), and only when it changes.
 * Runs in the page (content script); plain DOM, no extension APIs.
 */

export interface TrackedParagraph {
  id: string;
  el: Element;
}

export interface ReadingOptions {
  /** At most one report per this many milliseconds. */
  intervalMs?: number;
}

/**
 * The reading line, 30% down the viewport: where eyes rest while reading, and below a sticky
 * site header. The paragraph crossing it is "here"; between paragraphs (a margin, a figure)
 * the last one stays. A line rather than a band, because a band also catches the short
 * paragraph before the one being read (seen on the seed page's one-line paragraphs).
 */
export const READING_LINE = 0.3;
const BAND = `-${READING_LINE * 100}% 0px -${100 - READING_LINE * 100 - 1}% 0px`;

export function trackReading(
  paragraphs: TrackedParagraph[],
  report: (paragraphId: string | null) => void,
  { intervalMs = 250 }: ReadingOptions = {},
): () => void {
  if (typeof IntersectionObserver === 'undefined' || !paragraphs.length) return () => undefined;
  const order = new Map(paragraphs.map((p, i) => [p.el, i]));
  const inBand = new Set<number>();
  let current: string | null = null;
  let sent: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;

  const flush = () => {
    timer = undefined;
    last = Date.now();
    if (current !== sent) report((sent = current));
  };
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(flush, Math.max(0, last + intervalMs - Date.now()));
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const i = order.get(e.target);
        if (i === undefined) continue;
        if (e.isIntersecting) inBand.add(i);
        else inBand.delete(i);
      }
      if (inBand.size) current = paragraphs[Math.min(...inBand)].id;
      schedule();
    },
    { rootMargin: BAND },
  );
  for (const p of paragraphs) observer.observe(p.el);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
