/**
 * Every message between the UI pages, the service worker and the content script, in one typed
 * map (issue 2). Senders and payloads are checked on arrival: a web page cannot reach these
 * handlers directly, but a compromised or confused sender must get a clear refusal, not a
 * crash or an outline of another tab.
 *
 *   UI page → background:   outline, show, highlight, roleMarkers   (each names its tab)
 *   background → content:   follow, scrollTo, mark, drawMarkers;  the page's copy: PORTS.capture
 *   background → offscreen: the article of a copy: PORTS.extract (Readability off the page's thread, issues 6 and 7)
 *
 * The page's HTML travels on two ports rather than in messages (issue 7): `runtime.sendMessage`
 * hands every message to every extension page (the open popup and side panel parsed each copy
 * too), and one message is serialised in one go, holding its sender for as long as the copy is
 * large. PORTS below: the side that accepts a port checks its opener.
 *   content → UI pages:     whereAmI, navigated       (events the side panel follows)
 *
 * `defineExtensionMessaging` touches the extension APIs only when a message is sent or a
 * listener added, so importing this module stays pure (tests import the schemas in Node).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import { ledeError } from './errors';
import { LIMITS } from './guard/limits';
import type { Article, Length, LedeErrorCode, Outline, Result } from './types';
import type { ParagraphRef } from './locate';

export type { ParagraphRef };

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Ref = v.strictObject({
  paragraphId: v.pipe(v.string(), v.maxLength(64)),
  domIndex: v.pipe(v.number(), v.integer(), v.minValue(-1)),
  text: v.pipe(v.string(), v.maxLength(100_000)),
});

/** One paragraph's role marker: where it is, its role (a colour) and the role's name (hover). */
const Marker = v.strictObject({
  ref: Ref,
  role: v.picklist(['background', 'result', 'strategy', 'outlook', 'other']),
  label: v.pipe(v.string(), v.maxLength(100)),
});

/** Payload schemas, one per message; the protocol's types below are read off these. */
export const schemas = {
  outline: v.strictObject({ tabId: TabId, force: v.optional(v.boolean()) }),
  toolbarClick: v.strictObject({ tabId: TabId, windowId: v.pipe(v.number(), v.integer()) }),
  show: v.strictObject({ tabId: TabId, ref: Ref }),
  highlight: v.strictObject({ tabId: TabId, refs: v.pipe(v.array(Ref), v.maxLength(200)) }),
  /**
   * Worker → content script, on PORTS.capture: the page as HTML, or no copy when it is still the
   * revision the worker `known`s (a re-opened popup then serialises nothing).
   */
  capture: v.strictObject({ known: v.nullable(v.pipe(v.string(), v.maxLength(11_000))) }),
  follow: v.strictObject({ refs: v.pipe(v.array(Ref), v.maxLength(LIMITS.maxParagraphs)) }),
  /** Worker → offscreen document, on PORTS.extract: the article of a captured page. */
  extractHtml: v.strictObject({
    html: v.pipe(v.string(), v.maxLength(LIMITS.maxHtmlChars)),
    url: v.pipe(v.string(), v.maxLength(10_000)),
  }),
  scrollTo: Ref,
  mark: v.strictObject({ refs: v.pipe(v.array(Ref), v.maxLength(200)) }),
  whereAmI: v.strictObject({ url: v.string(), paragraphId: v.nullable(v.string()) }),
  navigated: v.strictObject({ url: v.string() }),
  /** Nothing to say but that the page is on screen: the tab comes from the sender. */
  shown: v.strictObject({}),
  roleMarkers: v.strictObject({ tabId: TabId, items: v.pipe(v.array(Marker), v.maxLength(2000)) }),
  drawMarkers: v.strictObject({ items: v.pipe(v.array(Marker), v.maxLength(2000)) }),
};

export type OutlineRequest = v.InferOutput<typeof schemas.outline>;
export type ToolbarClick = v.InferOutput<typeof schemas.toolbarClick>;
export type ShowRequest = v.InferOutput<typeof schemas.show>;
export type HighlightRequest = v.InferOutput<typeof schemas.highlight>;
export type CaptureRequest = v.InferOutput<typeof schemas.capture>;
export type FollowRequest = v.InferOutput<typeof schemas.follow>;
export type ExtractHtmlRequest = v.InferOutput<typeof schemas.extractHtml>;
export type MarkRequest = v.InferOutput<typeof schemas.mark>;
export type WhereAmI = v.InferOutput<typeof schemas.whereAmI>;
export type Navigated = v.InferOutput<typeof schemas.navigated>;
export type Shown = v.InferOutput<typeof schemas.shown>;
export type RoleMarker = v.InferOutput<typeof Marker>;
export type RoleMarkersRequest = v.InferOutput<typeof schemas.roleMarkers>;
export type DrawMarkersRequest = v.InferOutput<typeof schemas.drawMarkers>;

