/** The paragraph the reader is at in `tabId`, as its content script reports it (`whereAmI`). */
import { useEffect, useState } from 'react';
import { onMessage } from '@/lib/protocol';

export function useWhereAmI(tabId: number | null, version: number): string | null {
  const [here, setHere] = useState<{ key: string; paragraphId: string | null } | null>(null);
  const key = `${tabId} ${version}`;
  useEffect(() => {
    if (tabId === null) return;
    return onMessage('whereAmI', ({ data, sender }) => {
      if (sender.tab?.id === tabId) setHere({ key, paragraphId: data.paragraphId });
    });
  }, [tabId, key]);
  // A report from before the page changed does not apply to the new outline.
  return here?.key === key ? here.paragraphId : null;
}
