/**
 * Opens Chromium with the built extension on the sample article served from 127.0.0.1 and
 * opens Lede's popup on it. With a display (or `--headed`) the window stays open until you
 * close it or press Ctrl+C; without one it runs headless and saves a screenshot of the popup.
 */
import { join } from 'node:path';
import { launch, openExtensionPage, ROOT, serve, tabIdOf } from '../tests/e2e/harness';

const headed = process.argv.includes('--headed') || Boolean(process.env.DISPLAY);
const server = await serve({ '/sample.html': join(ROOT, 'tests/fixtures/seed/source.html') });
const browser = await launch({ headless: !headed });
const article = await browser.context.newPage();
await article.goto(`${server.origin}/sample.html`);
const tabId = await tabIdOf(browser, article);
const popup = await openExtensionPage(browser, 'popup.html', tabId);
await popup.setViewportSize({ width: 420, height: 900 });
// The outline (its <main>) or the reason there is none (an alert), as tests/e2e/popup.test.ts waits.
const shown = await popup
  .locator('main, [role="alert"]')
  .first()
  .waitFor({ timeout: 30_000 })
  .then(() => true)
  .catch(() => false);
if (!shown) console.log('The popup showed neither an outline nor a reason within 30 s.');

console.log(`Sample article: ${server.origin}/sample.html`);
console.log(`Lede popup:     chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
console.log('Load it by hand: chrome://extensions → Developer mode → Load unpacked → .output/chrome-mv3');
console.log(
  'Firefox:         about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json',
);

if (headed) {
  console.log('Close the browser window or press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  const shot = join(ROOT, '.output/sample-popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  console.log(`No display: ran headless; the popup is in ${shot}`);
}
await browser.close();
await server.close();
