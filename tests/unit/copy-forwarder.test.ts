import { describe, expect, it } from 'vitest';
import { forwardCopy, type ExtractChannel } from '../../lib/copy-forwarder';

/** A channel that records what was posted to the offscreen document. */
function fakeChannel(open = true) {
  const posted: unknown[] = [];
  const channel: ExtractChannel = {
    ask: async () => null,
    post: (m) => void posted.push(m),
    open: () => open,
  };
  return { channel, posted, opened: () => Promise.resolve(channel) };
}

describe('forwardCopy (lib/copy-forwarder.ts)', () => {
  it('posts the parts in order under one copy number, and names that copy when all of it went there', async () => {
    const { channel, posted, opened } = fakeChannel();
    const copy = forwardCopy(opened);
    copy.part('<p>a');
    copy.part('b</p>');
    const n = await copy.take(channel, 9);
    expect(n).not.toBeNull();
    expect(posted).toEqual([
      { copy: n, part: '<p>a' },
      { copy: n, part: 'b</p>' },
    ]);
  });

  it('gives no copy, and drops the parts there, when the joined HTML is not what was sent', async () => {
    const { channel, posted, opened } = fakeChannel();
    const copy = forwardCopy(opened);
    copy.part('<p>a');
    expect(await copy.take(channel, 99)).toBeNull();
    expect(posted.at(-1)).toMatchObject({ drop: true });
  });

  it('gives no copy when the document went away, or when another port holds the parts', async () => {
    const closed = fakeChannel(false);
    const a = forwardCopy(closed.opened);
    a.part('<p>');
    expect(await a.take(closed.channel, 3)).toBeNull();
    const other = fakeChannel();
    const b = forwardCopy(closed.opened);
    b.part('<p>');
    expect(await b.take(other.channel, 3)).toBeNull();
  });

  it('sends nothing after close, and drops what it had sent', async () => {
    const { channel, posted, opened } = fakeChannel();
    const copy = forwardCopy(opened);
    copy.part('<p>');
    copy.close();
    copy.part('late');
    await new Promise((done) => setTimeout(done, 0)); // every queued post has run
    expect(posted.some((m) => (m as { part?: string }).part === 'late')).toBe(false);
    expect(posted.at(-1)).toMatchObject({ drop: true });
    expect(await copy.take(channel, 3)).toBeNull();
  });
});
