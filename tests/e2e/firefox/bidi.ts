/**
 * A minimal WebDriver BiDi client: numbered commands with their replies, over the WebSocket
 * Firefox opens with `--remote-debugging-port`. Firefox speaks BiDi natively; Playwright
 * 1.65's BiDi Firefox (`channel: 'moz-firefox'`) cannot drive Debian's Firefox ESR 153 (its
 * launch sends `emulation.setMediaFeaturesOverride`, which ESR 153 does not know), and it has
 * no way to install an add-on, so the Firefox tests speak the protocol themselves.
 * Node 20's WebSocket needs `--experimental-websocket` (vitest.config.ts, the e2e project).
 */

interface Reply {
  id?: number;
  type: 'success' | 'error' | 'event';
  result?: unknown;
  error?: string;
  message?: string;
}

export class Bidi {
  private next = 1;
  private readonly waiting = new Map<number, { ok(v: unknown): void; no(e: Error): void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (e) => {
      const m = JSON.parse(String(e.data)) as Reply;
      const w = m.id === undefined ? undefined : this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id!);
      if (m.type === 'error') w.no(new Error(`${m.error}: ${m.message}`));
      else w.ok(m.result);
    });
    ws.addEventListener('close', () => {
      for (const w of this.waiting.values()) w.no(new Error('BiDi connection closed'));
      this.waiting.clear();
    });
  }

  /** Connects to Firefox's BiDi endpoint (`ws://host:port`) and starts a session. */
  static async connect(endpoint: string): Promise<Bidi> {
    const ws = new WebSocket(`${endpoint}/session`);
    await new Promise<void>((ok, no) => {
      ws.addEventListener('open', () => ok());
      ws.addEventListener('error', () => no(new Error(`cannot connect to ${endpoint}`)));
    });
    const bidi = new Bidi(ws);
    await bidi.send('session.new', { capabilities: {} });
    return bidi;
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((ok, no) => {
      this.waiting.set(id, { ok: ok as (v: unknown) => void, no });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.ws.close();
  }
}
