/**
 * Every control of the hover card, clicked with the real mouse in Firefox
 * ESR (puppeteer-core over WebDriver BiDi): the same expectations as in
 * Chromium (./card-controls.ts), read from the card itself.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CardControl, type CardState, distinctControls, expectationFor } from './card-controls';
import { cardControls } from './probes';
import {
  type FirefoxExtensionBrowser,
  fixturesDir,
  launchFirefoxWithExtension,
  type StaticServer,
  startStaticServer,
} from './harness';
import { shippedData } from './trust-support';

let server: StaticServer;
let firefox: FirefoxExtensionBrowser;
let page: Page;

const CONCEPT = 'kv-cache';
const concept = shippedData().concepts.find((c) => c.id === CONCEPT)!;
const EPISODE_URL = shippedData().interview.source.episodeUrl;

const readCard = () => page.evaluate(cardControls, null);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pointOfTerm() {
  return page.evaluate(() => {
    const text = document.getElementById('p-kv')!.firstChild as Text;
    const i = text.data.indexOf('KV cache');
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 'KV cache'.length);
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

/** Closes any card, then rests on the term until its card shows (expanded if asked). */
async function openCard(expanded: boolean): Promise<CardState> {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await page.mouse.move(8, 600);
  await expect.poll(readCard, { timeout: 5000 }).toBeNull();
  const point = await pointOfTerm();
  // The first scan may still be running when the first test starts: rest on the term until a card shows.
  await expect
    .poll(
      async () => {
        await page.mouse.move(point.x - 30, point.y + 40);
        await page.mouse.move(point.x, point.y, { steps: 4 });
        await sleep(600);
        return (await readCard())?.conceptId ?? null;
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe(CONCEPT);
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

/** The addresses a tab reports: BiDi's, and the page's own (BiDi shows extension tabs as about:blank). */
async function addressesOf(p: Page): Promise<string[]> {
  const own = await p.evaluate(() => location.href).catch(() => '');
  // A page this machine can't reach (no network) shows Firefox's error page, which names the address it tried.
  const tried = own.startsWith('about:neterror') ? (new URL(own).searchParams.get('u') ?? '') : '';
  return [p.url(), own, tried];
}

async function clickAndCheck(control: CardControl, before: CardState) {
  const row = expectationFor(control);
  const tabsBefore = new Set(await firefox.browser.pages());
  const point = (await page.evaluate(cardControls, control.key))?.controls.find((c) => c.key === control.key) ?? null;
  expect(point, `"${control.label}" can be scrolled into the card's view`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y, { steps: 4 });
  await page.mouse.click(point!.x, point!.y);
  // Long enough for anything the click set off (a blur, the hide grace of 300 ms, a re-render) to have happened.
  await sleep(700);
  const after = await readCard();
  if (row.card === 'stays') {
    expect(after, `the card is still there after "${control.label}"`).not.toBeNull();
    row.check(before, after!, concept.quotes.length);
    return;
  }
  expect(after, `the card is gone after "${control.label}"`).toBeNull();
  const opened = async () => (await firefox.browser.pages()).filter((p) => !tabsBefore.has(p));
  if (row.opens) {
    const opens = row.opens;
    let seen: string[] = [];
    await expect
      .poll(
        async () => {
          seen = [];
          for (const p of await opened()) seen.push(...(await addressesOf(p)));
          return seen.some((href) => opens(href, control, EPISODE_URL));
        },
        { timeout: 15_000, interval: 250, message: `"${control.label}" opens its page (new tabs: ${seen.join(' ')})` },
      )
      .toBe(true);
  } else {
    expect(await opened()).toEqual([]);
  }
  for (const p of await opened()) await p.close();
}

beforeAll(async () => {
  server = await startStaticServer(fixturesDir);
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/pages/hover-card.html`);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe.each([false, true])('hover card controls (Firefox), expanded: %s', (expanded) => {
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
  });
});
