/**
 * The per-page time limit (issue 8): each case runs in a child process, which reports a hang
 * when the pipeline took longer than the limit (run.ts); one that does not answer at all
 * within a hard stop (HARD_FACTOR × the limit, room for the untimed checks) is killed and
 * reported as a hang with a `too-large` result, the answer the reader would get. A child that
 * dies (out of memory, stack) is a crash. The product bounds its own work (lib/guard); this
 * watchdog only proves that it does.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Outcome } from './run';

export type ParentMessage = { seed: number; index: number; limitMs: number };
export type ChildMessage =
  | { type: 'ready' }
  | { type: 'start'; index: number; name: string; chars: number }
  | { type: 'done'; index: number; outcome: Outcome };

export type WatchedOutcome = Outcome;

export interface WatchedResult {
  index: number;
  name: string;
  chars: number;
  outcome: WatchedOutcome;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
/** Time allowed to build one case (a 50 MB page) before the limit starts. */
const GENERATE_MS = 60_000;
const HARD_FACTOR = 4;

export class Watchdog {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly limitMs: number) {}

  private spawn(): Promise<void> {
    // The child inherits tsx's loader flags, so it runs TypeScript like this process.
    const child = fork(CHILD, [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    return new Promise((resolve, reject) => {
      child.once('message', (m: ChildMessage) =>
        m.type === 'ready' ? resolve() : reject(new Error('child spoke first')),
      );
      child.once('exit', (code) => reject(new Error(`fuzz child exited (${code}) before it was ready`)));
    });
  }

  async run(seed: number, index: number): Promise<WatchedResult> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null)
      this.ready = this.spawn();
    await this.ready;
    const child = this.child!;
    return new Promise((resolve) => {
      let name = `case ${index}`;
      let chars = 0;
      let started = 0;
      let timer = setTimeout(
        () => finish({ kind: 'hang', code: 'too-large', ms: GENERATE_MS }, true),
        GENERATE_MS,
      );
      const onMessage = (m: ChildMessage) => {
        if (m.type === 'start') {
          ({ name, chars } = m);
          started = performance.now();
          clearTimeout(timer);
          const hard = this.limitMs * HARD_FACTOR;
          timer = setTimeout(() => finish({ kind: 'hang', code: 'too-large', ms: hard }, true), hard);
        } else if (m.type === 'done') finish(m.outcome, false);
      };
      const onExit = (code: number | null, signal: string | null) =>
        finish(
          {
            kind: 'crash',
            message: `child died (${signal ?? code})`,
            ms: started ? performance.now() - started : 0,
          },
          false,
        );
      const finish = (outcome: WatchedOutcome, kill: boolean) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (kill) {
          child.kill('SIGKILL');
          this.child = null; // a fresh child for the next case; this one is still dying
        }
        resolve({ index, name, chars, outcome });
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ seed, index, limitMs: this.limitMs } satisfies ParentMessage);
    });
  }

  close(): void {
    this.child?.kill();
    this.child = null;
  }
}
