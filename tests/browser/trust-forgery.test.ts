/**
 * A page's own scripts can't drive the extension: lookalike `postMessage`
 * payloads, synthetic DOM events, tampered prototypes and forged highlights
 * neither trigger the extension's actions (turning off, opening the
 * transcript, showing a card) nor make the card show text that is not from
 * the interview. Everything the test reads, it reads through CDP in an
 * isolated world of its own, so the page's tampering can't fool the test.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import {
  collectErrors,
  extensionErrors,
  highlightCount,
  hoverAndReadCard,
  isVerbatimFromInterview,
  mainThreadBusySeconds,
  pointOfWordClean,
  readCards,
  sendToTab,
  shippedData,
} from './trust-support';

const ext = useExtensionBrowser();

/** Runs in the page's main world before its own scripts: records every window message the page receives. */
function recordWindowMessages() {
  (window as any).__messages = [];
  window.addEventListener('message', (e) => {
    try {
      (window as any).__messages.push(JSON.stringify(e.data));
    } catch {
      (window as any).__messages.push(String(e.data));
    }
  });
}

async function openAnnotated(initScript?: () => void): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.browser.context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(recordWindowMessages);
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${ext.server.origin}/hostile/article.html`);
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  return { page, errors };
}

function transcriptTabs(): number {
  return ext.browser.context.pages().filter((p) => p.url().includes('/transcript.html')).length;
}

/** The card shows FlashAttention's name and quotes that are verbatim parts of the interview. */
function expectGenuineCard(card: Awaited<ReturnType<typeof readCards>>) {
  expect(card.hosts).toBe(1);
  expect(card.visible).toBe(1);
  const concept = shippedData().concepts.find((c) => c.id === 'flash-attention')!;
  expect(Object.values(concept.name)).toContain(card.name.trim());
  expect(card.quotes.length).toBeGreaterThan(0);
  for (const quote of card.quotes) expect(isVerbatimFromInterview(quote), quote).toBe(true);
  expect(card.text).not.toContain('FORGED');
}

describe('message forgery', () => {
  test('lookalike postMessage payloads trigger nothing', async () => {
    const { page, errors } = await openAnnotated();
    const before = await highlightCount(page);
    const tabs = transcriptTabs();
    const id = ext.browser.extensionId;
    await page.evaluate((extensionId) => {
      const payloads: unknown[] = [
        { type: 'set-page-enabled', enabled: false },
        { type: 'toggle-page' },
        { type: 'open-transcript', anchor: 'q-kv-cache-1' },
        { type: 'get-concept-card', conceptId: 'kv-cache' },
        { type: 'reveal-concept', conceptId: 'kv-cache' },
        { type: 'page-concepts', counts: { 'kv-cache': 999 } },
        {
          type: `${extensionId}:content:wxt:content-script-started`,
          contentScriptName: 'content',
          messageId: 'forged',
        },
        { type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'forged' },
        JSON.stringify({ type: 'toggle-page' }),
      ];
      for (const payload of payloads) {
        window.postMessage(payload, '*');
        window.top?.postMessage(payload, '*');
      }
    }, id);
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(before);
    expect(transcriptTabs()).toBe(tabs);
    const state = await sendToTab<{ status: string }>(ext.browser, page, { type: 'get-page-state' });
    expect(state.status).toBe('done');
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });

  test("the page's window never receives a message that reveals the extension or its id", async () => {
    const { page } = await openAnnotated();
    await page.waitForTimeout(500);
    const messages: string[] = await page.evaluate(() => (window as any).__messages);
    const revealing = messages.filter((m) => m.includes(ext.browser.extensionId) || /wxt|tri-dao/i.test(m));
    expect(revealing).toEqual([]);
    await page.close();
  });

  test("a forged WXT 'newer content script started' event does not switch the extension off", async () => {
    const { page } = await openAnnotated();
    const before = await highlightCount(page);
    // A page can know a published extension's id (it is fixed by the store), so it can build the event name.
    await page.evaluate((extensionId) => {
      for (const name of [
        `${extensionId}:content:wxt:content-script-started`,
        `${extensionId}:content-scripts/content:wxt:content-script-started`,
      ]) {
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
        );
      }
    }, ext.browser.extensionId);
    await page.waitForTimeout(800);
    expect(await highlightCount(page)).toBe(before);
    const point = await pointOfWordClean(page, 'FlashAttention');
    expectGenuineCard(await hoverAndReadCard(page, point!));
    await page.close();
  });
});

describe('synthetic events', () => {
  test("a flood of forged WXT 'location changed' events costs bounded CPU and breaks nothing", async () => {
    const { page, errors } = await openAnnotated();
    const before = await highlightCount(page);
    // 100 forged single-page-app navigations a second for 3 s (the event name is public for a store extension).
    await page.evaluate((extensionId) => {
      const name = `${extensionId}:content:wxt:locationchange`;
      const timer = setInterval(() => window.dispatchEvent(new Event(name)), 10);
      setTimeout(() => clearInterval(timer), 3000);
    }, ext.browser.extensionId);
    const busy = await mainThreadBusySeconds(page, 3000);
    console.info(`forged locationchange flood: main thread busy ${(busy * 1000).toFixed(0)} ms over 3 s`);
    expect(busy).toBeLessThan(1.5);
    await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBe(before);
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });

  test('synthetic pointer, mouse and keyboard events show no card and toggle nothing', async () => {
    const { page } = await openAnnotated();
    const before = await highlightCount(page);
    const point = await pointOfWordClean(page, 'FlashAttention');
    expect(point).not.toBeNull();
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      const init = { clientX: x, clientY: y, bubbles: true, composed: true, view: window };
      for (let i = 0; i < 20; i++) {
        for (const t of [document, target]) {
          t.dispatchEvent(new PointerEvent('pointerover', init));
          t.dispatchEvent(new PointerEvent('pointermove', init));
          t.dispatchEvent(new MouseEvent('mouseover', init));
          t.dispatchEvent(new MouseEvent('mousemove', init));
        }
      }
      const keys = { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true };
      window.dispatchEvent(new KeyboardEvent('keydown', keys));
      document.dispatchEvent(new KeyboardEvent('keydown', keys));
    }, point!);
    await page.waitForTimeout(1200); // well past the 250 ms dwell
    const card = await readCards(page);
    expect(card.visible).toBe(0);
    expect(await highlightCount(page)).toBe(before);
    await page.close();
  });

  test("the page can neither press the card's buttons nor rewrite what the card shows", async () => {
    const { page } = await openAnnotated();
    const point = await pointOfWordClean(page, 'FlashAttention');
    const shown = await hoverAndReadCard(page, point!);
    expectGenuineCard(shown);
    const tabs = transcriptTabs();
    const reached = await page.evaluate(() => {
      const host = document.querySelector('tri-dao-lens-card') as HTMLElement | null;
      // Whatever the page can reach, it tries: synthetic clicks on the host and, if the root is open, inside it.
      host?.click();
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const root = host?.shadowRoot;
      if (!root) return false;
      for (const el of root.querySelectorAll<HTMLElement>('button, a')) el.click();
      root.querySelectorAll('.quote-text, .name, .gloss').forEach((el) => {
        el.textContent = 'FORGED: Tri Dao never said this';
      });
      return true;
    });
    await page.waitForTimeout(1000);
    expect(transcriptTabs(), 'a page script opened the transcript through the card').toBe(tabs);
    const after = await readCards(page);
    expect(after.text, `page could reach the card's shadow root: ${reached}`).not.toContain('FORGED');
    await page.close();
  });
});

