/**
 * The fuzzer's child process: builds case `index` of run `seed` itself (a 50 MB page is never
 * copied between processes) and runs it, announcing the case first so the watchdog can name
 * a case that hangs or kills the process.
 */
import { makeCase } from './cases';
import { loadMaterial } from './material';
import { runCase } from './run';
import type { ChildMessage, ParentMessage } from './watchdog';

const material = loadMaterial();
const send = (m: ChildMessage) => process.send!(m);

process.on('message', ({ seed, index, limitMs }: ParentMessage) => {
  const c = makeCase(seed, index, material);
  send({ type: 'start', index, name: c.name, chars: c.html.length });
  send({ type: 'done', index, outcome: runCase(c, limitMs) });
});
send({ type: 'ready' });
