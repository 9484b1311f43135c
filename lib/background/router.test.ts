import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Concept, Interview } from '@/lib/data-types';
import { createConceptCardStore } from './concept-cards';
import { tCount } from '@/lib/i18n';
import { badgeText, createBackgroundRouter, type BackgroundApi } from './router';

const scripts = (s: string) => ({ orig: s, hans: s, hant: s, twp: s });
const localized = (s: string) => ({ en: s, ...scripts(s) });
/** A write-up string with its English rendering. */
const bilingual = (s: string) => ({ ...scripts(s), en: s });

const interview = {
  source: {
    podcast: 'Unsupervised Learning',
    publisherOfPodcast: 'Redpoint Ventures',
    episodeTitle: 'Ep 74',
    host: 'Jacob Effron',
    guest: 'Tri Dao',
    releaseDate: '2025-09-10',
    episodeUrl: 'https://unsupervised-learning.simplecast.com/episodes/ep-74',
    writeUp: {} as Interview['source']['writeUp'],
  },
  title: bilingual('title'),
  lead: [],
  sections: [{ slug: 'costs', title: { ...scripts('成本'), en: 'Costs' }, turnIds: ['t1'] }],
  turns: [],
} satisfies Interview;

const quote = (rank: number) => ({
  id: `kv-cache-${rank}`,
  conceptId: 'kv-cache',
  rank,
  turnId: 't1',
  sectionSlug: 'costs',
  speaker: 'Tri Dao' as const,
  start: 0,
  end: 3,
  text: bilingual(`quote ${rank}`),
  enStart: 0,
  enEnd: 7,
});

const concepts: Concept[] = [
  {
    id: 'kv-cache',
    kind: 'techniques',
    name: localized('KV cache'),
    gloss: localized('the attention history'),
    aliases: [{ text: 'KV cache' }],
    // Out of order, and more than a card shows.
    quotes: [quote(3), quote(1), quote(5), quote(2), quote(4)],
  },
];

const OWN = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 2 }, frameId: 0, url: 'https://example.com/' };

function setup() {
  // tabs.sendMessage is not implemented by the fake browser.
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => undefined);
  const api = fakeBrowser as unknown as BackgroundApi;
  const store = createConceptCardStore(concepts, interview);
  return { router: createBackgroundRouter(api, () => store), sendMessage };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('background: concept cards', () => {
  it('answers get-concept-card with ranked quotes (at most 4), section titles and the episode', async () => {
    const { router } = setup();
    const card = (await router.onMessage({ type: 'get-concept-card', conceptId: 'kv-cache' }, OWN)) as any;
    expect(card.name.en).toBe('KV cache');
    expect(card.quotes.map((q: { id: string }) => q.id)).toEqual([
      'kv-cache-1',
      'kv-cache-2',
      'kv-cache-3',
      'kv-cache-4',
    ]);
    expect(card.sectionTitles).toEqual({
      costs: { orig: '成本', hans: '成本', hant: '成本', twp: '成本', en: 'Costs' },
    });
    expect(card.source).toEqual({
      podcast: 'Unsupervised Learning',
      episodeTitle: 'Ep 74',
      episodeUrl: interview.source.episodeUrl,
      host: 'Jacob Effron',
    });
  });

  it('answers null for an unknown concept, and nothing at all for other senders or shapes', async () => {
    const { router } = setup();
    expect(await router.onMessage({ type: 'get-concept-card', conceptId: 'nope' }, OWN)).toBeNull();
    expect(
      router.onMessage({ type: 'get-concept-card', conceptId: 'kv-cache' }, { ...OWN, id: 'other-extension' }),
    ).toBeUndefined();
    expect(router.onMessage({ type: 'get-concept-card', conceptId: 'kv-cache' }, undefined)).toBeUndefined();
    expect(router.onMessage({ type: 'get-concept-card', conceptId: 'kv-cache', extra: 1 }, OWN)).toBeUndefined();
    expect(router.onMessage({ type: 'get-concept-card' }, OWN)).toBeUndefined();
    expect(router.onMessage('get-concept-card', OWN)).toBeUndefined();
    expect(console.warn).toHaveBeenCalled();
  });
});

