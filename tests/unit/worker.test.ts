/**
 * The service worker's flows (lib/worker/) without a browser: a tab is asked first and only
 * looked up and injected when it does not answer; outlines are cached per length and content
 * and kept in the history once.
 */
import { describe, expect, it } from 'vitest';
import { Lru } from '../../lib/cache';
import { ledeError } from '../../lib/errors';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import type { Article, Outline, Result } from '../../lib/types';
import { lastOutlineKey, type CapturePortMessage, type PortLike } from '../../lib/protocol';
import { answerCapture, offerCapture } from '../../lib/page/capture-port';
import type { PageCopy } from '../../lib/page/capture';
import { createMemoryArea, createSettings } from '../../lib/storage';
import {
  capturePorts,
  followSetting,
  tabOutliner,
  lastOutlines,
  outliner,
  reachTab,
  receiveCapture,
  tabArticles,
  tabCaptures,
  type ArticleSource,
  type CaptureAccess,
} from '../../lib/worker';
import type { Capture } from '../../lib/page/capture';
import { manualTimers } from './manual-timers';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

describe('reachTab', () => {
  it('asks the content script first and looks nothing up when it answers', async () => {
    const calls: string[] = [];
    const tabs = {
      tabById: async () => (calls.push('lookup'), { id: 1 }),
      inject: async () => (calls.push('inject'), ok(null)),
    };
    expect(await reachTab(1, async () => ok('article'), tabs, 1000)).toEqual(ok('article'));
    expect(calls).toEqual([]);
  });

  it('injects the content script when the tab has none, then asks again', async () => {
    const calls: string[] = [];
    let injected = false;
    const tabs = {
      tabById: async () => (calls.push('lookup'), { id: 1 }),
      inject: async () => (calls.push('inject'), (injected = true), ok(null)),
    };
    const ask = async () => (injected ? ok('article') : Promise.reject(new Error('no receiver')));
    expect(await reachTab(1, ask, tabs, 1000)).toEqual(ok('article'));
    expect(calls).toEqual(['lookup', 'inject']);
  });

  it('gives no-tab for a closed tab, and timeout for a tab that never answers', async () => {
    const none = { tabById: async () => null, inject: async () => ok(null) };
    const closed = await reachTab(1, () => Promise.reject(new Error('gone')), none, 1000);
    expect(!closed.ok && closed.error.code).toBe('no-tab');
    const busy = await reachTab(1, () => new Promise<Result<string>>(() => {}), none, 20);
    expect(!busy.ok && busy.error.code).toBe('timeout');
  });
});

describe('outliner', () => {
  const article = extractFromHtml(
    readHtmlFile('tests/fixtures/seed/source.html'),
    'https://example.com/seed',
  );

  it('outlines once per length and content, and keeps each new outline', async () => {
    const kept: Outline[] = [];
    let length: 'brief' | 'detailed' = 'brief';
    const outline = outliner({
      cache: new Lru(10),
      length: async () => length,
      keep: async (o) => kept.push(o),
    });
    const first = await outline(article, false);
    expect(first.ok).toBe(true);
    expect(await outline(article, false)).toBe(first); // the cached Result itself
    length = 'detailed';
    const detailed = await outline(article, false);
    expect(detailed).not.toBe(first);
    expect(kept).toHaveLength(2);
  });

  it('keeps an outline made ahead of the click only once the reader asks for it, and once', async () => {
    const kept: Outline[] = [];
    const outline = outliner({
      cache: new Lru(10),
      length: async () => 'standard',
      keep: async (o) => kept.push(o),
    });
    const ahead = await outline(article, false, false);
    expect(ahead.ok).toBe(true);
    expect(kept).toHaveLength(0); // made ahead (lib/ahead.ts): not the reader's history yet
    expect(await outline(article, false)).toBe(ahead); // the click: no second pipeline run
    expect(kept).toHaveLength(1);
    await outline(article, false);
    expect(kept).toHaveLength(1);
  });

  it('loses no outline when keeping it fails', async () => {
    const outline = outliner({
      cache: new Lru(10),
      length: async () => undefined,
      keep: () => Promise.reject(new Error('quota')),
    });
    expect((await outline(article, false)).ok).toBe(true);
  });
});

