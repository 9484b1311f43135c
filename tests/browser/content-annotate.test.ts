import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { artifactsDir, sendToContentScript, useExtensionBrowser } from './harness';
import { domBeforeAndNow, pageState, paintedRanges, snapshotAtDomContentLoaded, waitForScan } from './content-support';
import { highlightNames } from './probes';

/**
 * The content script on local fixture pages in real Chromium:
 * concepts painted through CSS.highlights (read from the page's main world),
 * none on a page of confusables, the DOM untouched, form fields never marked,
 * text added later and after history.pushState annotated, and off removes it all.
 */
const ext = useExtensionBrowser();

beforeAll(() => {
  mkdirSync(artifactsDir, { recursive: true });
});

async function open(name: string) {
  const page = await ext.browser.context.newPage();
  await page.addInitScript(snapshotAtDomContentLoaded);
  await page.goto(`${ext.server.origin}/pages/${name}`);
  const state = await waitForScan(ext.browser, page);
  return { page, state };
}

describe('highlights on article pages', () => {
  test('English: concepts painted, split and shadow-DOM terms included, hidden and form text excluded', async () => {
    const { page, state } = await open('en-ai-hardware.html');
    expect(state.status).toBe('done');
    expect(state.highlightsSupported).toBe(true);
    const ids = state.concepts.map((c) => c.conceptId);
    for (const id of [
      'flash-attention',
      'kv-cache',
      'mixture-of-experts',
      'nvidia',
      'vllm',
      'sglang',
      'deepseek',
      'amd',
      'tri-dao',
    ]) {
      expect(ids).toContain(id);
    }
    // Hidden ([hidden], display:none, visibility:hidden, aria-hidden, noscript) and form text never count.
    for (const id of [
      'inference-chips',
      'thunderkittens',
      'windsurf',
      'llm-kernel-generation',
      'gpt-oss',
      'mosaic-gpu',
      'mojo',
    ]) {
      expect(ids).not.toContain(id);
    }

    const painted = await paintedRanges(page);
    const texts = painted.map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining(['FlashAttention', 'KV cache', 'H100', 'Mixture of Experts', 'vLLM', 'Tri Dao']),
    );
    // "<b>Flash</b>Attention-3": one range across two text nodes.
    expect(texts).toContain('FlashAttention-3');
    // Text inside an open shadow root (declarative shadow DOM).
    expect(painted.filter((r) => r.inShadow).map((r) => r.text)).toEqual(expect.arrayContaining(['AMD', 'MI300X']));
    // Nothing inside form controls, the editor, or hidden elements.
    const forbidden = ['input', 'textarea', 'noscript'];
    expect(painted.filter((r) => r.path.some((tag) => forbidden.includes(tag)) || r.ids.includes('editor'))).toEqual(
      [],
    );
    // One colour family per kind: the hardware and techniques highlights are both in use.
    const kinds = new Set(painted.map((r) => r.highlight));
    expect(kinds).toEqual(new Set(['tdl-hardware', 'tdl-techniques', 'tdl-tools', 'tdl-people']));
    await page.screenshot({ path: path.join(artifactsDir, 'content-en-ai-hardware.png'), fullPage: true });
    await page.close();
  });

  test('Simplified Chinese: concepts painted', async () => {
    const { page, state } = await open('zh-hans-ai-hardware.html');
    const ids = state.concepts.map((c) => c.conceptId);
    expect(ids).toEqual(
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
    const texts = (await paintedRanges(page)).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['英伟达', '混合专家', '多头潜在注意力', '推理成本']));
    await page.screenshot({ path: path.join(artifactsDir, 'content-zh-hans-ai-hardware.png'), fullPage: true });
    await page.close();
  });

  test('Traditional Chinese (dark page): concepts painted', async () => {
    const { page, state } = await open('zh-hant-ai-hardware.html');
    const ids = state.concepts.map((c) => c.conceptId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'flash-attention',
        'nvidia',
        'mixture-of-experts',
        'multi-head-latent-attention',
        'kv-cache',
        'memory-bound-inference',
      ]),
    );
    const texts = (await paintedRanges(page)).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['輝達', '多頭潛在注意力', '鍵值快取', '記憶體頻寬']));
    await page.screenshot({ path: path.join(artifactsDir, 'content-zh-hant-ai-hardware.png'), fullPage: true });
    await page.close();
  });

  test('an AI page that means the other sense of a short form: the page decides, the neighbours tell', async () => {
    const { page, state } = await open('other-senses.html');
    const ids = state.concepts.map((c) => c.conceptId);
    // "wet AMD" and "AMD lesions" mean the eye disease on this page; the chip's own name still counts.
    // A definition spells out SSI as the US benefit; Sobel 算子 is an image operator, not a GPU kernel.
    // A kernel that crashes and restarts is the notebook's; a 客服機器人 (service bot) decides 機器人 on a page
    // that names no robot.
    expect(ids).toEqual(expect.arrayContaining(['amd', 'mixture-of-experts', 'vllm']));
    expect(ids).not.toContain('safe-superintelligence');
    expect(ids).not.toContain('gpu-kernels');
    expect(ids).not.toContain('robotics');
    const texts = (await paintedRanges(page)).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['MI300X', 'top 8 experts', 'mixture of experts', 'vLLM']));
    expect(texts).not.toContain('AMD');
    expect(texts).not.toContain('SSI');
    await page.close();
  });

  test('a page of confusables (MLA, MOE, 量化交易, a database cursor, Gemini the sign) gets nothing', async () => {
    const { page, state } = await open('confusables.html');
    expect(state.status).toBe('done');
    expect(state.concepts).toEqual([]);
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });
});

