/**
 * Helpers for the content-script browser tests in Chromium: the page probes
 * (`probes.ts`) run through Playwright, and waiting for the scan.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageState } from '@/lib/messages';
import { sendToContentScript, type ExtensionBrowser } from './harness';
import * as probe from './probes';
import type { PaintedRange } from './probes';

/** Every range in every `tdl-*` highlight, with its text and where it sits (the `paintedRanges` probe). */
export function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(probe.paintedRanges);
}

/** Asks the content script for its page state until `done` (or another final status). */
export async function waitForScan(browser: ExtensionBrowser, page: Page, timeoutMs = 30_000): Promise<PageState> {
  const deadline = Date.now() + timeoutMs;
  let state: PageState | null = null;
  while (Date.now() < deadline) {
    state = await sendToContentScript<PageState>(browser, page, { type: 'get-page-state' }).catch(() => null);
    if (state && state.status !== 'scanning') {
      await afterPaint(page);
      return state;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`scan did not finish in ${timeoutMs} ms (last state: ${JSON.stringify(state)})`);
}

/**
 * Asserts that the page's scan reaches `done` within `timeoutMs` and returns
 * that state. Tests only: `expect.poll` is not allowed in hooks (use
 * `waitForScan` there).
 */
export async function expectScanDone(browser: ExtensionBrowser, page: Page, timeoutMs = 20_000): Promise<PageState> {
  let state: PageState | null = null;
  await expect
    .poll(
      async () => {
        state = await sendToContentScript<PageState>(browser, page, { type: 'get-page-state' }).catch(() => null);
        return state?.status;
      },
      { timeout: timeoutMs },
    )
    .toBe('done');
  await afterPaint(page);
  return state!;
}

/**
 * Waits until the page has rendered twice. Occurrences are painted when
 * their block comes near the viewport, which an IntersectionObserver reports
 * after the next rendering update, so a scan can say `done` a frame before
 * its first screen of marks is registered. (In a hidden tab frames stop:
 * give up after a second.)
 */
async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 1000);
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }),
  );
}

/** The page state now. */
export function pageState(browser: ExtensionBrowser, page: Page): Promise<PageState> {
  return sendToContentScript<PageState>(browser, page, { type: 'get-page-state' });
}

/** Installed before the page's scripts (`page.addInitScript`): the DOM at DOMContentLoaded, for `domBeforeAndNow`. */
export const snapshotAtDomContentLoaded = probe.snapshotAtDomContentLoaded;

/** The snapshot taken at DOMContentLoaded and the DOM now without the extension's `tri-dao-lens-*` elements. */
export function domBeforeAndNow(page: Page): Promise<{ before: string; now: string; hosts: number }> {
  return page.evaluate(probe.domBeforeAndNow);
}
