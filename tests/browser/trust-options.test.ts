/**
 * The options page in Chromium: registered as the extension's options_ui,
 * localised, usable from the keyboard, and its changes reach an open page
 * at once (turning a site off removes its highlights without a reload).
 * Screenshots in English and Chinese go to tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  artifactsDir,
  fixturesDir,
  launchChromiumWithExtension,
  startStaticServer,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { collectErrors, extensionErrors, highlightCount } from './trust-support';

let server: StaticServer;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  server = await startStaticServer(fixturesDir);
});
afterAll(async () => {
  await server?.close();
});

describe.each([
  { locale: 'en-US', title: 'Tri Dao Lens settings', shot: 'options-en.png' },
  { locale: 'zh-CN', title: 'Tri Dao Lens 设置', shot: 'options-zh-CN.png' },
  { locale: 'zh-TW', title: 'Tri Dao Lens 設定', shot: 'options-zh-TW.png' },
])('options page ($locale)', ({ locale, title, shot }) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromiumWithExtension({ locale, args: [`--lang=${locale}`] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('renders localised and is the manifest options page', async () => {
    const manifest = await browser.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.options_ui.page).toBe('options.html');
    const options = await browser.context.newPage();
    const errors = collectErrors(options);
    await options.setViewportSize({ width: 620, height: 900 });
    await options.goto(browser.extensionUrl('options.html'));
    await expect(options.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(title);
    await options.screenshot({ path: path.join(artifactsDir, shot), fullPage: true });
    expect(extensionErrors(errors)).toEqual([]);
  });

  if (locale !== 'en-US') return;

  test('keyboard: every control is reachable with Tab and shows focus', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('heading', { level: 1 }).waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await options.keyboard.press('Tab');
      const focused = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const outline = getComputedStyle(el).outlineStyle;
        return {
          tag: `${el.tagName.toLowerCase()}:${(el as HTMLInputElement).type ?? ''}:${(el as HTMLInputElement).value ?? el.textContent}`,
          outline,
        };
      });
      if (focused) {
        seen.add(focused.tag.split(':').slice(0, 2).join(':'));
        expect(focused.outline).not.toBe('none');
      }
    }
    for (const kind of ['input:checkbox', 'input:text', 'button:submit', 'input:radio', 'input:number'])
      expect(seen).toContain(kind);
  });

  test('turning a site off on the options page removes its highlights at once; back on restores them', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/hostile/article.html`);
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('textbox', { name: 'Add a site' }).fill(`http://127.0.0.1:${server.port}/whatever`);
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.getByText('127.0.0.1', { exact: true }).count()).toBe(1);
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);

    // The master switch too.
    await options.getByRole('checkbox', { name: /Highlight the interview/ }).uncheck();
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);
    await options.getByRole('checkbox', { name: /Highlight the interview/ }).check();
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(extensionErrors(errors)).toEqual([]);
  });
});
