/**
 * Issue 2's figures: the renderer's initial JavaScript (gzip) and the time from opening the host
 * URL to the first screen painted (median of fresh browser contexts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, median, startBenchHost } from './browser';

const OUT = resolve(import.meta.dirname, '../out');

/** Every script the index page loads before anything else (module entry and its preloads). */
export function initialJsGzipBytes(): { renderer: number; bridge: number } {
  const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const renderer = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(OUT, 'renderer', file)), { level: 9 }).length,
    0,
  );
  const bridge = gzipSync(readFileSync(join(OUT, 'host/bridge.js')), { level: 9 }).length;
  return { renderer, bridge };
}

export async function benchFoundation(runs = 7): Promise<Record<string, string | number>> {
  const sizes = initialJsGzipBytes();
  const run = await startBenchHost();
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      // Inside the page: the moment the welcome heading exists, then the frame that paints it.
      // Measured against the navigation's time origin (which includes the token redirect), so
      // Playwright's own polling does not pad the figure.
      await context.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('h1#welcome-title')) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => ((window as unknown as { rcPainted: number }).rcPainted = performance.now()), 0),
          );
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(run.host.url);
      await page.waitForFunction(() => (window as unknown as { rcPainted?: number }).rcPainted !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { rcPainted: number }).rcPainted));
      await context.close();
    }
  } finally {
    await browser.close();
    await run.close();
  }
  return {
    'renderer initial JS (gzip, KB)': +(sizes.renderer / 1024).toFixed(1),
    'browser-host bridge JS (gzip, KB)': +(sizes.bridge / 1024).toFixed(1),
    'open host URL → first screen painted (median ms)': Math.round(median(times.slice(1))),
    'open host URL → first screen painted (cold first run ms)': Math.round(times[0]!),
  };
}
