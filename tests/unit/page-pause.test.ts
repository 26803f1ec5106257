/**
 * lib/page/pause.ts pauseLedger: the capture's span, Lede's own work in it and its longest
 * stretch without a turn for the page, on a fake clock (issue 7's in-page figures).
 */
import { expect, test } from 'vitest';
import { pauseLedger } from '../../lib/page/pause';

test('counts the page turns out of the work, and the longest stretch between them', async () => {
  let t = 0;
  const ledger = pauseLedger(
    async () => void (t += 30),
    () => t,
  ); // each turn: the page runs 30 ms
  ledger.begin(); // 0
  t += 5; // the page's own task before the request: not Lede's work
  ledger.resume(); // 5
  t += 12;
  await ledger.pause(); // stretch 12, turn 17 → 47
  t += 4;
  await ledger.pause(); // stretch 4, turn 51 → 81
  t += 9;
  expect(ledger.end()).toEqual({ start: 0, end: 90, work: 25, longest: 12 });
  // A second capture starts its own count.
  ledger.begin();
  t += 3;
  expect(ledger.end()).toEqual({ start: 90, end: 93, work: 3, longest: 3 });
});