export interface ProtocolMap {
  /** UI → background: outline the tab (`force`: "Outline anyway"). */
  outline(req: OutlineRequest): Result<Outline>;
  /**
   * Extension page → background: stands for a click on the toolbar button over the tab (tests
   * and `npm run bench:browser`: no automation clicks the real one); the same flow as the
   * click's (lib/glue.ts onToolbarClick). Answered once the popup is open.
   */
  toolbarClick(req: ToolbarClick): Result<null>;
  /** UI → background: scroll the tab to a paragraph. */
  show(req: ShowRequest): Result<null>;
  /** UI → background: mark these paragraphs in the tab (an empty list clears); answers how many were found. */
  highlight(req: HighlightRequest): Result<number>;
  /** Background → content script: follow the reader through these paragraphs (where-am-I). */
  follow(req: FollowRequest): Result<null>;
  /** Background → content script: scroll to a paragraph and flash it. */
  scrollTo(ref: ParagraphRef): Result<null>;
  /** Background → content script: mark paragraphs; answers how many were found. */
  mark(req: MarkRequest): Result<number>;
  /** Content script → UI pages: the paragraph the reader is at (for following the reader). */
  whereAmI(ev: WhereAmI): void;
  /** Content script → UI pages: the page changed its URL without loading (a single-page app). */
  navigated(ev: Navigated): void;
  /**
   * The ahead script (entrypoints/ahead.content.ts, registered only while the reader has
   * "ready before I click" on) → background: this page has loaded and is on screen; outline it
   * ahead of the click (lib/ahead.ts). Answered when the preparation has started or was skipped.
   */
  shown(ev: Shown): Result<null>;
  /** UI → background: draw role markers beside the tab's paragraphs (an empty list removes them). */
  roleMarkers(req: RoleMarkersRequest): Result<number>;
  /** Background → content script: draw role markers; answers how many paragraphs were found. */
  drawMarkers(req: DrawMarkersRequest): Result<number>;
}

/**
 * The `storage.session` key under which the worker hands "Outline the selected text" to the
 * side panel: `{ tabId, at, result: Result<Outline> }`. Storage, not a message, because the
 * panel may still be opening when the outline is ready.
 */
export const SELECTION_KEY = 'lede:selection';

export interface SelectionHandOver {
  tabId: number;
  at: number;
  result: Result<Outline>;
}

/**
 * The `storage.session` key of a tab's last plain outline, kept by the worker (lib/worker/last.ts
 * `lastOutlines`) so a re-opened popup paints it before its own request is answered (issue 7),
 * then shows that answer. `url` and `length` say what it is the outline of.
 */
export const lastOutlineKey = (tabId: number): string => `lede:last:${tabId}`;

export interface LastOutline {
  url: string;
  length: Length | undefined;
  result: Result<Outline>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/**
 * The two ports:
 * - `capture` (the tab's content script → worker): opened by the worker to a content script
 *   already in the tab, which waits for its CaptureRequest; or opened by the content script
 *   itself the moment it is injected, with no request: a new instance knows no revision, so it
 *   starts its copy at once (issue 7: the first open spares the worker's missed connect, and its
 *   connect and request after the injection). The worker takes such a port only from the top
 *   frame of a tab it is injecting into (`fromInjectedScript`). Either way the content script
 *   sends the copy in parts of at most CAPTURE_PART_CHARS, letting the
 *   page run between them, then `done`. The worker sends each part on to the offscreen document
 *   as it arrives (PORTS.extract `copyPart`), where it is parsed while the rest comes. The browser serialises a port message on the sender's
 *   thread at 70-400 ns a character (measured in Chromium 156, content script; the low end
 *   idle): the 600 k-character copy of page 25 as one message held the page for 40-200 ms,
 *   a part of 16 k costs it 1-6 ms.
 * - `extract` (worker → the offscreen document): ExtractPortRequest in, ExtractPortReply out;
 *   the HTML reaches that document alone.
 * A port from `runtime.connect` reaches every extension context listening for ports: the
 * content script's capture port reaches the offscreen document too, which leaves it open and
 * unread (lib/glue.ts onPort says why).
 */
export const PORTS = { capture: 'lede:capture', extract: 'lede:extract' } as const;

export const CAPTURE_PART_CHARS = 16_384;

/** The end of a capture on the port: the parts' total length, or null when nothing was copied. */
export type CaptureEnd = Result<{ url: string; revision: string; chars: number | null }>;
export type CapturePortMessage = { part: string } | { done: CaptureEnd };

export const portSchemas = {
  capturePart: v.strictObject({ part: v.pipe(v.string(), v.maxLength(CAPTURE_PART_CHARS)) }),
  captureDone: v.strictObject({
    done: v.union([
      v.strictObject({
        ok: v.literal(true),
        value: v.strictObject({
          url: v.pipe(v.string(), v.maxLength(10_000)),
          revision: v.pipe(v.string(), v.maxLength(11_000)),
          chars: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxHtmlChars))),
        }),
      }),
      v.strictObject({
        ok: v.literal(false),
        error: v.strictObject({ code: v.string(), message: v.string(), canForce: v.boolean() }),
      }),
    ]),
  }),
  extract: v.strictObject({ id: v.pipe(v.number(), v.integer()), ...schemas.extractHtml.entries }),
  /**
   * Worker → offscreen document, no reply: a part of a copy as the worker receives it, to be
   * parsed while the rest comes (lib/guard/copy-stream.ts; issue 7: the first open).
   */
  copyPart: v.strictObject({
    copy: v.pipe(v.number(), v.integer()),
    part: v.pipe(v.string(), v.maxLength(CAPTURE_PART_CHARS)),
  }),
  /** Worker → offscreen document, no reply: that copy will not be extracted (torn, refused, done). */
  copyDrop: v.strictObject({ copy: v.pipe(v.number(), v.integer()), drop: v.literal(true) }),
  /** Worker → offscreen document: the article of a copy whose parts it sent (the copy ends here). */
  extractCopy: v.strictObject({
    id: v.pipe(v.number(), v.integer()),
    copy: v.pipe(v.number(), v.integer()),
    url: schemas.extractHtml.entries.url,
  }),
};

