import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '@/lib/messages';
import { chineseScriptItem, disabledSitesItem, quoteLanguageItem } from '@/lib/settings';
import { stubConcepts, stubInterview } from '@/tests/support/search-fixtures';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';
import { Popup } from './Popup';

const sectionTitles = Object.fromEntries(stubInterview.sections.map((s) => [s.slug, s.title]));
const TAB = 7;

function answerWith(...states: (PageState | Error)[]) {
  const send = vi.fn(async (_tabId: number, message: { type: string }) => {
    if (message.type !== 'get-page-state') return undefined;
    const next = states.length > 1 ? states.shift()! : states[0];
    if (next instanceof Error) throw next;
    return next;
  });
  (fakeBrowser.tabs as any).sendMessage = send;
  return send;
}

function renderPopup() {
  const onReady = vi.fn();
  render(<Popup concepts={stubConcepts} sectionTitles={sectionTitles} search={`?tabId=${TAB}`} onReady={onReady} />);
  return { onReady };
}

const done = (concepts: PageState['concepts'], extra: Partial<PageState> = {}): PageState => ({
  status: 'done',
  concepts,
  highlightsSupported: true,
  hostname: 'news.example.com',
  ...extra,
});

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.tabs as any).create = vi.fn(async () => ({ id: 99 }));
});
afterEach(() => cleanup());