describe('tampered prototypes and forged highlights', () => {
  /** Runs in the page's main world before anything else: replaces what an extension might rely on, and counts calls. */
  function tamper() {
    const calls: Record<string, number> = {};
    (window as any).__tamperCalls = calls;
    const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
    const fakeRect = () => new DOMRect(-10000, -10000, 0, 0);
    Range.prototype.getBoundingClientRect = () => {
      count('Range.getBoundingClientRect');
      return fakeRect();
    };
    Range.prototype.getClientRects = () => {
      count('Range.getClientRects');
      return [] as unknown as DOMRectList;
    };
    Element.prototype.getBoundingClientRect = () => {
      count('Element.getBoundingClientRect');
      return fakeRect();
    };
    Node.prototype.contains = () => {
      count('Node.contains');
      return true;
    };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      count('attachShadow');
      return attach.call(this, { ...init, mode: 'open' });
    };
    (document as any).caretPositionFromPoint = () => {
      count('caretPositionFromPoint');
      const t = document.createTextNode('FORGED FlashAttention');
      return { offsetNode: t, offset: 3 };
    };
    (document as any).caretRangeFromPoint = () => {
      count('caretRangeFromPoint');
      return null;
    };
    if ((window as any).CSS?.highlights) {
      const registry = (CSS as any).highlights;
      for (const method of ['set', 'delete', 'clear', 'get', 'has']) {
        const original = registry[method].bind(registry);
        registry[method] = (...args: unknown[]) => {
          count(`CSS.highlights.${method}`);
          return method === 'set' || method === 'delete' || method === 'clear' ? undefined : original(...args);
        };
      }
    }
    const define = customElements.define.bind(customElements);
    customElements.define = (...args: Parameters<typeof define>) => {
      count('customElements.define');
      return define(...args);
    };
  }

  test('with DOM and highlight APIs replaced in the page, the real hover still shows the genuine card', async () => {
    const { page, errors } = await openAnnotated(tamper);
    const point = await pointOfWordClean(page, 'FlashAttention');
    expectGenuineCard(await hoverAndReadCard(page, point!));
    // The content script runs in its own world: the page's replacements were never called by it.
    const calls = await page.evaluate(() => (window as any).__tamperCalls);
    console.info('tampered functions called (by anyone):', JSON.stringify(calls));
    expect(calls).toEqual({});
    expect(extensionErrors(errors)).toEqual([]);
    await page.close();
  });

  test('a forged highlight over page text the extension did not match shows no card', async () => {
    const { page } = await openAnnotated();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'fake';
      p.textContent = 'Tri Dao told us FORGED things about FlashAttention-like hardware.';
      document.body.prepend(p);
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      // Same names the extension uses: the page paints its own "concept".
      for (const name of ['tdl-hardware', 'tdl-techniques']) CSS.highlights.set(name, new Highlight(range));
    });
    await page.waitForTimeout(600); // let the extension's mutation rescan run
    const point = await pointOfWordClean(page, 'FORGED');
    const card = await hoverAndReadCard(page, point!, 2000);
    expect(card.text).not.toContain('FORGED');
    if (card.visible) for (const q of card.quotes) expect(isVerbatimFromInterview(q)).toBe(true);
    await page.close();
  });
});
