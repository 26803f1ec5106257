import { bootPopup } from '@/components/popupBoot';

// A classic script in popup.html's <head>: the popup's first acts (components/popupBoot.ts).
export default defineUnlistedScript(() => {
  void bootPopup();
});