describe('popup: what this page discusses', () => {
  it('lists the concepts found, most occurrences first, and opens one to its quotes', async () => {
    const send = answerWith(
      done([
        { conceptId: 'kv-cache', count: 3 },
        { conceptId: 'nvidia', count: 1 },
      ]),
    );
    const { onReady } = renderPopup();
    const list = await screen.findByRole('list', { name: 'On this page' });
    const toggles = within(list).getAllByRole('button', { expanded: false });
    expect(toggles.map((b) => b.textContent)).toEqual([
      expect.stringContaining('KV cache'),
      expect.stringContaining('NVIDIA'),
    ]);
    expect(within(list).getByLabelText('3 times on this page')).toBeTruthy();
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));

    fireEvent.click(toggles[0]);
    expect(toggles[0].getAttribute('aria-expanded')).toBe('true');
    // An English interface: the team's English rendering first, labelled, not in quotation style.
    const english = screen.getByText(
      'The KV cache is the part of the attention mechanism that stores the history so the next prediction can be generated.',
    );
    expect(english.localName).toBe('p');
    expect(english.getAttribute('lang')).toBe('en');
    expect(screen.getByText(/English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up/)).toBeTruthy();
    expect(screen.getByText('Inference optimization techniques')).toBeTruthy(); // the quote's section, in English
    const link = screen.getByRole('link', { name: 'Read in context' });
    expect(link.getAttribute('href')).toBe(
      'chrome-extension://test-extension-id/transcript.html?lang=en&script=hans#q-kv-cache-1',
    );
    // Choosing the concept asks the page to scroll to it.
    expect(send).toHaveBeenCalledWith(TAB, { type: 'reveal-concept', conceptId: 'kv-cache' });

    // One click shows the Chinese original (Simplified: the page and the browser say nothing else).
    fireEvent.click(screen.getByRole('button', { name: 'Chinese original' }));
    expect(screen.getByText('KV缓存是注意力机制中用于存储历史的部分,以便生成下一个预测。').localName).toBe(
      'blockquote',
    );
    expect(screen.getByText('推理优化技术')).toBeTruthy();
    expect(screen.queryByText(/English rendering by the Tri Dao Lens team/)).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Read in context' }));
    await waitFor(() =>
      expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({
        url: 'chrome-extension://test-extension-id/transcript.html?lang=zh&script=hans#q-kv-cache-1',
      }),
    );
  });

  it('follows the page it is opened on: a Traditional page gets Traditional quotes under Auto', async () => {
    await quoteLanguageItem.setValue('zh');
    answerWith(done([{ conceptId: 'memory-bound-inference', count: 1 }], { textScript: 'hant' }));
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: /Memory-bound inference/, expanded: false }));
    expect(screen.getByText(/比如權重在內存之間的搬移/)).toBeTruthy();
    const auto = screen.getByRole('radio', { name: /^Automatic/ }) as HTMLInputElement;
    expect(auto.checked).toBe(true);
    expect(auto.closest('label')!.textContent).toBe('Auto 繁');
    // A choice overrides the page; Auto goes back to following it.
    fireEvent.click(screen.getByRole('radio', { name: /简 — Simplified Chinese$/ }));
    await waitFor(() => expect(screen.getByText(/比如权重在内存之间的搬移/)).toBeTruthy());
    expect(auto.checked).toBe(false);
    expect(await chineseScriptItem.getValue()).toBe('hans');
    fireEvent.click(auto);
    await waitFor(() => expect(screen.getByText(/比如權重在內存之間的搬移/)).toBeTruthy());
    expect(await chineseScriptItem.getValue()).toBe('auto');
  });

  it('the quote-language setting: both shows the Chinese and the English, one above the other', async () => {
    await quoteLanguageItem.setValue('both');
    answerWith(done([{ conceptId: 'kv-cache', count: 1 }]));
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: /KV cache/, expanded: false }));
    const item = screen.getByText(/^KV缓存是注意力机制/).closest('li')!;
    expect([...item.querySelectorAll('blockquote, .quote-en')].map((e) => e.getAttribute('lang'))).toEqual([
      'en',
      'zh-Hans',
    ]);
    await quoteLanguageItem.setValue('zh');
    await waitFor(() => expect(item.querySelector('.quote-en')).toBeNull());
  });

  it('"Show on the page" closes the popup in Firefox for Android, where it covers the page', async () => {
    const send = answerWith(done([{ conceptId: 'kv-cache', count: 3 }]));
    (fakeBrowser.runtime as any).getPlatformInfo = vi.fn(async () => ({ os: 'android', arch: 'arm64' }));
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Show the next “KV cache” on the page' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith(TAB, { type: 'reveal-concept', conceptId: 'kv-cache' });

    // On a desktop the popup stays beside the page.
    (fakeBrowser.runtime as any).getPlatformInfo = vi.fn(async () => ({ os: 'linux', arch: 'x86-64' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the next “KV cache” on the page' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
  });

  it("shows the team note on a quote with a transcription slip, as the team's", async () => {
    answerWith(done([{ conceptId: 'mixture-of-experts', count: 2 }]));
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: /Mixture of Experts/, expanded: false }));
    expect(screen.getByText(/Note from the Tri Dao Lens team/)).toBeTruthy();
    expect(screen.getByText(/without spaces/)).toBeTruthy();
  });

  it('says so when nothing from the interview is on the page, and search still works', async () => {
    answerWith(done([]));
    renderPopup();
    expect(await screen.findByText('Nothing from the interview on this page.')).toBeTruthy();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'KV cache' } });
    expect((await screen.findAllByRole('option')).length).toBeGreaterThan(0);
  });

  it('explains kindly when the page cannot be read (no content script answers)', async () => {
    answerWith(new Error('Could not establish connection. Receiving end does not exist.'));
    const { onReady } = renderPopup();
    expect(await screen.findByText("Tri Dao Lens can't read this page.")).toBeTruthy();
    expect(screen.getByText(/Browsers keep their own pages/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Off on this site/ })).toBeNull();
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
  });

  it('shows that the scan is running, then the concepts when it is done', async () => {
    answerWith(
      { status: 'scanning', concepts: [], highlightsSupported: true, progress: 0.4 },
      done([{ conceptId: 'nvidia', count: 2 }]),
    );
    renderPopup();
    expect(await screen.findByText('Reading this page…')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /NVIDIA/, expanded: false }, { timeout: 2000 })).toBeTruthy();
    expect(screen.queryByText('Reading this page…')).toBeNull();
  });

  it('turns the extension off on this site in one click, and back on', async () => {
    answerWith(done([{ conceptId: 'nvidia', count: 2 }]));
    renderPopup();
    const toggle = await screen.findByRole('button', { name: 'Off on this site' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    expect(await disabledSitesItem.getValue()).toEqual(['news.example.com']);
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it('reflects a site the user turned off, with a way back', async () => {
    await disabledSitesItem.setValue(['example.com']);
    answerWith({ status: 'disabled-site', concepts: [], highlightsSupported: true, hostname: 'news.example.com' });
    renderPopup();
    expect(await screen.findByText('Tri Dao Lens is off on news.example.com.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    await waitFor(async () => expect(await disabledSitesItem.getValue()).toEqual([]));
  });
});

describe('popup: search', () => {
  it('finds Traditional text from a Simplified query, and moves through results with the keyboard', async () => {
    answerWith(done([]));
    renderPopup();
    const box = await screen.findByRole('combobox', { name: 'Search the interview' });
    fireEvent.input(box, { target: { value: '缓存是注意力' } });
    const options = await screen.findAllByRole('option'); // the index loads at the first keystroke
    expect(options[0].dataset.anchor).toBe('q-kv-cache-1');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');

    fireEvent.input(box, { target: { value: '記憶體' } }); // Taiwan phrasing for 内存
    const twp = screen.getAllByRole('option');
    expect(twp.map((o) => o.dataset.anchor)).toContain('q-memory-bound-inference-1');

    fireEvent.input(box, { target: { value: 'KV cache' } }); // English term, Chinese quotes
    const en = screen.getAllByRole('option');
    expect(en.map((o) => o.dataset.anchor)).toContain('q-kv-cache-1');
    expect(en.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(en[1].id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(en.at(-1)!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({
        // An English query: the transcript opens in English.
        url: `chrome-extension://test-extension-id/transcript.html?lang=en#${en.at(-1)!.dataset.anchor}`,
      }),
    );
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('shows an English query’s quote hits in the English rendering, labelled as the team’s', async () => {
    answerWith(done([]));
    renderPopup();
    const box = await screen.findByRole('combobox');
    fireEvent.input(box, { target: { value: 'experts per token' } });
    const option = (await screen.findAllByRole('option')).find((o) => o.dataset.anchor === 'q-mixture-of-experts-1')!;
    const snippet = option.querySelector('.snippet-en')!;
    expect(snippet.getAttribute('lang')).toBe('en');
    expect(snippet.textContent).toMatch(/^EN · team's rendering .*each token/);
    expect(snippet.querySelector('.rendering-tag')!.getAttribute('title')).toMatch(/his exact words may differ/);
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())).toEqual(
      expect.arrayContaining(['token', 'experts']),
    );
  });

  it('finds Simplified-stored concept names from a Traditional query', async () => {
    answerWith(done([]));
    renderPopup();
    const box = await screen.findByRole('combobox');
    fireEvent.input(box, { target: { value: '英偉達' } });
    expect((await screen.findAllByRole('option'))[0].textContent).toContain('NVIDIA');
  });
});

describe('popup: 简/繁 switch', () => {
  // These read the Chinese quotes: the interface is English, so ask for Chinese first.
  beforeEach(() => quoteLanguageItem.setValue('zh'));

  it('changes the displayed text at once and stores the choice', async () => {
    answerWith(done([{ conceptId: 'memory-bound-inference', count: 1 }]));
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: /Memory-bound inference/, expanded: false }));
    expect(screen.getByText(/比如权重在内存之间的搬移/)).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /繁 — Traditional Chinese$/ }));
    await waitFor(() => expect(screen.getByText(/比如權重在內存之間的搬移/)).toBeTruthy());
    expect(await chineseScriptItem.getValue()).toBe('hant');

    fireEvent.click(screen.getByRole('radio', { name: /Taiwan phrasing/ }));
    await waitFor(() => expect(screen.getByText(/比如權重在記憶體之間的搬移/)).toBeTruthy());
    expect(await chineseScriptItem.getValue()).toBe('twp');
  });

  it('follows a change made elsewhere (the transcript page, the options page)', async () => {
    answerWith(done([{ conceptId: 'nvidia', count: 1 }]));
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: /NVIDIA/, expanded: false }));
    expect(screen.getByText(/英伟达之所以占据主导/)).toBeTruthy();
    await chineseScriptItem.setValue('twp');
    await waitFor(() => expect(screen.getByText(/輝達之所以佔據主導/)).toBeTruthy());
    expect((screen.getByRole('radio', { name: /Taiwan phrasing/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('popup: a Chinese browser', () => {
  const original = fakeBrowser.i18n.getUILanguage;
  afterEach(() => {
    (fakeBrowser.i18n as any).getUILanguage = original;
  });
  it('follows the browser language when the setting is auto (zh-TW: Taiwan phrasing) and names concepts in Chinese first', async () => {
    (fakeBrowser.i18n as any).getUILanguage = () => 'zh-TW';
    answerWith(done([{ conceptId: 'memory-bound-inference', count: 1 }]));
    renderPopup();
    const toggle = await screen.findByRole('button', { name: /推理的訪存瓶頸/, expanded: false });
    expect(toggle.querySelector('.primary')!.textContent).toBe('推理的訪存瓶頸');
    fireEvent.click(toggle);
    // A Chinese interface shows the Chinese first.
    expect(screen.getByText(/比如權重在記憶體之間的搬移/)).toBeTruthy();
    const auto = screen.getByRole('radio', { name: /^Automatic/ }) as HTMLInputElement;
    expect(auto.checked).toBe(true);
    expect(auto.closest('label')!.textContent).toBe('Auto 繁(台灣用語)');
    expect(await chineseScriptItem.getValue()).toBe('auto');
  });
});

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n answering from one locale's messages, as the browser would with that interface language. */
function speak(table: unknown, language: string) {
  (fakeBrowser.i18n as any).getUILanguage = () => language;
  (fakeBrowser.i18n as any).getMessage = (key: string, subs: string[] = []) => {
    const entry = (table as Messages)[key];
    return entry
      ? entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) =>
          (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
            /\$(\d)/g,
            (__, i) => subs[Number(i) - 1] ?? '',
          ),
        )
      : '';
  };
}

describe('popup: counts read right for 1 and for many', () => {
  it.each([
    [
      'en-US',
      en,
      '1 concept from the interview',
      '1 time on this page',
      '2 concepts from the interview',
      '4 times on this page',
    ],
    ['zh-CN', zhCN, '访谈中的 1 个概念', '在本页出现 1 次', '访谈中的 2 个概念', '在本页出现 4 次'],
    ['zh-TW', zhTW, '訪談中的 1 個概念', '在本頁出現 1 次', '訪談中的 2 個概念', '在本頁出現 4 次'],
  ])('%s', async (language, table, oneConcept, oneTime, twoConcepts, fourTimes) => {
    speak(table, language as string);
    answerWith(done([{ conceptId: 'kv-cache', count: 1 }]));
    renderPopup();
    expect(await screen.findByText(oneConcept as string)).toBeTruthy();
    expect(screen.getByLabelText(oneTime as string)).toBeTruthy();
    cleanup();

    answerWith(
      done([
        { conceptId: 'kv-cache', count: 4 },
        { conceptId: 'nvidia', count: 1 },
      ]),
    );
    renderPopup();
    expect(await screen.findByText(twoConcepts as string)).toBeTruthy();
    expect(screen.getByLabelText(fourTimes as string)).toBeTruthy();
    expect(screen.getByLabelText(oneTime as string)).toBeTruthy();
  });
});
