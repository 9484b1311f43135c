/**
 * Helpers for the trust tests (tests/browser/trust-*.test.ts): reading the
 * hover card whatever its shadow root's mode, hovering a word with the real
 * mouse, checking what the card shows against the interview, and measuring a
 * page's main-thread CPU.
 *
 * Reads go through CDP in an isolated world of our own, so a hostile page
 * that replaced DOM methods in its main world can't fool the test either.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { projectRoot } from './harness';
import * as probe from './probes';
import type { CardView, WordQuery } from './probes';
import type { Concept, Interview, Quote } from '@/lib/data-types';

/** Tag of the hover card's host element (entrypoints/content/hover-card/host.ts). */
const CARD_HOST_TAG = 'tri-dao-lens-card';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One CDP session per page (Playwright allows several; one keeps the isolated world stable). */
export function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Evaluates `expression` in a fresh isolated world of the page's main frame: the page's own patches don't apply there. */
export async function evalClean<T>(page: Page, expression: string): Promise<T> {
  const cdp = await cdpOf(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'trust-test',
  });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: executionContextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails)
    throw new Error(`evalClean: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** What the hover cards on a page show, read through CDP (works for open and closed shadow roots). */
export interface CardReading {
  /** Host elements in the document (must never exceed 1). */
  hosts: number;
  /** Hosts currently displayed. */
  visible: number;
  /** The shown card's text, its name line and quotes (empty when none is shown). */
  text: string;
  name: string;
  quotes: string[];
  /** True when the card's centre is the topmost element there (not covered by the page). */
  onTop: boolean;
  /** The card's box, for checks like "readable size". */
  rect: { x: number; y: number; width: number; height: number } | null;
  /** Computed font size of the quote text, px. */
  quoteFontPx: number;
}

/**
 * Reads every card host on the page through CDP in an isolated world, so a
 * page that tampers with DOM APIs can't change what the test sees.
 */
export async function readCards(page: Page): Promise<CardReading> {
  const cdp = await cdpOf(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'trust-test',
  });
  const { result: list } = await cdp.send('Runtime.evaluate', {
    expression: `Array.from(document.querySelectorAll('${CARD_HOST_TAG}'))`,
    contextId: executionContextId,
  });
  const { result: props } = await cdp.send('Runtime.getProperties', { objectId: list.objectId!, ownProperties: true });
  const hostIds = props.filter((p) => /^\d+$/.test(p.name) && p.value?.objectId).map((p) => p.value!.objectId!);
  const reading: CardReading = {
    hosts: hostIds.length,
    visible: 0,
    text: '',
    name: '',
    quotes: [],
    onTop: false,
    rect: null,
    quoteFontPx: 0,
  };
  for (const hostId of hostIds) {
    const { result: shown } = await cdp.send('Runtime.callFunctionOn', {
      objectId: hostId,
      functionDeclaration: probe.isShown.toString(),
      arguments: [{ objectId: hostId }],
      returnByValue: true,
    });
    if (!shown.value) continue;
    reading.visible++;
    const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: probe.readCard.toString(),
      arguments: [{ objectId: object.objectId! }],
      returnByValue: true,
    });
    const card = result.value as CardView | null;
    if (card) {
      const { text, name, quotes, onTop, rect, quoteFontPx } = card;
      Object.assign(reading, { text, name, quotes, onTop, rect, quoteFontPx });
    }
  }
  return reading;
}

/** The point of a word (`probes.ts`'s `pointOfWord`), in the page's main world or a frame. */
export function pointOfWord(target: Page | Frame, word: WordQuery): Promise<{ x: number; y: number } | null> {
  // The main world on purpose: frames have no isolated world of ours; tests that tamper with
  // prototypes call pointOfWordClean instead.
  return target.evaluate(probe.pointOfWord, word);
}

/** Same as pointOfWord, computed in an isolated world (immune to the page's prototype patches). */
export function pointOfWordClean(page: Page, word: WordQuery): Promise<{ x: number; y: number } | null> {
  return evalClean(page, `(${probe.pointOfWord})(${JSON.stringify(word)})`);
}

/** Moves the real mouse onto a point and rests there until a card shows (or the timeout passes). */
export async function hoverAndReadCard(
  page: Page,
  point: { x: number; y: number },
  timeoutMs = 6000,
): Promise<CardReading> {
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const deadline = Date.now() + timeoutMs;
  let reading = await readCards(page);
  while (Date.now() < deadline && !(reading.visible > 0 && reading.quotes.length > 0)) {
    await page.waitForTimeout(100);
    reading = await readCards(page);
  }
  return reading;
}

let interviewCache: { concepts: Concept[]; interview: Interview } | null = null;

/** The generated data the extension ships (what "from the interview" means for a card). */
export function shippedData(): { concepts: Concept[]; interview: Interview } {
  interviewCache ??= {
    concepts: JSON.parse(readFileSync(path.join(projectRoot, 'data/generated/concepts.json'), 'utf8')),
    interview: JSON.parse(readFileSync(path.join(projectRoot, 'data/generated/interview.json'), 'utf8')),
  };
  return interviewCache;
}

/** The top-ranked quote of a concept, as the extension ships it: what a card shows first. */
export function topQuote(conceptId: string): Quote {
  const concept = shippedData().concepts.find((c) => c.id === conceptId);
  if (!concept) throw new Error(`no concept ${conceptId}`);
  return [...concept.quotes].sort((a, b) => a.rank - b.rank)[0];
}

/** True when `text` is, verbatim, part of a turn of the interview in one of its scripts. */
export function isVerbatimFromInterview(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const { interview } = shippedData();
  return interview.turns.some((turn) => Object.values(turn.text).some((s) => s.includes(t)));
}

/** The renderer's main-thread busy time (s) over `ms`, from CDP Performance.getMetrics TaskDuration. */
export async function mainThreadBusySeconds(page: Page, ms: number): Promise<number> {
  const cdp = await cdpOf(page);
  await cdp.send('Performance.enable');
  const read = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const before = await read();
  await page.waitForTimeout(ms);
  return (await read()) - before;
}

/** Console errors and uncaught exceptions on a page, from any world (the content script's included). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** Errors that come from the extension (its scripts are chrome-extension:// URLs or log with our prefix). */
export function extensionErrors(errors: string[]): string[] {
  return errors.filter((e) => /chrome-extension:\/\/|tri-dao-lens|\[wxt\]/i.test(e));
}

/** Number of highlight ranges the extension registered (CSS.highlights is shared by all worlds). */
export async function highlightCount(page: Page): Promise<number> {
  return evalClean<number>(page, `(${probe.highlightCount})()`);
}

/**
 * The tab id of `page`. Without the `tabs` permission (we don't ask for it)
 * `tabs.query` returns no URLs, so the page is brought to the front and the
 * active tab is taken instead of matching by URL.
 */
async function activeTabIdOf(worker: import('playwright-core').Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return (tab?.id as number | undefined) ?? null;
  });
  if (id == null) throw new Error('no active tab');
  return id;
}

/** Opens the popup as a tab bound to `forPage`'s tab (`popup.html?tabId=N`), without needing tab URLs. */
export async function openPopupForTab(
  browser: {
    context: import('playwright-core').BrowserContext;
    worker: import('playwright-core').Worker;
    extensionUrl(p: string): string;
  },
  forPage: Page,
): Promise<Page> {
  const tabId = await activeTabIdOf(browser.worker, forPage);
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}

/** Sends a content request to `page`'s tab from the service worker. */
export async function sendToTab<T = unknown>(
  browser: { worker: import('playwright-core').Worker },
  page: Page,
  message: unknown,
): Promise<T> {
  const tabId = await activeTabIdOf(browser.worker, page);
  return browser.worker.evaluate(([id, msg]) => (globalThis as any).chrome.tabs.sendMessage(id as number, msg), [
    tabId,
    message,
  ] as const) as Promise<T>;
}