describe('lastOutlines', () => {
  const entry = (url: string) => ({
    url,
    length: 'standard' as const,
    result: ok({ url } as unknown as Outline),
  });

  it("keeps each tab's last outline under its key, for the last `capacity` tabs only", async () => {
    const area = createMemoryArea();
    const last = lastOutlines(area, 2);
    await last.save(1, entry('a'));
    await last.save(2, entry('b'));
    await last.save(1, entry('a2')); // tab 1 is now the most recent
    await last.save(3, entry('c')); // evicts tab 2, the oldest
    const all = await area.get(null);
    expect(Object.keys(all).sort()).toEqual([lastOutlineKey(1), lastOutlineKey(3)]);
    expect(all[lastOutlineKey(1)]).toEqual(entry('a2'));
  });

  it('forgets a closed tab, and a failed write rejects nothing', async () => {
    const area = createMemoryArea();
    const last = lastOutlines(area);
    await last.save(7, entry('a'));
    await last.forget(7);
    expect(await area.get(null)).toEqual({});
    const full = { ...area, set: () => Promise.reject(new Error('quota')) };
    await expect(lastOutlines(full).save(1, entry('a'))).resolves.toBeUndefined();
  });
});

describe('tabArticles', () => {
  const SEED = readHtmlFile('tests/fixtures/seed/source.html');
  /** A tab whose page is at `revision`; counts what the worker asked of it. */
  function tab(page = { revision: 'r1', html: SEED }) {
    const asked: (string | null)[] = [];
    let extractions = 0;
    const source: ArticleSource = {
      capture: async (known): Promise<Result<Capture>> => {
        asked.push(known);
        const html = known === page.revision ? null : page.html;
        return { ok: true, value: { url: 'https://example.org/a', revision: page.revision, html } };
      },
      extract: async (html, url): Promise<Result<Article>> => {
        extractions++;
        return { ok: true, value: extractFromHtml(html, url) };
      },
    };
    return { source, page, asked, extractions: () => extractions };
  }

  it('extracts a page once, then reuses the article while its revision stands', async () => {
    const articles = tabArticles();
    const t = tab();
    const first = await articles.get(1, false, t.source);
    const again = await articles.get(1, false, t.source);
    expect(first.ok && first.value.fresh).toBe(true);
    expect(again.ok && again.value.fresh).toBe(false);
    expect(again.ok && again.value.article).toBe(first.ok && first.value.article);
    expect(t.asked).toEqual([null, 'r1']);
    expect(t.extractions()).toBe(1);
  });

  it('extracts again when the page changed, when forced, and after the tab is forgotten', async () => {
    const articles = tabArticles();
    const t = tab();
    await articles.get(1, false, t.source);
    t.page.revision = 'r2';
    await articles.get(1, false, t.source);
    await articles.get(1, true, t.source);
    articles.forget(1);
    await articles.get(1, false, t.source);
    expect(t.asked).toEqual([null, 'r1', null, null]);
    expect(t.extractions()).toBe(4);
  });

  it('keeps a tab to itself, and captures whole a revision it no longer holds', async () => {
    const articles = tabArticles(1);
    const a = tab();
    const b = tab({ revision: 'r1', html: SEED });
    await articles.get(1, false, a.source);
    await articles.get(2, false, b.source); // tab 1 falls out of a cache of one
    const r = await articles.get(1, false, a.source);
    expect(r.ok && r.value.fresh).toBe(true);
    expect(a.asked).toEqual([null, null]);
  });

  it('passes on a failed capture or extraction, keeping nothing', async () => {
    const articles = tabArticles();
    const failing: ArticleSource = {
      capture: async () => ({ ok: false, error: ledeError('pdf') }),
      extract: async () => {
        throw new Error('never called');
      },
    };
    expect(await articles.get(1, false, failing)).toMatchObject({ ok: false, error: { code: 'pdf' } });
  });
});

