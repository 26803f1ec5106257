/** The toolbar popup: the outline of one tab, in the reader's language, look and copy format. */
import { useMemo } from 'react';
import type { StorageArea } from '@/lib/storage';
import { extensionSource } from './extensionSource';
import { OutlineBody } from './OutlineView';
import { useOutline } from './useOutline';
import { useUi } from './useUi';
import './options/theme.css';

export function PopupApp({ tabId, area }: { tabId: number | null; area: StorageArea }) {
  const { t, settings, loadFailed } = useUi(area);
  const source = useMemo(() => extensionSource(tabId, { sidePanel: true }), [tabId]);
  // The outline is asked for at once; it is shown once the settings say in which language.
  const outline = useOutline(source);
  if (!settings && !loadFailed) return null;
  return <OutlineBody outline={outline} surface="popup" t={t} copyFormat={settings?.copyFormat} />;
}
