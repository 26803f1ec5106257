/**
 * The offscreen document's own measures of the last extraction (lib/offscreen-port.ts), read
 * through a short DevTools session on that target (Playwright does not surface it as a page):
 * its time there, its parsing on that path, and the copy's parts parsed while they came
 * (issue 7: where the extraction off the page goes). NaN for a build without them.
 */
import { connectBrowser } from './cdp-socket';
import { isOffscreenOf, type TargetInfo } from './target-session';

export const OFFSCREEN_MEASURES = ['lede:offscreen-extract', 'lede:offscreen-parse', 'lede:offscreen-writes'];

export async function offscreenMeasures(profileDir: string, extensionId: string): Promise<number[]> {
  const cdp = await connectBrowser(profileDir, 15_000);
  try {
    const { targetInfos } = await cdp.send<{ targetInfos: (TargetInfo & { targetId: string })[] }>(
      'Target.getTargets',
    );
    const target = targetInfos.find(isOffscreenOf(extensionId));
    if (!target) return OFFSCREEN_MEASURES.map(() => NaN);
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: true,
    });
    const expression = `JSON.stringify(${JSON.stringify(OFFSCREEN_MEASURES)}.map((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null))`;
    const { result } = await cdp.send<{ result: { value: string } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true },
      sessionId,
    );
    await cdp.send('Target.detachFromTarget', { sessionId });
    return (JSON.parse(result.value) as (number | null)[]).map((v) => v ?? NaN);
  } finally {
    cdp.close();
  }
}