export type ExtractPortRequest =
  | v.InferOutput<typeof portSchemas.extract>
  | v.InferOutput<typeof portSchemas.extractCopy>
  | v.InferOutput<typeof portSchemas.copyPart>
  | v.InferOutput<typeof portSchemas.copyDrop>;
/** `resend`: the document holds no such copy (opened again since, or too many at once): send the HTML. */
export type ExtractPortReply = { id: number; result: Result<Article> } | { id: number; resend: true };

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

/** A message from one of the extension's own pages (popup, side panel), not a content script. */
export function fromOwnPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

/** A message from the extension itself (the service worker or a page), as a content script sees it. */
export function fromExtension(sender: Sender, self: Self): boolean {
  return sender.id === self.id;
}

/** A message from our content script running in a tab. */
export function fromOwnContentScript(sender: Sender, self: Self): boolean {
  return sender.id === self.id && typeof sender.tab?.id === 'number';
}

/** A message from our content script in a tab's top frame (the ahead script's `shown`). */
export function fromTopFrameScript(sender: Sender, self: Self): boolean {
  return fromOwnContentScript(sender, self) && sender.frameId === 0;
}

/**
 * A port from our content script in the top frame of `tabId`, where the worker injects it
 * (`scripting.executeScript` without `allFrames`): the capture the worker is waiting for there.
 */
export function fromInjectedScript(sender: Sender, self: Self, tabId: number): boolean {
  return fromTopFrameScript(sender, self) && sender.tab?.id === tabId;
}

type Schema = (typeof schemas)[keyof typeof schemas];

/**
 * Wraps a handler so that a refused sender, a malformed payload or a thrown error all come
 * back as a typed LedeError: the UI never waits on a rejected promise.
 */
export function guarded<S extends Schema, T>(
  schema: S,
  allowed: (sender: Sender) => boolean,
  handler: (data: v.InferOutput<S>, sender: Sender) => Promise<Result<T>> | Result<T>,
): (msg: { data: unknown; sender: Sender }) => Promise<Result<T>> {
  return async ({ data, sender }) => {
    if (!allowed(sender))
      return { ok: false, error: ledeError('internal', false, 'message from an unknown sender') };
    const parsed = v.safeParse(schema, data);
    if (!parsed.success) return { ok: false, error: ledeError('internal', false, 'malformed message') };
    try {
      return await handler(parsed.output as v.InferOutput<S>, sender);
    } catch (e) {
      return { ok: false, error: ledeError('internal', false, e instanceof Error ? e.message : String(e)) };
    }
  };
}

/**
 * Settles `work` into a Result within `ms`: a rejection or a silence (a tab that never
 * answers, a stopped worker) becomes a LedeError with `code`, never a forever-spinning UI.
 */
export function answered<T>(
  work: Promise<Result<T>>,
  ms: number,
  code: LedeErrorCode,
  detail: string,
): Promise<Result<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, error: ledeError(code, false, detail) }), ms);
    work
      .then(
        (r) => resolve(isResult<T>(r) ? r : { ok: false, error: ledeError(code, false, 'no answer') }),
        (e: unknown) =>
          resolve({ ok: false, error: ledeError(code, false, e instanceof Error ? e.message : String(e)) }),
      )
      .finally(() => clearTimeout(timer));
  });
}

function isResult<T>(r: unknown): r is Result<T> {
  return typeof r === 'object' && r !== null && 'ok' in r;
}
