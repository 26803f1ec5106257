/**
 * The service worker: lib/worker/start.ts with the browser's side handed in. Thin wiring; the
 * flows, and which message reaches which of them, live in lib/worker/.
 */
import * as glue from '@/lib/glue';
import { onMessage, sendMessage } from '@/lib/protocol';
import { startWorker } from '@/lib/worker/start';

export default defineBackground(() =>
  startWorker({ ...glue, onMessage, sendMessage, language: navigator.language }),
);
