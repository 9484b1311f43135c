/**
 * Every control of the hover card, clicked with the real mouse in Chromium:
 * the card stays open for "More quotes" and "Fewer quotes" (re-rendering
 * removes the focused button, and Chromium then fires `blur` at it, which
 * must not read as the window losing focus), and closes for "Read in
 * context", the episode link and close. The controls come from the card
 * itself; what a reader expects of each is in ./card-controls.ts.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { type CardControl, type CardState, distinctControls, expectationFor } from './card-controls';
import { cardControls } from './probes';
import { useExtensionBrowser } from './harness';
import { highlightCount, pointOfWord, shippedData } from './trust-support';

const ext = useExtensionBrowser({ launch: { viewport: { width: 1280, height: 900 } } });
let page: Page;

const CONCEPT = 'kv-cache';
const concept = shippedData().concepts.find((c) => c.id === CONCEPT)!;
const EPISODE_URL = shippedData().interview.source.episodeUrl;

const readCard = () => page.evaluate(cardControls, null);

/** Parks the mouse, closes any card, then rests on the term until its card shows (expanded if asked). */
async function openCard(expanded: boolean): Promise<CardState> {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await page.mouse.move(8, 600);
  await expect.poll(readCard, { timeout: 5000 }).toBeNull();
  const point = (await pointOfWord(page, 'KV cache'))!;
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(async () => (await readCard())?.conceptId ?? null, { timeout: 10_000 }).toBe(CONCEPT);
  let card = (await readCard())!;
  if (expanded) {
    const more = card.controls.find((c) => c.key === 'button.more[aria-expanded=false]')!;
    await page.mouse.move(more.x, more.y, { steps: 4 });
    await page.mouse.click(more.x, more.y);
    await expect.poll(async () => (await readCard())?.quotes ?? 0, { timeout: 5000 }).toBe(concept.quotes.length);
    card = (await readCard())!;
  }
  return card;
}

/** Long enough for anything the click set off (a blur, the hide grace of 300 ms, a re-render) to have happened. */
const settle = () => page.waitForTimeout(700);

async function clickAndCheck(control: CardControl, before: CardState) {
  const row = expectationFor(control);
  const tabsBefore = new Set(ext.browser.context.pages());
  const point = (await page.evaluate(cardControls, control.key))?.controls.find((c) => c.key === control.key) ?? null;
  expect(point, `"${control.label}" can be scrolled into the card's view`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y, { steps: 4 });
  await page.mouse.click(point!.x, point!.y);
  await settle();
  const after = await readCard();
  if (row.card === 'stays') {
    expect(after, `the card is still there after "${control.label}"`).not.toBeNull();
    row.check(before, after!, concept.quotes.length);
    return;
  }
  expect(after, `the card is gone after "${control.label}"`).toBeNull();
  const opened = () => ext.browser.context.pages().filter((p) => !tabsBefore.has(p));
  if (row.opens) {
    const opens = row.opens;
    await expect.poll(() => opened().some((p) => opens(p.url(), control, EPISODE_URL)), { timeout: 10_000 }).toBe(true);
  } else {
    expect(opened().map((p) => p.url())).toEqual([]);
  }
  for (const p of opened()) await p.close();
}

beforeAll(async () => {
  // The episode link leaves for the podcast's site: answer it locally (this machine has no network).
  await ext.browser.context.route(
    (url) => url.protocol === 'https:',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>episode</title>' }),
  );
  page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/hover-card.html`);
  const deadline = Date.now() + 20_000;
  while ((await highlightCount(page)) <= 0) {
    if (Date.now() > deadline) throw new Error('the fixture page was never highlighted');
    await page.waitForTimeout(100);
  }
});

describe.each([false, true])('hover card controls (Chromium), expanded: %s', (expanded) => {
  test('every control of the card does what a reader expects', async () => {
    const first = await openCard(expanded);
    const controls = distinctControls(first.controls);
    expect(controls.length).toBeGreaterThanOrEqual(4);
    for (const control of controls) expectationFor(control); // an unknown control fails before any click
    for (const control of controls) {
      const before = await openCard(expanded);
      const target = before.controls.find((c) => c.key === control.key)!;
      await clickAndCheck(target, before);
    }
    expect(ext.browser.pageErrors).toEqual([]);
  });
});
