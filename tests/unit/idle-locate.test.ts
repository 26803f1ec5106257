// @vitest-environment jsdom
/** lib/page/idle-locate.ts: paragraphs located in idle slices (issue 7), none lost, cancellable. */
import { describe, expect, test } from 'vitest';
import { locateWhenIdle, type IdleDeadline, type RequestIdle } from '@/lib/page/idle-locate';

/** An idle queue the test runs by hand, with a deadline of `ms` per slice (0: one item each). */
function manualIdle(ms: number) {
  const queue: ((d: IdleDeadline) => void)[] = [];
  const idle: RequestIdle = (work) => {
    queue.push(work);
    return () => queue.splice(queue.indexOf(work), 1);
  };
  return { idle, queue, runOne: () => queue.shift()?.({ timeRemaining: () => ms }) };
}

function page(n: number): Document {
  document.body.innerHTML = Array.from(
    { length: n },
    (_, i) => `<p>Paragraph number ${i} of the story.</p>`,
  ).join('');
  return document;
}

const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    paragraphId: `p${i}`,
    domIndex: -1,
    text: `Paragraph number ${i} of the story.`,
  }));

describe('locateWhenIdle', () => {
  test('with no time to spare, one paragraph per idle slice, all found in order', () => {
    const doc = page(5);
    const { idle, queue, runOne } = manualIdle(0);
    let found: string[] | null = null;
    locateWhenIdle(doc, refs(5), idle, (f) => (found = f.map((x) => x.ref.paragraphId)));
    let slices = 0;
    while (queue.length) {
      runOne();
      slices++;
    }
    expect(slices).toBe(5);
    expect(found).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  test('a long idle period takes them all at once; a missing paragraph is left out', () => {
    const doc = page(3);
    const { idle, queue, runOne } = manualIdle(50);
    let found: string[] | null = null;
    const wanted = [
      ...refs(3),
      { paragraphId: 'gone', domIndex: -1, text: 'Text that is not on the page at all.' },
    ];
    locateWhenIdle(doc, wanted, idle, (f) => (found = f.map((x) => x.ref.paragraphId)));
    runOne();
    expect(queue).toHaveLength(0);
    expect(found).toEqual(['p0', 'p1', 'p2']);
  });

  test('cancelled, it stops and never reports', () => {
    const doc = page(4);
    const { idle, queue, runOne } = manualIdle(0);
    let reported = false;
    const cancel = locateWhenIdle(doc, refs(4), idle, () => (reported = true));
    runOne();
    cancel();
    expect(queue).toHaveLength(0);
    expect(reported).toBe(false);
  });
});
