/** The toolbar popup: the outline of one tab, in the reader's language, look and copy format. */
import type { StorageArea } from '@/lib/storage';
import { OutlineBody } from './OutlineView';
import { useOutline, type OutlineSource } from './useOutline';
import { useUi } from './useUi';
import './options/theme.css';

/**
 * `source`: made by the entrypoint before React starts, so its request is already on its way
 * (extensionSource's `prefetch`, issue 7).
 */
export function PopupApp({ source, area }: { source: OutlineSource; area: StorageArea }) {
  const { t, settings, loadFailed } = useUi(area);
  const outline = useOutline(source);
  // Nothing until the settings say which language and look, so there is no flash of the
  // wrong ones; but an answer that comes first is shown at once (issue 7: the outline is not
  // kept waiting on storage), in the browser's language until the settings arrive.
  if (!settings && !loadFailed && outline.state.status === 'loading') return null;
  return <OutlineBody outline={outline} surface="popup" t={t} copyFormat={settings?.copyFormat} />;
}
