/**
 * Pages an extension may not (or cannot usefully) read, decided from the URL alone before
 * any injection is tried (issue 2: "a one-line reason instead of an outline"). Anything the
 * URL cannot tell (an unknown URL, a host blocked by policy) is caught later, when the
 * injection itself fails (lib/glue.ts).
 */
import { ledeError } from './errors';
import type { LedeError } from './types';

/** Schemes whose pages content scripts may run in; every other scheme is the browser's own. */
const READABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Blank and new-tab pages: nothing to outline, which is a different reason from "not allowed". */
const BLANK = /^(about:(blank|newtab|home)|chrome:\/\/newtab|edge:\/\/newtab|chrome-search:\/\/)/;

/**
 * Extension galleries, where Chrome, Edge and Firefox refuse every extension (Chrome's
 * `extensions.webstore_url`, Edge's add-ons store, Firefox's
 * `extensions.webextensions.restrictedDomains` default).
 */
const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.cdn.mozilla.net' },
  { host: 'accounts.firefox.com' },
  { host: 'support.mozilla.org' },
];

/** Chrome's and Edge's built-in PDF viewers are extensions with these ids. */
const PDF_VIEWERS =
  /^chrome-extension:\/\/(mhjfbmdgcfjbbpaeojofohoefgiehjai|ieepebpjnkhaiioojkepfniodjmjjihl)\//;

export interface PageAccess {
  /** Whether the user allowed the extension on file:// URLs. */
  fileAccess: boolean;
}

/** The reason Lede cannot read `url`, or null when it may try. An unknown URL is tried. */
export function pageBlocker(url: string | undefined, access: PageAccess): LedeError | null {
  if (!url) return null;
  if (BLANK.test(url)) return ledeError('no-tab');
  if (PDF_VIEWERS.test(url)) return ledeError('pdf');
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return ledeError('restricted');
  }
  if (/\.pdf$/i.test(u.pathname)) return ledeError('pdf');
  if (!READABLE_SCHEMES.has(u.protocol)) return ledeError('restricted');
  if (u.protocol === 'file:' && !access.fileAccess)
    return ledeError('restricted', false, 'allow “Access to file URLs” for Lede to read saved pages');
  const host = u.hostname.toLowerCase();
  if (STORES.some((s) => s.host === host && (!s.path || u.pathname.startsWith(s.path))))
    return ledeError('restricted');
  return null;
}
