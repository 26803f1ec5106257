/** Reader-facing errors: one clear line each (issue 2, "every failure path ends in a message"). */
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
  internal: 'Something went wrong while outlining this page.',
};

export function ledeError(code: LedeErrorCode, canForce = false, detail?: string): LedeError {
  return { code, message: detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code], canForce };
}

export function isLedeError(x: unknown): x is LedeError {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x && 'canForce' in x;
}
