/**
 * A byline that is only a menu's link is no byline. Readability takes an element whose class
 * or id says "byline" for the author, and Yahoo! News Japan names its global menu's link to its
 * writers' section `gnPriBylines`: the header read "Yahoo!ニュース · 個人" (ja-news 19). A name
 * counts as a menu link when every link that reads it is the single link of a list item in a
 * list of at least MENU_ITEMS such items; a list of an article's two or three authors is not a
 * menu, and a name found anywhere else in the page keeps it.
 */
import { collapse } from './text';

const MENU_ITEMS = 5;
/** Longer than any menu label: a long byline is not looked up at all. */
const MAX_CHARS = 40;

export function isMenuLinkOnly(page: ParentNode, byline: string): boolean {
  if (byline.length > MAX_CHARS) return false;
  let found = false;
  for (const a of page.querySelectorAll('a')) {
    if (collapse(a.textContent ?? '') !== byline) continue;
    if (!isMenuLink(a)) return false;
    found = true;
  }
  return found;
}

function isMenuLink(a: Element): boolean {
  const item = a.parentElement;
  if (item?.localName !== 'li' || item.querySelectorAll('a').length !== 1) return false;
  const list = item.parentElement;
  if (!list || list.children.length < MENU_ITEMS) return false;
  for (const li of list.children)
    if (li.localName !== 'li' || li.querySelectorAll('a').length !== 1) return false;
  return true;
}