test('the DOM is the same before and after annotation (and a hover card), apart from the extension host', async () => {
  const { page } = await open('en-ai-hardware.html');
  // Rest the pointer on a term so the hover card's host is created too.
  const box = await page.evaluate(() => {
    const text = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes("Tri Dao's FlashAttention"));
    const node = [...(text?.childNodes ?? [])].find(
      (n) => n.nodeType === 3 && n.textContent?.includes('FlashAttention'),
    );
    if (!node) return null;
    const range = document.createRange();
    const start = node.textContent!.indexOf('FlashAttention');
    range.setStart(node, start + 2);
    range.setEnd(node, start + 3);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x, box!.y);
  await page.waitForTimeout(900);
  const { before, now, hosts } = await domBeforeAndNow(page);
  expect(before.length).toBeGreaterThan(1000);
  expect(now).toBe(before);
  console.log(
    `content DOM check: identical outerHTML (${before.length} chars), ${hosts} extension host element(s) left out`,
  );
  await page.close();
});

test('typing into an input, a textarea and a contenteditable works and is never marked', async () => {
  const { page } = await open('en-ai-hardware.html');
  await page.click('#name-input');
  await page.keyboard.press('End');
  await page.keyboard.type(' FlashAttention KV cache');
  await page.click('#comment-box');
  await page.keyboard.press('End');
  await page.keyboard.type(' FlashAttention on an H100');
  await page.click('#editor');
  await page.keyboard.press('End');
  await page.keyboard.type(' FlashAttention and the KV cache');
  // Past the mutation debounce.
  await page.waitForTimeout(1200);
  expect(await page.inputValue('#name-input')).toBe('gpt-oss fan FlashAttention KV cache');
  expect(await page.inputValue('#comment-box')).toBe('I tried SambaNova last week. FlashAttention on an H100');
  expect(await page.textContent('#editor')).toBe('Draft: Mosaic GPU notes FlashAttention and the KV cache');
  const painted = await paintedRanges(page);
  expect(
    painted.filter((r) => r.ids.includes('editor') || r.ids.includes('comment-form') || r.path.includes('textarea')),
  ).toEqual([]);
  await page.close();
});