/** Two connected ends of a port, as the browser gives them (messages arrive in a later task). */
function portPair(
  sender: { id?: string; url?: string; tab?: { id?: number }; frameId?: number } = { id: 'lede' },
) {
  type End = PortLike<unknown, unknown> & { listeners: ((m: unknown) => void)[]; closers: (() => void)[] };
  const end = (): End => ({
    listeners: [],
    closers: [],
    postMessage: () => {},
    onMessage(l) {
      this.listeners.push(l);
    },
    onDisconnect(l) {
      this.closers.push(l);
    },
    disconnect: () => {},
  });
  const a = end();
  const b = end();
  let open = true;
  const link = (from: End, to: End) => {
    from.postMessage = (m) => {
      if (!open) throw new Error('disconnected');
      const copy = JSON.parse(JSON.stringify(m)) as unknown;
      setTimeout(() => to.listeners.forEach((l) => l(copy)), 0); // sent before a disconnect: delivered
    };
    from.disconnect = () => {
      if (!open) return;
      open = false;
      setTimeout(() => to.closers.forEach((l) => l()), 0);
    };
  };
  link(a, b);
  link(b, a);
  b.sender = sender;
  return { opener: a, accepter: b };
}

describe('the capture port (receiveCapture ↔ answerCapture)', () => {
  const pieces = ['<!DOCTYPE html>', '<html><head></head><body>', 'x'.repeat(300_000), '</body></html>'];
  const copy =
    (value: Partial<PageCopy> = {}) =>
    async (): Promise<Result<PageCopy>> => ({
      ok: true,
      value: { url: 'https://a.example/', revision: 'r1', pieces, chars: pieces.join('').length, ...value },
    });
  const serve = (
    accepter: PortLike<unknown, unknown>,
    capture: () => Promise<Result<PageCopy>>,
    allowed = true,
  ) =>
    answerCapture(
      accepter as PortLike<unknown, CapturePortMessage>,
      () => allowed,
      capture,
      async () => {},
    );

  it('joins the parts into the page copy, and gives no HTML for a known revision', async () => {
    const { opener, accepter } = portPair();
    serve(accepter, copy());
    const r = await receiveCapture(opener as PortLike<unknown, { known: string | null }>, null);
    expect(r).toEqual(ok({ url: 'https://a.example/', revision: 'r1', html: pieces.join('') }));
    const known = portPair();
    serve(known.accepter, copy({ pieces: null, chars: 0 }));
    expect(await receiveCapture(known.opener as PortLike<unknown, { known: string | null }>, 'r1')).toEqual(
      ok({ url: 'https://a.example/', revision: 'r1', html: null }),
    );
  });

  it('passes the page’s reason on, refuses an unknown opener, and rejects when nobody answers', async () => {
    const failed = portPair();
    serve(failed.accepter, async () => ({ ok: false, error: ledeError('page-changed') }));
    expect(
      await receiveCapture(failed.opener as PortLike<unknown, { known: string | null }>, null),
    ).toMatchObject({
      ok: false,
      error: { code: 'page-changed' },
    });
    const stranger = portPair();
    serve(stranger.accepter, copy(), false);
    expect(
      await receiveCapture(stranger.opener as PortLike<unknown, { known: string | null }>, null),
    ).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('unknown sender') },
    });
    // No content script in the tab: the port closes unanswered, and reachTab injects one.
    const empty = portPair();
    empty.accepter.disconnect();
    await expect(
      receiveCapture(empty.opener as PortLike<unknown, { known: string | null }>, null),
    ).rejects.toThrow();
  });

  it('hands each part on to the sink as it comes, and drops them there when no copy results', async () => {
    const sink = () => {
      const seen: string[] = [];
      return { seen, part: (t: string) => void seen.push(t), drop: () => void seen.push('drop') };
    };
    const whole = sink();
    const { opener, accepter } = portPair();
    serve(accepter, copy());
    const r = await receiveCapture(opener as PortLike<unknown, { known: string | null }>, null, whole);
    expect(r.ok && r.value.html).toBe(pieces.join(''));
    expect(whole.seen.length).toBeGreaterThan(1); // the copy came in parts
    expect(whole.seen.join('')).toBe(pieces.join(''));
    // A copy that does not add up, a page's reason, a known revision: nothing to extract there.
    for (const [capture, parts] of [
      [copy({ chars: 12 }), true],
      [async () => ({ ok: false, error: ledeError('page-changed') }) as Result<PageCopy>, false],
      [copy({ pieces: null, chars: 0 }), false],
    ] as const) {
      const dropped = sink();
      const pair = portPair();
      serve(pair.accepter, capture);
      await receiveCapture(pair.opener as PortLike<unknown, { known: string | null }>, 'r1', dropped);
      expect(dropped.seen.at(-1)).toBe('drop');
      expect(dropped.seen.length > 1).toBe(parts);
    }
  });

  it('refuses a copy whose parts do not add up to what the page said it sent', async () => {
    const { opener, accepter } = portPair();
    serve(accepter, copy({ chars: 12 }));
    expect(await receiveCapture(opener as PortLike<unknown, { known: string | null }>, null)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('incomplete') },
    });
  });
});

