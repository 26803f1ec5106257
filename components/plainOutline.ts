/**
 * The popup's first paint without React (issue 7: React's chunk took ~80 ms of a re-open that
 * must take 30): the same markup as OutlineBody (OutlineView.tsx) for the popup, built with
 * createElement and textContent only, never page HTML. React replaces it as soon as it has
 * loaded (firstPaint.ts); tests/unit/popup-start.test.tsx checks both render the same HTML.
 */
import { roleName } from '@/lib/i18n';
import type { CopyFormat } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import { copyLook } from './copyLook';
import type { LedeError, Outline, Point, Role } from '@/lib/types';
import { errorLine, type UiStrings } from '@/lib/ui-strings';
import { metaLine } from './meta';
import { emptyView, pointScope, shownPoints } from '@/lib/format/shown';

export type PlainState =
  { status: 'loading' } | { status: 'ready'; outline: Outline } | { status: 'error'; error: LedeError };

export interface PlainOptions {
  t: UiStrings;
  copyFormat: CopyFormat;
  /** The popup offers the side panel (OutlineBody shows the button once an outline is ready). */
  sidePanel: boolean;
}

type Attrs = Record<string, string | undefined>;

/** An element with attributes in the order given (as React writes them) and text or children. */
function el(tag: string, attrs: Attrs, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c !== '') e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** Point.tsx's item: the link to the sentence, then its copy button. */
function point(o: Outline, p: Point, scope: CopyScope, t: UiStrings, copyFormat: CopyFormat): HTMLElement {
  const source = o.paragraphs.find((q) => q.id === p.paragraphIds[0]);
  const link = el('a', { href: p.link, title: t.showInPage, 'data-paragraph': source?.id }, p.text);
  return el('li', { class: 'point' }, link, copyButton(o, scope, t, copyFormat));
}

/** CopyButton.tsx's button (copyLook.ts). */
function copyButton(o: Outline, scope: CopyScope, t: UiStrings, copyFormat: CopyFormat): HTMLElement {
  const look = copyLook(o, scope, t, copyFormat);
  return el(
    'button',
    {
      type: 'button',
      class: look.className,
      'data-format': copyFormat,
      'aria-label': look.label,
      title: look.title,
      lang: look.lang,
    },
    el('span', { 'aria-live': 'polite' }, look.text),
  );
}

/** Section.tsx's EmptyNote: the note, and a button to where the role is touched on. */
function emptyBox(o: Outline, role: Role, t: UiStrings): HTMLElement {
  const { note, where } = emptyView(o, role);
  const box = el('p', { class: 'not-covered' }, note);
  if (where)
    box.append(
      el(
        'button',
        { type: 'button', class: 'show-where', lang: t.lang, 'data-paragraph': where.id },
        t.showWhere,
      ),
    );
  return box;
}

function outlineMain(o: Outline, t: UiStrings, copyFormat: CopyFormat): HTMLElement {
  const header = el(
    'header',
    { class: 'article-header' },
    el('h1', { lang: o.lang }, o.title),
    el('p', { class: 'meta' }, ...metaLine(o, t).map((m) => el('span', {}, m))),
  );
  const main = el('main', {}, header);
  if (o.gist)
    main.append(el('ul', { class: 'gist', lang: o.lang }, point(o, o.gist, { kind: 'gist' }, t, copyFormat)));
  for (const sec of o.sections) {
    const id = `section-${sec.role}`;
    const points = shownPoints(o, sec);
    main.append(
      el(
        'section',
        { class: 'section', 'data-role': sec.role, 'aria-labelledby': id, lang: o.lang },
        el('h2', { id }, roleName(sec.role, o.lang)),
        ...(sec.points.length ? [copyButton(o, { kind: 'section', role: sec.role }, t, copyFormat)] : []),
        points.length
          ? el('ul', {}, ...points.map((p) => point(o, p, pointScope(sec, p), t, copyFormat)))
          : emptyBox(o, sec.role, t),
      ),
    );
  }
  return main;
}

function errorBox(error: LedeError, t: UiStrings): HTMLElement {
  const line = errorLine(error, t);
  const box = el('div', { class: 'error', role: 'alert', 'data-code': error.code }, el('p', {}, line));
  if (error.canForce) box.append(el('button', { type: 'button', class: 'button primary' }, t.outlineAnyway));
  return box;
}

/** OutlineBody's popup markup for `state`. */
export function plainOutline(state: PlainState, { t, copyFormat, sidePanel }: PlainOptions): HTMLElement {
  const actions = el('span', { class: 'actions' });
  if (state.status === 'ready') {
    actions.append(copyButton(state.outline, { kind: 'outline' }, t, copyFormat));
    if (sidePanel) actions.append(el('button', { type: 'button', class: 'button' }, t.sidePanel));
  }
  const body = el(
    'div',
    { class: 'lede popup', lang: t.lang, 'aria-busy': String(state.status === 'loading') },
    el('div', { class: 'toolbar' }, el('span', { class: 'brand' }, t.appName), actions),
  );
  if (state.status === 'loading') body.append(el('p', { class: 'loading', role: 'status' }, t.outlining));
  else if (state.status === 'error') body.append(errorBox(state.error, t));
  else body.append(outlineMain(state.outline, t, copyFormat));
  return body;
}
