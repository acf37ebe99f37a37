/**
 * Issue 2's figures: the renderer's initial JavaScript (gzip) and the time from opening the host
 * URL to the first screen painted (median of fresh browser contexts); issue 7's: that time as a
 * ratio to a bare page served and measured the same way in the same run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { startBrowserHost } from '../e2e/host/server';
import { launchBrowser, median, startBenchHost } from './browser';

const OUT = resolve(import.meta.dirname, '../out');
const BRIDGE = join(OUT, 'host/bridge.js');

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

/**
 * The yardstick for the first paint: an HTML page whose module script writes one heading, served
 * by a second browser host over the same core (same token redirect, headers and injected bridge),
 * so the ratio says what the app itself adds.
 */
function writeBarePage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bare-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>' +
      '<script type="module" src="./bare.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'bare.js'),
    "const h1 = document.createElement('h1'); h1.id = 'welcome-title'; h1.textContent = 'Bare page'; document.body.append(h1);\n",
  );
  return dir;
}

/** From opening the URL to the frame that paints h1#welcome-title, in a fresh context, timed inside the page. */
async function firstPaint(browser: Browser, url: string): Promise<number> {
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
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { rcPainted?: number }).rcPainted !== undefined);
  const painted = await page.evaluate(() => (window as unknown as { rcPainted: number }).rcPainted);
  await context.close();
  return painted;
}

export async function benchFoundation(runs = 7): Promise<Record<string, string | number>> {
  const sizes = initialJsGzipBytes();
  const run = await startBenchHost();
  const bareDir = writeBarePage();
  const bare = await startBrowserHost({ core: run.core, rendererDir: bareDir, bridgeFile: BRIDGE });
  const browser = await launchBrowser();
  const times: number[] = [];
  const bareTimes: number[] = [];
  try {
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < runs; i += 1) {
      times.push(await firstPaint(browser, run.host.url));
      bareTimes.push(await firstPaint(browser, bare.url));
    }
  } finally {
    await browser.close();
    await bare.close();
    await run.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
  const app = median(times.slice(1));
  const yardstick = median(bareTimes.slice(1));
  return {
    'renderer initial JS (gzip, KB)': +(sizes.renderer / 1024).toFixed(1),
    'browser-host bridge JS (gzip, KB)': +(sizes.bridge / 1024).toFixed(1),
    'open host URL → first screen painted (median ms)': Math.round(app),
    'open host URL → first screen painted (cold first run ms)': Math.round(times[0]!),
    'bare page (module script writes one heading) → painted (median ms)': Math.round(yardstick),
    'first screen painted ÷ bare page, same host and run (ratio)': +(app / yardstick).toFixed(2),
  };
}
