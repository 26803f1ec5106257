// Wiring only: the options page reads and writes browser.storage.local (issue 5).
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';

createRoot(document.getElementById('root')!).render(
  <OptionsApp area={browser.storage.local} browserLang={navigator.language} />,
);
