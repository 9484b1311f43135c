/**
 * The extension end to end in Firefox ESR (Debian's firefox-esr, puppeteer-core
 * over WebDriver BiDi, the Firefox build installed as a temporary add-on):
 * concepts painted on the English, Simplified and Traditional fixture pages
 * (read through the page's own `CSS.highlights`, which in Firefox too is the
 * document's registry, shared with the content script's Xray world), none on
 * the page of confusables, the hover card with Tri Dao's top quote verbatim,
 * "Read in context" landing on the transcript at that quote, the page's DOM
 * unchanged but for the extension's host, the popup listing the page's
 * concepts and switching 简/繁 live (popup and card), and no error on the
 * pages. Screenshots go to tests/artifacts/screenshots/firefox-*.png.
 *
 * Firefox won't let WebDriver navigate to moz-extension:// pages, so the test
 * reaches the transcript as a user does (the card's "Read in context") and
 * drives the rest from there (see the Firefox helpers in the harness).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageState } from '@/lib/messages';
import {
  artifactsDir,
  firefoxHoverUntilCard,
  firefoxSendToContentScript,
  firefoxTabIdOf,
  fixturesDir,
  launchFirefoxWithExtension,
  openFirefoxExtensionTab,
  startStaticServer,
  waitForNewFirefoxTab,
  type FirefoxExtensionBrowser,
  type StaticServer,
} from './harness';
import { domBeforeAndNow, paintedRanges, snapshotAtDomContentLoaded } from './probes';
import { isVerbatimFromInterview, shippedData, topQuote } from './trust-support';

const screenshots = path.join(artifactsDir, 'screenshots');

let server: StaticServer;
let firefox: FirefoxExtensionBrowser;
/** The English fixture page, annotated. */
let article: Page;
/** An extension page (the transcript "Read in context" opened): the tests' way to talk to the extension. */
let extensionPage: Page | null = null;

