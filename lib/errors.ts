/** Reader-facing errors: one clear line each (issue 2, "every failure path ends in a message"). */
import { safeText } from './guard/text';
import type { LedeError, LedeErrorCode } from './types';

const MESSAGES: Record<LedeErrorCode, string> = {
  'not-article': 'This page does not look like an article.',
  empty: 'This page has no readable text.',
  'too-large': 'This page is too large to outline in one go.',
  restricted: 'Browsers do not let extensions read this page.',
  pdf: 'Lede cannot read PDF files yet.',
  'unsupported-language': 'Lede outlines English and Japanese articles; this page is in another language.',
  'page-changed': 'The page changed while it was being read. Try again.',
  'no-tab': 'There is no page to outline.',
  timeout: 'The page did not answer in time. It may be busy; try again in a moment.',
  internal: 'Something went wrong while outlining this page.',
};

export const ERROR_CODES = Object.keys(MESSAGES) as LedeErrorCode[];

/** Details can come from the page (a `lang` attribute, an exception text): kept short and safe. */
const MAX_DETAIL = 120;

export function ledeError(code: LedeErrorCode, canForce = false, detail?: string): LedeError {
  const d = detail && safeText(detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail);
  return { code, message: d ? `${MESSAGES[code]} (${d})` : MESSAGES[code], canForce };
}

export function isLedeError(x: unknown): x is LedeError {
  return (
    typeof x === 'object' &&
    x !== null &&
    ERROR_CODES.includes((x as LedeError).code) &&
    typeof (x as LedeError).message === 'string' &&
    typeof (x as LedeError).canForce === 'boolean'
  );
}