describe('the copy a freshly injected content script offers (capturePorts ↔ offerCapture)', () => {
  const pieces = ['<!DOCTYPE html>', '<html><body>', 'y'.repeat(40_000), '</body></html>'];
  const copy = async (): Promise<Result<PageCopy>> => ({
    ok: true,
    value: { url: 'https://b.example/', revision: 'r9', pieces, chars: pieces.join('').length },
  });
  const fromTab = (tabId: number, frameId = 0) => ({ id: 'lede', tab: { id: tabId }, frameId });
  const ours = (s: { id?: string; tab?: { id?: number }; frameId?: number }, tabId: number) =>
    s.id === 'lede' && s.tab?.id === tabId && s.frameId === 0;

  it('hands the port of the tab being injected into to its flow, which needs no request', async () => {
    const ports = capturePorts(ours);
    const offer = ports.expect(7);
    const { opener, accepter } = portPair(fromTab(7));
    // The content script opened the port: its copy starts before anyone asks.
    offerCapture(opener as PortLike<unknown, CapturePortMessage>, copy, async () => {});
    ports.accept(accepter as PortLike<unknown, { known: string | null }>);
    expect(await offer.capture).toEqual(
      ok({ url: 'https://b.example/', revision: 'r9', html: pieces.join('') }),
    );
  });

  it('closes a port nobody waits for, or from another tab, frame or extension; the copy then stops', async () => {
    const ports = capturePorts(ours);
    const offer = ports.expect(7);
    for (const sender of [fromTab(8), fromTab(7, 3), { id: 'other', tab: { id: 7 }, frameId: 0 }]) {
      const { opener, accepter } = portPair(sender);
      let abandoned: (() => boolean) | null = null;
      const posted: unknown[] = [];
      opener.postMessage = (m) => void posted.push(m);
      offerCapture(
        opener as PortLike<unknown, CapturePortMessage>,
        (gone) => ((abandoned = gone), copy()),
        () => new Promise((r) => setTimeout(r, 5)),
      );
      ports.accept(accepter as PortLike<unknown, { known: string | null }>);
      await new Promise((r) => setTimeout(r, 30));
      expect(abandoned!()).toBe(true);
      expect(posted.length).toBeLessThan(3); // at most a part already on its way
    }
    // The flow for tab 7 still waits for its own port.
    const mine = portPair(fromTab(7));
    offerCapture(mine.opener as PortLike<unknown, CapturePortMessage>, copy, async () => {});
    ports.accept(mine.accepter as PortLike<unknown, { known: string | null }>);
    expect((await offer.capture).ok).toBe(true);
    // Cancelled: a later port from the tab finds nobody.
    const cancelled = ports.expect(9);
    cancelled.cancel();
    const late = portPair(fromTab(9));
    let closed = false;
    late.accepter.disconnect = () => void (closed = true);
    ports.accept(late.accepter as PortLike<unknown, { known: string | null }>);
    expect(closed).toBe(true);
  });
});

