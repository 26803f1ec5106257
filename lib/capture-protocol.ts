/**
 * The capture port's part of the protocol (lib/protocol.ts re-exports all of it, and keeps the
 * one map): what the capture script injected on the click needs, and nothing that sets up the
 * messaging (issue 7: the first open). Kept apart because the capture script imports it: every
 * module it pulls in is compiled and run in the reader's tab before the copy can start, and
 * the whole protocol (its ~30 schemas built at load, @webext-core/messaging) made that script's
 * `executeScript` about 10 ms slower at load 13-16 (README "How it is built", docs/performance.md
 * "tenth session").
 */
import * as v from 'valibot';
import type { Result } from './types';

/**
 * Worker → capture script, on PORTS.capture: the page as HTML, or no copy when it is still the
 * revision the worker `known`s (a re-opened popup then serialises nothing).
 */
export const captureRequest = v.strictObject({ known: v.nullable(v.pipe(v.string(), v.maxLength(11_000))) });
export type CaptureRequest = v.InferOutput<typeof captureRequest>;

/** The two ports; lib/protocol.ts says what travels on each. */
export const PORTS = { capture: 'lede:capture', extract: 'lede:extract' } as const;

export const CAPTURE_PART_CHARS = 16_384;

/** The end of a capture on the port: the parts' total length, or null when nothing was copied. */
export type CaptureEnd = Result<{ url: string; revision: string; chars: number | null }>;
export type CapturePortMessage = { part: string } | { done: CaptureEnd };

/** The side of a runtime port that lib/ code reads and writes (lib/glue.ts wraps the browser's). */
export interface PortLike<In, Out> {
  /** Who opened the port, as the accepting side sees it. */
  sender?: Sender;
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
  /** Called once, when the other side goes away (or never was there). */
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

/** The parts of `runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who we are: the extension id and its page origin (`chrome-extension://ID/`). */
export interface Self {
  id: string;
  origin: string;
}

/** A message from the extension itself (the service worker or a page), as a content script sees it. */
export function fromExtension(sender: Sender, self: Self): boolean {
  return sender.id === self.id;
}