function conceptById(id: string) {
  const concept = shippedData().concepts.find((c) => c.id === id);
  if (!concept) throw new Error(`no concept ${id}`);
  return concept;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The content script's state for `page`'s tab once its scan is over (asked from the extension page). */
async function scannedState(page: Page): Promise<PageState> {
  if (!extensionPage) throw new Error('no extension page yet: the "Read in context" test opens it');
  const tabId = await firefoxTabIdOf(extensionPage, page.url());
  const deadline = Date.now() + 30_000;
  let state: PageState | null = null;
  while (Date.now() < deadline) {
    state = await firefoxSendToContentScript<PageState>(extensionPage, tabId, { type: 'get-page-state' }).catch(
      () => null,
    );
    if (state && state.status !== 'scanning') return state;
    await sleep(100);
  }
  throw new Error(`scan of ${page.url()} did not finish (last state: ${JSON.stringify(state)})`);
}

/** Errors and console errors seen on the fixture pages (the content script's included), as text. */
const pageErrors: string[] = [];
/** Console warnings on the fixture pages: the canary below proves the content script's are heard. */
const pageWarnings: string[] = [];

async function openFixture(name: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${String(error)}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`${name}: console: ${msg.text()}`);
    if (msg.type() === 'warn') pageWarnings.push(`${name}: ${msg.text()}`);
  });
  // Snapshot the DOM when the parser is done, before the content script runs (document_idle).
  await page.evaluateOnNewDocument(snapshotAtDomContentLoaded);
  await page.goto(`${server.origin}/pages/${name}`);
  return page;
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await startStaticServer(fixturesDir);
  firefox = await launchFirefoxWithExtension();
  article = await openFixture('en-ai-hardware.html');
  // expect.poll is not allowed in hooks: wait for the first paint by hand.
  const deadline = Date.now() + 20_000;
  while ((await article.evaluate(paintedRanges)).length === 0) {
    if (Date.now() > deadline) throw new Error('the English fixture page was never highlighted in Firefox');
    await sleep(100);
  }
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  test('English page: concepts painted through the CSS Custom Highlight API, hidden and form text left alone', async () => {
    expect(await article.evaluate(() => 'highlights' in CSS)).toBe(true);
    // The first scan works in slices: wait until the last paragraph is painted too.
    await expect
      .poll(async () => (await article.evaluate(paintedRanges)).map((r) => r.text), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Together AI']));
    const painted = await article.evaluate(paintedRanges);
    const texts = painted.map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'FlashAttention',
        'FlashAttention-3',
        'KV cache',
        'H100',
        'Mixture of Experts',
        'vLLM',
        'Tri Dao',
        'MI300X',
      ]),
    );
    // Hidden, aria-hidden, noscript and form-field text is never painted.
    for (const word of ['Cerebras', 'ThunderKittens', 'Windsurf', 'Groq', 'SambaNova', 'gpt-oss', 'Mosaic GPU']) {
      expect(
        texts.some((t) => t.includes(word)),
        word,
      ).toBe(false);
    }
    expect(new Set(painted.map((r) => r.highlight))).toEqual(
      new Set(['tdl-hardware', 'tdl-techniques', 'tdl-tools', 'tdl-people']),
    );
    // Styled by the manifest's highlights.css: the document adopts no sheet of ours (no restyling at run time).
    expect(
      await article.evaluate(() => ({
        adopted: document.adoptedStyleSheets.length,
        line: getComputedStyle(document.body, '::highlight(tdl-hardware)').textDecorationLine,
      })),
    ).toEqual({ adopted: 0, line: 'underline' });
    // A document's sheets never reach into a shadow tree: the open shadow root that holds AMD and MI300X adopts the
    // same rules, built in the content script (Firefox lets a content script assign them there), and they apply.
    expect(
      await article.evaluate(() => {
        const root = document.querySelector('tdl-fixture-note')!.shadowRoot!;
        return {
          adopted: root.adoptedStyleSheets.length,
          line: getComputedStyle(root.querySelector('p')!, '::highlight(tdl-hardware)').textDecorationLine,
        };
      }),
    ).toEqual({ adopted: 1, line: 'underline' });
    // The page's DOM only gains the card host later, on hover: scanning adds no element.
    expect(
      await article.evaluate(() => document.querySelectorAll('[class*="tdl"], mark, tri-dao-lens-card').length),
    ).toBe(0);
    await article.screenshot({ path: path.join(screenshots, 'firefox-highlights-en.png') });
  });

  test('resting on a term shows the card with Tri Dao’s top quote, verbatim; "Read in context" opens the transcript at it', async () => {
    const card = await firefoxHoverUntilCard(article, 'FlashAttention');
    const concept = conceptById('flash-attention');
    const quote = topQuote('flash-attention');
    expect(card.name).toBe(concept.name.en);
    // A term in English text: the team's English rendering first, labelled as the team's.
    expect(card.quote).toBe(quote.text.en);
    expect(card.text).toContain("English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up");
    expect(isVerbatimFromInterview(card.quote)).toBe(true);
    expect(card.hostIsChildOfRoot).toBe(true);
    expect(card.popoverOpen).toBe(true);
    expect(card.rect).not.toBeNull();
    await article.screenshot({ path: path.join(screenshots, 'firefox-hover-card.png') });

    // The user's way into the extension: the card's button asks the background to open the transcript.
    const tabsBefore = new Set(await firefox.browser.pages());
    const read = card.read!;
    await article.mouse.move(read.x + read.width / 2, read.y + read.height / 2, { steps: 3 });
    await article.mouse.click(read.x + read.width / 2, read.y + read.height / 2);
    // The transcript opens in what the card was showing: English, and Simplified for the Chinese beside it.
    const expected = firefox.extensionUrl(`transcript.html?lang=en&script=hans#q-${quote.id}`);
    const transcript = await waitForNewFirefoxTab(firefox, tabsBefore, (href) => href === expected);
    // Arriving at the quote marks it as the target and focuses it.
    await transcript.waitForFunction(
      (id) => document.activeElement?.id === id,
      { timeout: 10_000, polling: 50 },
      `q-${quote.id}`,
    );
    const target = await transcript.evaluate((id) => {
      const el = document.getElementById(id)!;
      const r = el.getBoundingClientRect();
      return {
        marked: el.classList.contains('is-target'),
        top: r.top,
        vh: innerHeight,
        text: el.textContent ?? '',
        lang: document.body.dataset.lang,
      };
    }, `q-${quote.id}`);
    expect(target.marked).toBe(true);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(target.vh);
    // In the language the transcript shows first (the link's `?lang=`, else the interface's).
    expect((target.lang === 'en' ? quote.text.en : quote.text.hans).startsWith(target.text.slice(0, 20))).toBe(true);
    // The card showed English, so the link asked for it.
    expect(target.lang).toBe('en');
    extensionPage = transcript;

    // Annotating and showing a card changed nothing in the page but the extension's own host element.
    const { before, now, hosts } = await article.evaluate(domBeforeAndNow);
    expect(before.length).toBeGreaterThan(1000);
    expect(now).toBe(before);
    expect(hosts).toBe(1);
  });

  test('Simplified and Traditional Chinese pages: concepts painted', async () => {
    const hans = await openFixture('zh-hans-ai-hardware.html');
    const hansState = await scannedState(hans);
    expect(hansState.status).toBe('done');
    expect(hansState.highlightsSupported).toBe(true);
    expect(hansState.concepts.map((c) => c.conceptId)).toEqual(
      expect.arrayContaining([
        'flash-attention',
        'nvidia',
        'mixture-of-experts',
        'multi-head-latent-attention',
        'kv-cache',
        'quantization',
        'inference-cost',
      ]),
    );
    // Marks are painted as their block comes near the viewport (an IntersectionObserver report), a frame after the scan.
    await expect
      .poll(async () => (await hans.evaluate(paintedRanges)).map((r) => r.text), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['英伟达', '混合专家', '多头潜在注意力', '推理成本']));
    // A term in Chinese text: the Chinese first, in the text's own script.
    const hansCard = await firefoxHoverUntilCard(hans, '混合专家');
    expect(hansCard.quote).toBe(topQuote('mixture-of-experts').text.hans);
    expect(hansCard.text).not.toContain('English rendering by the Tri Dao Lens team');
    await hans.close();

    const hant = await openFixture('zh-hant-ai-hardware.html');
    const hantState = await scannedState(hant);
    expect(hantState.concepts.map((c) => c.conceptId)).toEqual(
      expect.arrayContaining([
        'flash-attention',
        'nvidia',
        'mixture-of-experts',
        'multi-head-latent-attention',
        'kv-cache',
        'memory-bound-inference',
      ]),
    );
    await expect
      .poll(async () => (await hant.evaluate(paintedRanges)).map((r) => r.text), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['輝達', '多頭潛在注意力', '鍵值快取', '記憶體頻寬']));
    // A Traditional page and an English browser: Traditional quotes by default.
    const hantCard = await firefoxHoverUntilCard(hant, '混合專家');
    expect(hantCard.quote).toBe(topQuote('mixture-of-experts').text.hant);
    await hant.keyboard.press('Escape');
    await hant.screenshot({ path: path.join(screenshots, 'firefox-highlights-zh-hant.png') });
    await hant.close();
  });

  test('the page of confusables (MLA, MOE, 量化交易, a database cursor) gets no highlight', async () => {
    const page = await openFixture('confusables.html');
    const state = await scannedState(page);
    expect(state.status).toBe('done');
    expect(state.concepts).toEqual([]);
    expect(await page.evaluate(paintedRanges)).toEqual([]);
    await page.close();
  });

  test('the popup, bound to the article’s tab, lists its concepts with Tri Dao’s quotes', async () => {
    const state = await scannedState(article);
    const tabId = await firefoxTabIdOf(extensionPage!, article.url());
    const popup = await openFirefoxExtensionTab(firefox, extensionPage!, `popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 396, height: 640 });
    await popup.waitForFunction(() => document.body.dataset.readyMs, { timeout: 10_000, polling: 50 });
    console.log(
      `[firefox popup] time to content: ${await popup.evaluate(() => document.body.dataset.readyMs)} ms after navigation start`,
    );

    // The list: the concepts the page reported, in its order, by their English names (the browser is en-US).
    const names = await popup.$$eval('.concept-toggle .primary', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual(state.concepts.map((c) => conceptById(c.conceptId).name.en));

    // Opening KV cache shows its top quote: the team's English first (an English interface), labelled.
    await popup.click('li.concept[data-concept="kv-cache"] .concept-toggle');
    const english = () =>
      popup.evaluate(
        () => document.querySelector('li.concept[data-concept="kv-cache"] .quote-en')?.textContent ?? null,
      );
    await expect.poll(english, { timeout: 5000 }).toBe(topQuote('kv-cache').text.en);
    // One click shows the Chinese original, verbatim, in Simplified.
    await popup.click('li.concept[data-concept="kv-cache"] button.quote-lang');
    const firstQuote = () =>
      popup.evaluate(
        () => document.querySelector('li.concept[data-concept="kv-cache"] blockquote')?.textContent ?? null,
      );
    await expect.poll(firstQuote, { timeout: 5000 }).toBe(topQuote('kv-cache').text.hans);
    await popup.screenshot({ path: path.join(screenshots, 'firefox-popup.png'), fullPage: true });

    // 繁: the popup switches at once, and so does the next card in the article's tab (storage reaches the content script).
    const chooseScript = async (label: string) => {
      const choice = await popup.evaluateHandle(
        (text) => [...document.querySelectorAll('.script-switch label')].find((l) => l.textContent?.trim() === text)!,
        label,
      );
      await (choice as import('puppeteer-core').ElementHandle<Element>).click();
    };
    await popup.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await chooseScript('繁');
    await expect.poll(firstQuote, { timeout: 5000 }).toBe(topQuote('kv-cache').text.hant);
    expect(await popup.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // The card on the English article shows both languages once the setting asks for both: the Chinese in 繁.
    await popup.evaluate(() =>
      (globalThis as any).browser.storage.local.set({ quoteLanguage: 'both', quoteLanguage$: { v: 1 } }),
    );
    await article.bringToFront();
    await article.keyboard.press('Escape');
    await expect
      .poll(async () => (await firefoxHoverUntilCard(article, 'KV cache')).quotes.slice(0, 2), { timeout: 15_000 })
      .toEqual([topQuote('kv-cache').text.en, topQuote('kv-cache').text.hant]);
    await popup.evaluate(() => (globalThis as any).browser.storage.local.remove(['quoteLanguage', 'quoteLanguage$']));
    await article.keyboard.press('Escape');
    await chooseScript('简');
    await expect.poll(firstQuote, { timeout: 5000 }).toBe(topQuote('kv-cache').text.hans);
    await popup.close();
  });

  test('an English search finds an English rendering; the transcript opens at it in English, marked in both languages', async () => {
    const popup = await openFirefoxExtensionTab(firefox, extensionPage!, 'popup.html');
    await popup.setViewport({ width: 396, height: 640 });
    await popup.waitForFunction(() => document.body.dataset.readyMs, { timeout: 10_000, polling: 50 });
    await popup.focus('#search-input');
    await popup.keyboard.type('experts per token');
    const option = '[role="option"].result-quote[data-anchor="q-mixture-of-experts-1"]';
    await popup.waitForSelector(option, { timeout: 10_000 });
    const hit = await popup.$eval(option, (el) => {
      const snippet = el.querySelector('.snippet-en');
      return { lang: snippet?.getAttribute('lang'), text: snippet?.textContent ?? '' };
    });
    expect(hit.lang).toBe('en');
    expect(hit.text).toMatch(/^EN · team's rendering /);
    await popup.screenshot({ path: path.join(screenshots, 'firefox-popup-search-english.png') });

    const expected = firefox.extensionUrl('transcript.html?lang=en#q-mixture-of-experts-1');
    const tabsBefore = new Set(await firefox.browser.pages());
    await popup.click(option);
    const transcript = await waitForNewFirefoxTab(firefox, tabsBefore, (href) => href === expected);
    await transcript.waitForFunction(() => document.activeElement?.id === 'q-mixture-of-experts-1', {
      timeout: 10_000,
      polling: 50,
    });
    const quote = conceptById('mixture-of-experts').quotes[0]!;
    const shown = await transcript.evaluate((id) => {
      const anchor = document.getElementById(`q-${id}`)!;
      const r = anchor.getBoundingClientRect();
      return {
        lang: anchor.closest('p')?.getAttribute('lang'),
        text: anchor.textContent ?? '',
        inView: r.top >= 0 && r.bottom <= innerHeight,
        marks: [...document.querySelectorAll(`mark[data-quotes~="${id}"]`)].map(
          (m) => `${m.closest('p')?.getAttribute('lang')} ${m.classList.contains('is-target')}`,
        ),
        label: document.querySelector('.rendering-note')?.textContent ?? '',
      };
    }, quote.id);
    expect(shown.lang).toBe('en');
    expect(shown.inView).toBe(true);
    expect(quote.text.en.startsWith(shown.text)).toBe(true);
    expect([...new Set(shown.marks)]).toEqual(['en true', 'zh-Hans true']);
    expect(shown.label).toMatch(/English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up/);
    await transcript.setViewport({ width: 1400, height: 900 });
    await new Promise((resolve) => setTimeout(resolve, 1700)); // the arrival flash
    await transcript.evaluate(
      (id) => document.getElementById(`q-${id}`)!.scrollIntoView({ block: 'center' }),
      quote.id,
    );
    await transcript.screenshot({ path: path.join(screenshots, 'firefox-transcript-bilingual.png') });
    await transcript.close();
    await popup.close();
  });

  test('no error on the fixture pages (the content script’s included)', async () => {
    // Canary: a malformed message makes the content script warn; the page's console must report it.
    const tabId = await firefoxTabIdOf(extensionPage!, article.url());
    await firefoxSendToContentScript(extensionPage!, tabId, { type: 'no-such-request' }).catch(() => undefined);
    await expect
      .poll(() => pageWarnings.some((w) => w.includes('[tri-dao-lens] ignored a malformed message')), { timeout: 5000 })
      .toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
