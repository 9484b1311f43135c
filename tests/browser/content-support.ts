/**
 * Helpers for the content-script browser tests: read what the extension
 * painted through the page's own `CSS.highlights` (the registry is per
 * document, so the main world sees the ranges the content script registered
 * from its isolated world), wait for the scan, and compare DOM snapshots.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageState } from '@/lib/messages';
import { sendToContentScript, type ExtensionBrowser } from './harness';

/** One painted range, as the page sees it. */
export interface PaintedRange {
  highlight: string;
  text: string;
  /** Tag names from the range's start node up to the root (or shadow root), innermost first. */
  path: string[];
  /** Ids of the ancestors that have one. */
  ids: string[];
  inShadow: boolean;
}

/** Every range in every `tdl-*` highlight, with its text and where it sits. */
export function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: PaintedRange[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('tdl-')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const path: string[] = [];
        const ids: string[] = [];
        let node: Node | null = r.startContainer.parentNode;
        while (node && node.nodeType === 1) {
          path.push((node as Element).localName);
          if ((node as Element).id) ids.push((node as Element).id);
          node = node.parentNode;
        }
        out.push({
          highlight: name,
          text: range.toString(),
          path,
          ids,
          inShadow: r.startContainer.getRootNode() instanceof ShadowRoot,
        });
      }
    }
    return out;
  });
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

/**
 * Installed before the page's scripts: snapshots `document.documentElement.outerHTML`
 * when the parser is done (DOMContentLoaded), before the content script runs (document_idle).
 */
export function snapshotAtDomContentLoaded(): void {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { __tdlBefore: string }).__tdlBefore = document.documentElement.outerHTML;
  });
}

/** The snapshot taken at DOMContentLoaded and the DOM now without the extension's `tri-dao-lens-*` elements. */
export function domBeforeAndNow(page: Page): Promise<{ before: string; now: string; hosts: number }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const hosts = [...clone.querySelectorAll('*')].filter((el) => el.localName.startsWith('tri-dao-lens'));
    for (const host of hosts) host.remove();
    return {
      before: (window as unknown as { __tdlBefore: string }).__tdlBefore,
      now: clone.outerHTML,
      hosts: hosts.length,
    };
  });
}
