/** The toolbar popup: the outline of one tab, in the reader's language, look and copy format. */
import { useLayoutEffect } from 'react';
import type { LoadedSettings, StorageArea } from '@/lib/storage';
import { OutlineBody } from './OutlineView';
import { useOutline, type OutlineSource } from './useOutline';
import { useUi } from './useUi';
import './options/theme.css';

interface Props {
  /**
   * Made before React starts, so its request is already on its way (extensionSource's
   * `first`, components/popupStart.ts, issue 7).
   */
  source: OutlineSource;
  area: StorageArea;
  /** The settings as already read by the popup's start (null: unreadable), so none are awaited. */
  initialSettings?: LoadedSettings | null;
  /** Called (in a layout effect, before the frame is painted) once the outline or reason is shown. */
  onShown?: () => void;
}

export function PopupApp({ source, area, initialSettings, onShown }: Props) {
  const { t, settings, loadFailed } = useUi(area, navigator.language, initialSettings);
  const outline = useOutline(source);
  // Nothing until the settings say which language and look, so there is no flash of the
  // wrong ones; but an answer that comes first is shown at once (issue 7: the outline is not
  // kept waiting on storage), in the browser's language until the settings arrive.
  const waiting = !settings && !loadFailed && outline.state.status === 'loading';
  const shown = outline.state.status !== 'loading';
  useLayoutEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);
  if (waiting) return null;
  return <OutlineBody outline={outline} surface="popup" t={t} copyFormat={settings?.copyFormat} />;
}