describe('tabCaptures', () => {
  const page = (revision: string): Result<Capture> =>
    ok({ url: 'https://c.example/', revision, html: '<p>x</p>' });
  /** A tab whose content script is there once injected; `calls` says what the worker did. */
  const tab = (opts: { injectFails?: boolean; offerFails?: boolean; scripted?: boolean } = {}) => {
    const calls: string[] = [];
    let scripted = opts.scripted ?? false;
    const access: CaptureAccess<{ id: number }> = {
      tabById: async (id) => (calls.push('lookup'), { id }),
      inject: async () => {
        calls.push('inject');
        if (opts.injectFails) return { ok: false, error: ledeError('restricted') };
        scripted = true;
        return ok(null);
      },
      ask: async (_id, known) => {
        calls.push(`ask ${known}`);
        if (!scripted) throw new Error('no receiver');
        return page(known ?? 'asked');
      },
      expect: () => {
        calls.push('expect');
        return {
          capture: opts.offerFails ? Promise.reject(new Error('closed')) : Promise.resolve(page('offered')),
          cancel: () => calls.push('cancel'),
        };
      },
    };
    return { calls, access };
  };

  it('injects into a tab it never heard from with no connect first, and asks it directly next time', async () => {
    const { calls, access } = tab();
    const captures = tabCaptures(access, 1000);
    expect(await captures.capture(1, null)).toEqual(page('offered'));
    expect(calls).toEqual(['lookup', 'expect', 'inject', 'cancel']);
    calls.length = 0;
    expect(await captures.capture(1, 'offered')).toEqual(page('offered'));
    expect(calls).toEqual(['ask offered']);
  });

  it('injects again when the script it knew has gone, and forgets a closed tab', async () => {
    const gone = tab();
    const captures = tabCaptures(gone.access, 1000);
    await captures.capture(1, null);
    captures.forget(1);
    gone.calls.length = 0;
    await captures.capture(1, null);
    expect(gone.calls).toEqual(['lookup', 'expect', 'inject', 'cancel']);
    // Known, but the page navigated away with its script: the connect misses, then it injects.
    const { calls, access } = tab();
    const again = tabCaptures({ ...access, ask: async () => Promise.reject(new Error('no receiver')) }, 1000);
    await again.capture(2, null);
    calls.length = 0;
    expect(await again.capture(2, 'r')).toEqual(page('offered'));
    expect(calls).toEqual(['lookup', 'expect', 'inject', 'cancel']);
  });

  it('passes on a refused injection, and asks the script there when its own port was closed', async () => {
    const refused = tab({ injectFails: true });
    const r = await tabCaptures(refused.access, 1000).capture(1, null);
    expect(!r.ok && r.error.code).toBe('restricted');
    expect(refused.calls).toEqual(['lookup', 'expect', 'inject', 'cancel']);
    const replaced = tab({ offerFails: true });
    expect(await tabCaptures(replaced.access, 1000).capture(1, null)).toEqual(page('asked'));
    expect(replaced.calls).toEqual(['lookup', 'expect', 'inject', 'ask null', 'cancel']);
  });

  it('gives no-tab for a closed tab, and timeout for a page that never offers its copy', async () => {
    const { access } = tab();
    const closed = await tabCaptures({ ...access, tabById: async () => null }, 1000).capture(1, null);
    expect(!closed.ok && closed.error.code).toBe('no-tab');
    const silent = await tabCaptures(
      { ...access, expect: () => ({ capture: new Promise(() => {}), cancel: () => {} }) },
      20,
    ).capture(1, null);
    expect(!silent.ok && silent.error.code).toBe('timeout');
  });
});

