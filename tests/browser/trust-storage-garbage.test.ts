/**
 * Damaged storage: garbage is written to chrome.storage.local through the
 * service worker (wrong types, nulls, nonsense and future version metas, a
 * 200,000-entry list), then pages and extension pages are (re)loaded. The
 * extension keeps working with its defaults and says why in a console warning.
 */
import { expect, test } from 'vitest';
import { useExtensionBrowser } from './harness';
import {
  collectErrors,
  extensionErrors,
  highlightCount,
  hoverAndReadCard,
  isVerbatimFromInterview,
  openPopupForTab,
  pointOfWord,
} from './trust-support';

const ext = useExtensionBrowser();

const GARBAGE_SETS: Record<string, unknown>[] = [
  {
    enabled: 'false',
    disabledSites: ['127.0.0.1', 42, null],
    shownKinds: 'none',
    highlightStyle: { evil: true },
    chineseScript: 7,
    hoverDelayMs: -1,
  },
  {
    enabled: false,
    enabled$: { v: 99 }, // from a future version: not understood, so not trusted
    disabledSites: Array.from({ length: 200_000 }, (_, i) => `site-${i}.example`),
    shownKinds: [],
    shownKinds$: { v: -1e9 }, // would make a naive migration loop allocate a billion-entry array
    highlightStyle: 'blink',
    chineseScript: ['hant'],
    hoverDelayMs: 1e308,
    hoverDelayMs$: 'v1',
  },
];

test.each(GARBAGE_SETS.map((set, i) => [i + 1, set] as const))(
  'garbage set %i: the extension keeps working with its defaults',
  async (_n, garbage) => {
    await ext.browser.worker.evaluate(async (values) => {
      const storage = (globalThis as any).chrome.storage.local;
      await storage.clear();
      await storage.set(values);
    }, garbage);

    const page = await ext.browser.context.newPage();
    const errors = collectErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${ext.server.origin}/hostile/article.html`);
    // Defaults: on everywhere (127.0.0.1 is *not* off: the stored list was invalid), every kind shown.
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    const card = await hoverAndReadCard(page, (await pointOfWord(page, 'FlashAttention'))!);
    expect(card.visible).toBe(1);
    expect(card.quotes.length).toBeGreaterThan(0);
    for (const q of card.quotes) expect(isVerbatimFromInterview(q)).toBe(true);
    expect(
      warnings.some((w) => w.includes('[tri-dao-lens settings]')),
      warnings.join('\n'),
    ).toBe(true);

    // Extension pages render with defaults too.
    const options = await ext.browser.context.newPage();
    const optionErrors = collectErrors(options);
    await options.goto(ext.browser.extensionUrl('options.html'));
    await expect.poll(() => options.getByRole('checkbox').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await options.getByRole('checkbox').first().isChecked()).toBe(true); // "Highlight … on web pages"
    expect(await options.getByRole('radio', { name: /background/i }).isChecked()).toBe(true);
    expect(await options.getByRole('spinbutton').inputValue()).toBe('250');

    const popup = await openPopupForTab(ext.browser, page);
    const popupErrors = collectErrors(popup);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/\S/);
    const transcript = await ext.browser.context.newPage();
    await transcript.goto(ext.browser.extensionUrl('transcript.html'));
    await expect.poll(() => transcript.locator('body').innerText(), { timeout: 10_000 }).toMatch(/\S/);

    // Reload everything over the same garbage: still fine.
    await page.reload();
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await options.reload();
    await expect.poll(() => options.getByRole('checkbox').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // Saving from the options page repairs the stored value (and its version).
    await options.getByRole('radio', { name: /underline/i }).check();
    await expect
      .poll(() =>
        ext.browser.worker.evaluate(() =>
          (globalThis as any).chrome.storage.local.get(['highlightStyle', 'highlightStyle$']),
        ),
      )
      .toEqual({ highlightStyle: 'underline', highlightStyle$: { v: 1 } });

    expect(extensionErrors([...errors, ...optionErrors, ...popupErrors])).toEqual([]);
    expect(ext.browser.pageErrors).toEqual([]);
    for (const p of [page, options, popup, transcript]) await p.close();
  },
);
