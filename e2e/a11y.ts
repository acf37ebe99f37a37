/**
 * The accessibility and layout audit of one screen: axe-core (WCAG 2.0/2.1 A and AA) in light and
 * dark, where any serious or critical violation fails, then a layout check at 1024 × 640 (nothing
 * cut, no sideways scrolling, no controls on top of each other). Problems are collected per screen
 * with expect.soft, so one run lists everything to fix, each naming the rule and the element.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { findLayoutProblems } from './layout-check';
import { screenshotBothThemes } from './fixtures';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WIDE = { width: 1280, height: 800 } as const;
export const NARROW = { width: 1024, height: 640 } as const;
const NODES_PER_RULE = 6;

/** Two frames: the theme or viewport change is laid out and painted (and ResizeObservers ran). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Serious and critical axe violations on the page as it is, one readable line per element. */
export async function axeProblems(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines: string[] = [];
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    lines.push(
      `[${theme}] ${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} elements)`,
    );
    for (const node of violation.nodes.slice(0, NODES_PER_RULE)) {
      const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean) ?? '';
      lines.push(`    ${node.target.join(' ')} — ${why}`);
    }
    if (violation.nodes.length > NODES_PER_RULE)
      lines.push(`    … and ${violation.nodes.length - NODES_PER_RULE} more`);
  }
  return lines;
}

/** The layout problems at the current viewport (see layout-check.ts), one line each. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(findLayoutProblems);
}

export interface AuditOptions {
  /** Also keep screenshots of the screen at 1024 × 640 in both themes under this name. */
  readonly screenshot?: string;
  /**
   * Why this screen's list may scroll sideways at 1024 × 640 (more figures than fit beside the
   * sidebar, its text columns already shrunk): only that line is excused, everything else counts.
   */
  readonly sidewaysList?: string;
}

const SIDEWAYS_LIST = /^scrolls sideways: <div\.dt-scroll>/;

/**
 * Audits the screen on show: axe in light and dark at 1280 × 800, then the layout at 1024 × 640.
 * Failures are soft, so the test goes on to the next screen and reports them all at the end.
 */
export async function auditScreen(page: Page, name: string, options: AuditOptions = {}): Promise<void> {
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await settle(page);
    problems.push(...(await axeProblems(page, theme)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const before = page.viewportSize() ?? WIDE;
  await page.setViewportSize(NARROW);
  await settle(page);
  const layout = (await layoutProblems(page)).filter((line) => !(options.sidewaysList && SIDEWAYS_LIST.test(line)));
  problems.push(...layout.map((line) => `[1024×640] ${line}`));
  if (options.screenshot) await screenshotBothThemes(page, `${options.screenshot}-1024`);
  await page.setViewportSize(before);
  await settle(page);
  expect.soft(problems.join('\n'), `accessibility and layout of ${name}`).toBe('');
}