describe('background: open-transcript', () => {
  it('opens the transcript page at the anchor, next to the page that asked', async () => {
    const { router } = setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await router.onMessage({ type: 'open-transcript', anchor: 'q-kv-cache-1' }, OWN);
    expect(create).toHaveBeenCalledWith({
      url: `chrome-extension://${fakeBrowser.runtime.id}/transcript.html#q-kv-cache-1`,
      active: true,
      openerTabId: 7,
      index: 3,
    });
    const [tab] = await fakeBrowser.tabs.query({
      url: `chrome-extension://${fakeBrowser.runtime.id}/transcript.html#q-kv-cache-1`,
    });
    expect(tab).toBeDefined();
  });

  it('opens it in the language and script the card was showing', async () => {
    const { router } = setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await router.onMessage({ type: 'open-transcript', anchor: 'q-kv-cache-1', lang: 'en', script: 'hant' }, OWN);
    await router.onMessage({ type: 'open-transcript', anchor: 't-3', script: 'twp' }, OWN);
    const base = `chrome-extension://${fakeBrowser.runtime.id}/transcript.html`;
    expect(create.mock.calls.map(([props]) => props.url)).toEqual([
      `${base}?lang=en&script=hant#q-kv-cache-1`,
      `${base}?script=twp#t-3`,
    ]);
  });

  it('refuses anchors that could become another URL or a script', async () => {
    const { router } = setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    for (const anchor of [
      'javascript:alert(1)',
      'q-x#y',
      '../popup.html',
      'q-',
      'x-kv-cache-1',
      'q-a b',
      `q-${'a'.repeat(200)}`,
    ]) {
      expect(router.onMessage({ type: 'open-transcript', anchor }, OWN)).toBeUndefined();
    }
    expect(create).not.toHaveBeenCalled();
  });
});

describe('background: badge', () => {
  it('counts distinct concepts per tab and clears when the tab loads a new page', async () => {
    const { router } = setup();
    await router.onMessage({ type: 'page-concepts', counts: { 'kv-cache': 3, nvidia: 1, amd: 0 } }, OWN);
    await router.onMessage({ type: 'page-concepts', counts: { nvidia: 2 } }, { ...OWN, tab: { id: 8, index: 0 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('1');
    router.onTabUpdated(7, { status: 'complete' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    router.onTabUpdated(7, { status: 'loading' });
    await Promise.resolve();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('1');
  });

  it('titles the toolbar button with the counted concepts, singular for one, and resets it on a new page', async () => {
    const api = fakeBrowser as unknown as BackgroundApi;
    const title = (n: number) => (n === 0 ? 'Tri Dao Lens' : tCount('countBadgeTitle', n));
    const router = createBackgroundRouter(api, () => null, title);
    await router.onMessage({ type: 'page-concepts', counts: { nvidia: 2 } }, OWN);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      'Tri Dao Lens: 1 concept from the interview on this page',
    );
    await router.onMessage({ type: 'page-concepts', counts: { nvidia: 2, amd: 1, 'kv-cache': 4 } }, OWN);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      'Tri Dao Lens: 3 concepts from the interview on this page',
    );
    router.onTabUpdated(7, { status: 'loading' });
    await Promise.resolve();
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Tri Dao Lens');
  });

  it('ignores reports from frames other than the top one and from outside a tab', async () => {
    const { router } = setup();
    await router.onMessage({ type: 'page-concepts', counts: { nvidia: 2 } }, { ...OWN, frameId: 3 });
    expect(router.onMessage({ type: 'page-concepts', counts: { nvidia: 2 } }, { id: OWN.id })).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('shows an empty badge for a page with no concepts', () => {
    expect(badgeText({})).toBe('');
    expect(badgeText({ a: 0 })).toBe('');
    expect(badgeText({ a: 1, b: 4 })).toBe('2');
  });
});

describe('background: keyboard command', () => {
  it('sends toggle-page to the tab the command came from, else the active tab', async () => {
    const { router, sendMessage } = setup();
    await fakeBrowser.windows.create({ focused: true });
    await router.onCommand('toggle-highlights', { id: 11 });
    expect(sendMessage).toHaveBeenLastCalledWith(11, { type: 'toggle-page' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    await router.onCommand('toggle-highlights');
    expect(sendMessage).toHaveBeenLastCalledWith(tab.id, { type: 'toggle-page' });
    await router.onCommand('something-else', { id: 11 });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('sends the next and previous concept steps to the tab', async () => {
    const { router, sendMessage } = setup();
    await router.onCommand('next-concept', { id: 11 });
    expect(sendMessage).toHaveBeenLastCalledWith(11, { type: 'step-concept', direction: 'next' });
    await router.onCommand('previous-concept', { id: 11 });
    expect(sendMessage).toHaveBeenLastCalledWith(11, { type: 'step-concept', direction: 'previous' });
    await router.onCommand('toString', { id: 11 });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('does not throw on a tab without the content script', async () => {
    const { router, sendMessage } = setup();
    sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    await expect(router.onCommand('toggle-highlights', { id: 11 })).resolves.toBeUndefined();
  });
});
