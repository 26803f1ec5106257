/**
 * Single-page apps change the URL without loading (history.pushState): the Navigation API
 * sees those from a content script's world too; older browsers get popstate/hashchange.
 * Calls `onChange(url)` when the address changes; returns a function that stops watching.
 */
export function watchNavigations(onChange: (url: string) => void): () => void {
  let url = location.href;
  const check = () => {
    if (location.href === url) return;
    url = location.href;
    onChange(url);
  };
  const nav = (window as { navigation?: EventTarget }).navigation;
  const events = nav
    ? [[nav, 'navigatesuccess']]
    : [
        [window, 'popstate'],
        [window, 'hashchange'],
      ];
  for (const [target, type] of events as [EventTarget, string][]) target.addEventListener(type, check);
  return () => {
    for (const [target, type] of events as [EventTarget, string][]) target.removeEventListener(type, check);
  };
}
