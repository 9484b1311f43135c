/**
 * The background in real Chromium: the toolbar badge counts the distinct
 * concepts of each tab's page (and forgets them when the tab navigates), and
 * the get-concept-card answer any extension page receives is the shipped card.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectScanDone } from './content-support';
import { tabIdOf, useExtensionBrowser } from './harness';
import { shippedData } from './trust-support';

const ext = useExtensionBrowser();

async function badgeOf(page: Page): Promise<string> {
  const tabId = await tabIdOf(ext.browser, page);
  return ext.browser.worker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
}

test('the badge shows how many distinct concepts each tab has, and is cleared by navigation', async () => {
  const a = await ext.browser.context.newPage();
  await a.goto(`${ext.server.origin}/pages/hover-card.html`);
  const stateA = await expectScanDone(ext.browser, a);
  expect(stateA.concepts.length).toBeGreaterThan(0);
  await expect.poll(() => badgeOf(a), { timeout: 5000 }).toBe(String(stateA.concepts.length));

  const b = await ext.browser.context.newPage();
  await b.goto(`${ext.server.origin}/pages/smoke.html`);
  const stateB = await expectScanDone(ext.browser, b);
  await expect.poll(() => badgeOf(b), { timeout: 5000 }).toBe(String(stateB.concepts.length));
  // Per tab: the first tab keeps its own number.
  expect(await badgeOf(a)).toBe(String(stateA.concepts.length));

  // A page with nothing to show: empty badge, not the previous page's number.
  await a.goto(`${ext.server.origin}/pages/confusables.html`);
  const stateC = await expectScanDone(ext.browser, a);
  await expect
    .poll(() => badgeOf(a), { timeout: 5000 })
    .toBe(stateC.concepts.length ? String(stateC.concepts.length) : '');

  // Back to a page with concepts, then to one where the content script never runs (not http/https):
  // only the background's navigation clearing can empty the badge there.
  await a.goto(`${ext.server.origin}/pages/hover-card.html`);
  await expectScanDone(ext.browser, a);
  await expect.poll(() => badgeOf(a), { timeout: 5000 }).toBe(String(stateA.concepts.length));
  await a.goto('data:text/html,<p>the KV cache</p>');
  await expect.poll(() => badgeOf(a), { timeout: 5000 }).toBe('');
  await a.close();
  await b.close();
});

test('an extension page asking for a card gets the shipped concept, quotes ranked', async () => {
  const popup = await ext.browser.context.newPage();
  await popup.goto(ext.browser.extensionUrl('popup.html'));
  const card = await popup.evaluate(() =>
    (globalThis as any).chrome.runtime.sendMessage({ type: 'get-concept-card', conceptId: 'flash-attention' }),
  );
  const concept = shippedData().concepts.find((c) => c.id === 'flash-attention')!;
  const ranked = [...concept.quotes].sort((x, y) => x.rank - y.rank).slice(0, 4);
  expect(card.name).toEqual(concept.name);
  expect(card.quotes.map((q: { id: string }) => q.id)).toEqual(ranked.map((q) => q.id));
  expect(card.quotes[0].text).toEqual(ranked[0].text);
  // Malformed requests get no answer at all.
  const bad = await popup.evaluate(() =>
    (globalThis as any).chrome.runtime
      .sendMessage({ type: 'open-transcript', anchor: 'javascript:alert(1)' })
      .then((x: unknown) => ({ answered: x !== undefined }))
      .catch((e: Error) => ({ error: e.message })),
  );
  expect(bad).not.toHaveProperty('answered', true);
  await popup.close();
});

test('no errors from the pages or the extension', () => {
  expect(ext.browser.pageErrors).toEqual([]);
});
