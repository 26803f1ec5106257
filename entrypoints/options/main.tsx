// Wiring only: the options page reads and writes browser.storage.local (issue 5).
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { hasFollowPermission, requestFollowPermission } from '../../lib/glue';

const hostAccess = { has: hasFollowPermission, request: requestFollowPermission };

createRoot(document.getElementById('root')!).render(
  <OptionsApp area={browser.storage.local} browserLang={navigator.language} hostAccess={hostAccess} />,
);