test('text added after load is annotated; removed text is dropped', async () => {
  const { page } = await open('en-ai-hardware.html');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Update: ThunderKittens now has an AMD port called HipKittens.';
    document.getElementById('article')!.append(p);
  });
  await expect
    .poll(async () => (await paintedRanges(page)).filter((r) => r.ids.includes('late')).map((r) => r.text), {
      timeout: 5000,
    })
    .toEqual(expect.arrayContaining(['ThunderKittens', 'HipKittens']));
  expect((await pageState(ext.browser, page)).concepts.map((c) => c.conceptId)).toContain('thunderkittens');
  await page.evaluate(() => document.getElementById('late')!.remove());
  await expect
    .poll(async () => (await pageState(ext.browser, page)).concepts.map((c) => c.conceptId), { timeout: 5000 })
    .not.toContain('thunderkittens');
  expect((await paintedRanges(page)).filter((r) => r.text.includes('Kittens'))).toEqual([]);
  await page.close();
});

test('after a history.pushState navigation, the new view is annotated and the old one forgotten', async () => {
  const { page, state } = await open('spa.html');
  expect(state.concepts.map((c) => c.conceptId)).toContain('interconnect');
  await page.evaluate(() =>
    (window as unknown as { navigateTo(path: string, html: string): void }).navigateTo(
      '/pages/story-two',
      '<h1>Story two</h1><p>SGLang adds RadixAttention, and DeepSeek shows how sparse a model can be.</p>',
    ),
  );
  expect(page.url()).toMatch(/\/pages\/story-two$/);
  await expect
    .poll(async () => (await pageState(ext.browser, page)).concepts.map((c) => c.conceptId).sort(), { timeout: 5000 })
    .toEqual(['deepseek', 'sglang']);
  expect((await paintedRanges(page)).map((r) => r.text)).toEqual(
    expect.arrayContaining(['SGLang', 'RadixAttention', 'DeepSeek']),
  );

  // A navigation that changes nothing in the DOM still triggers a full rescan.
  const slicesBefore = (await pageState(ext.browser, page)).scanStats!.slices;
  await page.evaluate(() => history.pushState({}, '', '/pages/story-three'));
  await expect
    .poll(async () => (await pageState(ext.browser, page)).scanStats!.slices, { timeout: 5000 })
    .toBeGreaterThan(slicesBefore);

  // A #fragment change alone (a table-of-contents link) is not a new view: no rescan.
  await page.waitForTimeout(800);
  const settled = (await waitForScan(ext.browser, page)).scanStats!.slices;
  await page.evaluate(() => {
    location.hash = '#section-2';
  });
  await page.waitForTimeout(1000);
  expect((await pageState(ext.browser, page)).scanStats!.slices).toBe(settled);
  await page.close();
});

test('turning highlights off (toggle-page, as the keyboard command sends, or set-page-enabled) removes them all', async () => {
  const { page } = await open('en-ai-hardware.html');
  expect((await paintedRanges(page)).length).toBeGreaterThan(10);
  const off = await sendToContentScript<{ status: string }>(ext.browser, page, { type: 'toggle-page' });
  expect(off.status).toBe('off');
  expect(await paintedRanges(page)).toEqual([]);
  expect(await page.evaluate(highlightNames)).toEqual([]);
  expect((await pageState(ext.browser, page)).concepts).toEqual([]);
  // Text added while off is not annotated.
  await page.evaluate(() => document.getElementById('article')!.insertAdjacentHTML('beforeend', '<p>vLLM again</p>'));
  await page.waitForTimeout(600);
  expect(await paintedRanges(page)).toEqual([]);

  await sendToContentScript(ext.browser, page, { type: 'toggle-page' });
  const on = await waitForScan(ext.browser, page);
  expect(on.status).toBe('done');
  expect((await paintedRanges(page)).length).toBeGreaterThan(10);

  await sendToContentScript(ext.browser, page, { type: 'set-page-enabled', enabled: false });
  expect(await paintedRanges(page)).toEqual([]);
  expect((await pageState(ext.browser, page)).status).toBe('off');
  await page.close();
});

