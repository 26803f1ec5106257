/**
 * lib/protocol.ts: who may send what, payload validation, and that every failure (refused
 * sender, malformed payload, thrown error, rejection, silence) comes back as a LedeError.
 */
import * as v from 'valibot';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { answered, fromExtension, fromOwnContentScript, fromOwnPage, guarded, schemas } from '@/lib/protocol';
import type { Result } from '@/lib/types';

const self = { id: 'lede-id', origin: 'chrome-extension://lede-id/' };

describe('senders', () => {
  test('the popup and side panel are our own pages; content scripts and others are not', () => {
    expect(fromOwnPage({ id: 'lede-id', url: 'chrome-extension://lede-id/popup.html?tabId=3' }, self)).toBe(
      true,
    );
    expect(fromOwnPage({ id: 'lede-id', url: 'https://example.org/', tab: { id: 3 } }, self)).toBe(false);
    expect(fromOwnPage({ id: 'other-id', url: 'chrome-extension://other-id/popup.html' }, self)).toBe(false);
    expect(fromOwnPage({ id: 'lede-id' }, self)).toBe(false);
    expect(fromOwnPage({ id: 'lede-id', url: 'chrome-extension://lede-id.evil/x.html' }, self)).toBe(false);
  });

  test('the content script accepts the extension only; the side panel accepts our content script', () => {
    expect(fromExtension({ id: 'lede-id' }, self)).toBe(true);
    expect(fromExtension({ id: 'other-id' }, self)).toBe(false);
    expect(fromOwnContentScript({ id: 'lede-id', tab: { id: 7 } }, self)).toBe(true);
    expect(fromOwnContentScript({ id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' }, self)).toBe(
      false,
    );
  });
});

describe('schemas', () => {
  const ok = (s: Parameters<typeof v.safeParse>[0], x: unknown) => v.safeParse(s, x).success;
  test('outline takes a tab id and an optional force flag, nothing else', () => {
    expect(ok(schemas.outline, { tabId: 3 })).toBe(true);
    expect(ok(schemas.outline, { tabId: 3, force: true })).toBe(true);
    expect(ok(schemas.outline, { tabId: -1 })).toBe(false);
    expect(ok(schemas.outline, { tabId: 1.5 })).toBe(false);
    expect(ok(schemas.outline, { tabId: '3' })).toBe(false);
    expect(ok(schemas.outline, { tabId: 3, action: 'eval' })).toBe(false);
  });
  test('paragraph references are checked field by field', () => {
    const ref = { paragraphId: 'p3', domIndex: 42, text: 'A sentence.' };
    expect(ok(schemas.scrollTo, ref)).toBe(true);
    expect(ok(schemas.scrollTo, { ...ref, domIndex: -1 })).toBe(true);
    expect(ok(schemas.scrollTo, { ...ref, domIndex: -2 })).toBe(false);
    expect(ok(schemas.show, { tabId: 1, ref })).toBe(true);
    expect(ok(schemas.mark, { refs: Array(201).fill(ref) })).toBe(false);
  });
  test('role markers name one of the roles (or other) and a short label; an empty list clears', () => {
    const ref = { paragraphId: 'p3', domIndex: 42, text: 'A sentence.' };
    const item = { ref, role: 'outlook', label: 'Outlook' };
    expect(ok(schemas.roleMarkers, { tabId: 1, items: [item] })).toBe(true);
    expect(ok(schemas.roleMarkers, { tabId: 1, items: [] })).toBe(true);
    expect(ok(schemas.drawMarkers, { items: [{ ...item, role: 'other' }] })).toBe(true);
    expect(ok(schemas.drawMarkers, { items: [{ ...item, role: 'opinion' }] })).toBe(false);
    expect(ok(schemas.drawMarkers, { items: [{ ...item, label: 'x'.repeat(101) }] })).toBe(false);
  });
  test('page events carry a URL (and the paragraph, or null between paragraphs)', () => {
    expect(ok(schemas.whereAmI, { url: 'https://x.test/', paragraphId: null })).toBe(true);
    expect(ok(schemas.whereAmI, { url: 'https://x.test/', paragraphId: 'p2' })).toBe(true);
    expect(ok(schemas.navigated, { url: 'https://x.test/#b' })).toBe(true);
    expect(ok(schemas.navigated, { url: 3 })).toBe(false);
  });
});

describe('guarded', () => {
  const handler = guarded(
    schemas.outline,
    (s) => fromOwnPage(s, self),
    ({ tabId }): Result<number> => ({ ok: true, value: tabId }),
  );
  const page = { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' };

  test('passes a valid message from an allowed sender to the handler', async () => {
    expect(await handler({ data: { tabId: 4 }, sender: page })).toEqual({ ok: true, value: 4 });
  });

  test('refuses other senders and malformed payloads with a LedeError', async () => {
    const refused = await handler({
      data: { tabId: 4 },
      sender: { id: 'lede-id', url: 'https://evil.example/' },
    });
    expect(refused.ok).toBe(false);
    const malformed = await handler({ data: { tabId: 'all' }, sender: page });
    expect(malformed.ok).toBe(false);
  });

  test('a handler that throws answers with an internal error', async () => {
    const throwing = guarded(
      schemas.capture,
      () => true,
      () => {
        throw new Error('boom');
      },
    );
    const r = await throwing({ data: { known: null }, sender: page });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', canForce: false } });
    expect(!r.ok && r.error.message).toContain('boom');
  });
});

describe('answered', () => {
  afterEach(() => vi.useRealTimers());

  test('a silent answer becomes an error once the time is up', async () => {
    vi.useFakeTimers();
    const never = new Promise<Result<number>>(() => {});
    const r = answered(never, 10_000, 'internal', 'the page did not answer');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await r).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  test('a rejection or a non-Result answer becomes an error; a Result passes through', async () => {
    expect((await answered(Promise.reject(new Error('No response')), 1000, 'internal', 'x')).ok).toBe(false);
    expect(
      (await answered(Promise.resolve(undefined as unknown as Result<number>), 1000, 'internal', 'x')).ok,
    ).toBe(false);
    expect(
      await answered(Promise.resolve<Result<number>>({ ok: true, value: 1 }), 1000, 'internal', 'x'),
    ).toEqual({
      ok: true,
      value: 1,
    });
  });
});
