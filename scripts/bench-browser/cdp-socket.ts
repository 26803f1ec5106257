/**
 * A bare DevTools connection to the browser's endpoint (one WebSocket, flat sessions), for the
 * bench's own reads of targets Playwright does not surface (the service worker's heap, the real
 * toolbar popup). Not `chromium.connectOverCDP`: a second Playwright client attaches itself to
 * every tab and sets each one up, and on the 3.2 M-character page that set-up ran on the page's
 * main thread for 0.3–0.7 s around the click, which the bench then charged to Lede's capture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from './steps';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface CdpSocket {
  /** One command, in the browser's session or (sessionId) an attached target's. */
  send<T>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Every event of that name. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  close(): void;
}

export async function connectBrowser(profileDir: string, commandMs = 180_000): Promise<CdpSocket> {
  const [port, path] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await step(
    'connect to the browser endpoint',
    15_000,
    () =>
      new Promise((ok, fail) => {
        ws.onopen = ok;
        ws.onerror = () => fail(new Error('websocket error'));
      }),
  );
  let next = 0;
  const waiting = new Map<number, (m: Message) => void>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  ws.addEventListener('message', (ev) => {
    const m = JSON.parse(String(ev.data)) as Message;
    if (m.id !== undefined) waiting.get(m.id)?.(m);
    else if (m.method) for (const l of listeners.get(m.method) ?? []) l(m.params ?? {});
  });
  return {
    send: <T>(method: string, params: object = {}, sessionId?: string) =>
      step(
        method,
        commandMs,
        () =>
          new Promise<T>((ok, fail) => {
            const id = ++next;
            waiting.set(id, (m) => {
              waiting.delete(id);
              if (m.error) fail(new Error(m.error.message));
              else ok((m.result ?? {}) as T);
            });
            ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
          }),
      ),
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close: () => ws.close(),
  };
}