test('reveal-concept scrolls to the next occurrence, cycling, and flashes it', async () => {
  const { page } = await open('en-ai-hardware.html');
  await page.setViewportSize({ width: 800, height: 300 });
  const flashed = async () =>
    page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('tdl-flash');
      if (!h) return null;
      const [r] = [...h];
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), top: rect.top, bottom: rect.bottom, scrollY: window.scrollY };
    });
  expect(await sendToContentScript(ext.browser, page, { type: 'reveal-concept', conceptId: 'tri-dao' })).toBe(true);
  const first = await flashed();
  expect(first?.text).toBe('Tri Dao');
  expect(first!.top).toBeGreaterThanOrEqual(0);
  expect(first!.bottom).toBeLessThanOrEqual(300);
  expect(await sendToContentScript(ext.browser, page, { type: 'reveal-concept', conceptId: 'tri-dao' })).toBe(true);
  const second = await flashed();
  expect(second?.text).toBe('Tri Dao');
  expect(second!.scrollY).toBeGreaterThan(first!.scrollY); // the second occurrence is further down
  expect(second!.bottom).toBeLessThanOrEqual(300);
  await sendToContentScript(ext.browser, page, { type: 'reveal-concept', conceptId: 'tri-dao' });
  expect((await flashed())?.scrollY).toBe(first!.scrollY); // cycled back to the first
  expect(await sendToContentScript(ext.browser, page, { type: 'reveal-concept', conceptId: 'gluon' })).toBe(false);
  await page.close();
});

test('settings apply live: shown kinds, underline style, the per-site switch and the global switch', async () => {
  const { page } = await open('en-ai-hardware.html');
  const setStorage = (values: Record<string, unknown>) =>
    ext.browser.worker.evaluate((v) => (globalThis as any).chrome.storage.local.set(v), values);
  const registered = () => page.evaluate(highlightNames);
  try {
    await setStorage({ shownKinds: ['hardware', 'people'] });
    await expect.poll(registered, { timeout: 5000 }).toEqual(['tdl-hardware', 'tdl-people']);
    // How a highlight name is painted, as the browser computes it (the manifest's highlights.css styles the page).
    const looks = (name: string) =>
      page.evaluate((n) => {
        const style = getComputedStyle(document.body, `::highlight(${n})`);
        return { background: style.backgroundColor, line: style.textDecorationLine };
      }, name);
    expect((await looks('tdl-hardware')).background).not.toBe('rgba(0, 0, 0, 0)');
    expect((await looks('tdl-hardware')).line).toBe('underline');
    // The document adopts no sheet of ours: no restyling of the whole page at run time.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await setStorage({ highlightStyle: 'underline' });
    await expect.poll(registered, { timeout: 5000 }).toEqual(['tdl-hardware-underline', 'tdl-people-underline']);
    expect(await looks('tdl-hardware-underline')).toEqual({ background: 'rgba(0, 0, 0, 0)', line: 'underline' });

    await setStorage({ disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => (await pageState(ext.browser, page)).status, { timeout: 5000 }).toBe('disabled-site');
    expect(await registered()).toEqual([]);
    await setStorage({ disabledSites: [] });
    await expect.poll(async () => (await pageState(ext.browser, page)).status, { timeout: 5000 }).toBe('done');

    await setStorage({ enabled: false });
    await expect.poll(async () => (await pageState(ext.browser, page)).status, { timeout: 5000 }).toBe('off');
    expect(await paintedRanges(page)).toEqual([]);
  } finally {
    await ext.browser.worker.evaluate(() => (globalThis as any).chrome.storage.local.clear());
  }
  await page.close();
});
