/**
 * Issue 6: the extraction benchmark's scoring (lib/extract/score.ts) does what the benchmark's
 * README and evaluate.py say: Unicode \w+ tokens with case kept, 4-gram shingle bags,
 * per-page normalisation, macro means, F1 of the means.
 */
import { describe, expect, it } from 'vitest';
import { scorePage, shingles, summarise } from '../../lib/extract/score';

describe('shingles', () => {
  it("tokenises like Python's Unicode \\w+: case kept, accents and CJK runs whole", () => {
    expect([...shingles('Ça va, Zoë? 子どもの日 ok_1 done').keys()]).toEqual([
      'Ça\u0001va\u0001Zoë\u0001子どもの日',
      'va\u0001Zoë\u0001子どもの日\u0001ok_1',
      'Zoë\u0001子どもの日\u0001ok_1\u0001done',
    ]);
  });

  it('gives one shorter shingle for fewer than four tokens, none for no token', () => {
    expect([...shingles('Hello world').entries()]).toEqual([['Hello\u0001world', 1]]);
    expect(shingles('— … —').size).toBe(0);
  });

  it('counts repeated shingles', () => {
    expect(shingles('a b c d a b c d').get('a\u0001b\u0001c\u0001d')).toBe(2);
  });
});

describe('scorePage', () => {
  it('is perfect on equal text and normalises tp, fp, fn to sum to one', () => {
    const s = scorePage('one two three four five', 'one two three four five');
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    const t = scorePage('one two three four five six', 'one two three four five seven eight');
    expect(t.tp + t.fp + t.fn).toBeCloseTo(1);
    expect(t.precision).toBeCloseTo(2 / 4);
    expect(t.recall).toBeCloseTo(2 / 3);
  });

  it('is case-sensitive, as evaluate.py', () => {
    expect(scorePage('One two three four', 'one two three four').tp).toBe(0);
  });

  it('leaves a page with nothing predicted out of the precision mean', () => {
    const empty = scorePage('one two three four', '');
    expect(empty.precision).toBeNull();
    expect(empty.recall).toBe(0);
    const summary = summarise([empty, scorePage('a b c d', 'a b c d')]);
    expect(summary.precision).toBe(1);
    expect(summary.recall).toBe(0.5);
    expect(summary.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
  });
});
