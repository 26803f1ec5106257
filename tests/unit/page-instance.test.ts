/**
 * lib/page/instance.ts: a second injection of a script replaces the first one's instance, once,
 * and an instance whose extension context is gone does not stop the new one (issue 7: the
 * capture script and the page script are injected separately, each with its own slot).
 */
import { describe, expect, test, vi } from 'vitest';
import { replaceInstance } from '@/lib/page/instance';

const CAPTURE = Symbol('capture');
const PAGE = Symbol('page');

describe('replaceInstance', () => {
  test('a second instance disposes the first, after which the first is not disposed again', () => {
    const world = {};
    const first = vi.fn();
    const second = vi.fn();
    replaceInstance(world, CAPTURE, () => first);
    expect(first).not.toHaveBeenCalled();
    replaceInstance(world, CAPTURE, () => second);
    expect(first).toHaveBeenCalledTimes(1);
    replaceInstance(world, CAPTURE, () => () => {});
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  test('the old instance is gone before the new one starts', () => {
    const world = {};
    const order: string[] = [];
    replaceInstance(world, CAPTURE, () => () => order.push('old disposed'));
    replaceInstance(world, CAPTURE, () => (order.push('new started'), () => {}));
    expect(order).toEqual(['old disposed', 'new started']);
  });

  test('each script has its own slot', () => {
    const world = {};
    const capture = vi.fn();
    replaceInstance(world, CAPTURE, () => capture);
    replaceInstance(world, PAGE, () => () => {});
    expect(capture).not.toHaveBeenCalled();
  });

  test('an old instance that throws on dispose (its context gone) leaves the new one in place', () => {
    const world = {};
    replaceInstance(world, PAGE, () => () => {
      throw new Error('Extension context invalidated.');
    });
    const next = vi.fn();
    expect(() => replaceInstance(world, PAGE, () => next)).not.toThrow();
    replaceInstance(world, PAGE, () => () => {});
    expect(next).toHaveBeenCalledTimes(1);
  });
});