describe('followSetting', () => {
  it('reads the stored length once, then follows a change made in another window', async () => {
    const area = createMemoryArea();
    await createSettings(area).save({ length: 'brief' });
    const length = followSetting(Promise.resolve(createSettings(area)), 'length');
    expect(await length()).toBe('brief');
    await createSettings(area).save({ length: 'detailed' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await length()).toBe('detailed');
  });

  it('follows only its own setting: a change of another leaves it as it was', async () => {
    const area = createMemoryArea();
    const ahead = followSetting(Promise.resolve(createSettings(area)), 'readyAhead');
    expect(await ahead()).toBe(false);
    await createSettings(area).save({ theme: 'dark' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await ahead()).toBe(false);
    await createSettings(area).save({ readyAhead: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(await ahead()).toBe(true);
  });

  it('is undefined, not a rejection, when the store cannot be opened', async () => {
    const length = followSetting(Promise.reject(new Error('quota')), 'length');
    expect(await length()).toBeUndefined();
  });
});

describe('tabOutliner', () => {
  const article = extractFromHtml(
    readHtmlFile('tests/fixtures/seed/source.html'),
    'https://example.com/seed',
  );
  const setup = (timers = manualTimers().timers) => {
    const calls = { extract: [] as boolean[], kept: [] as number[], history: [] as boolean[] };
    let finish!: () => void;
    const gate = new Promise<void>((ok) => (finish = ok));
    const tabs = tabOutliner(
      {
        extract: async (_tabId, force) => {
          calls.extract.push(force);
          await gate;
          return { ok: true, value: article };
        },
        outline: async (_a, _force, toHistory) => {
          calls.history.push(toHistory);
          return { ok: true, value: {} as Outline };
        },
        keepLast: (tabId) => calls.kept.push(tabId),
      },
      2_000,
      timers,
    );
    return { tabs, calls, finish };
  };

  it('shares one capture between an outline made ahead and the click that comes meanwhile', async () => {
    const { tabs, calls, finish } = setup();
    const ahead = tabs.outline(3, false, false);
    const click = tabs.outline(3, false, true);
    finish();
    await Promise.all([ahead, click]);
    expect(calls.extract).toEqual([false]);
    expect(calls.history).toEqual([false, true]); // the click's outline goes into the history
    expect(calls.kept).toEqual([3, 3]);
  });

  it('gives the popup’s request the reading its click started, even once done, and only once', async () => {
    const clock = manualTimers();
    const { tabs, calls, finish } = setup(clock.timers);
    finish();
    await tabs.clicked(3);
    expect(calls.history).toEqual([false]); // not the reader's history until the popup asks
    await tabs.outline(3, false, true); // the popup's request: no second look at the page
    expect(calls.extract).toEqual([false]);
    expect(calls.history).toEqual([false, true]);
    expect(calls.kept).toEqual([3]); // kept as the tab's last outline by the click, once
    await tabs.outline(3, false, true); // a later request reads the page again
    expect(calls.extract).toEqual([false, false]);
  });

  it('lets a click’s reading go once its hold is over', async () => {
    const clock = manualTimers();
    const { tabs, calls, finish } = setup(clock.timers);
    finish();
    await tabs.clicked(3);
    await clock.tick();
    await tabs.outline(3, false, true);
    expect(calls.extract).toEqual([false, false]);
  });

  it('captures anew for "Outline anyway", and keeps no last outline for it', async () => {
    const { tabs, calls, finish } = setup();
    const ahead = tabs.outline(3, false, false);
    const forced = tabs.outline(3, true, true);
    finish();
    await Promise.all([ahead, forced]);
    expect(calls.extract).toEqual([false, true]);
    expect(calls.kept).toEqual([3]);
  });

  it('answers a failed capture as it is, outlining nothing', async () => {
    const tabs = tabOutliner({
      extract: async () => ({ ok: false, error: ledeError('restricted') }),
      outline: () => {
        throw new Error('not reached');
      },
      keepLast: () => {
        throw new Error('not reached');
      },
    });
    const r = await tabs.outline(1, false, true);
    expect(!r.ok && r.error.code).toBe('restricted');
  });
});
