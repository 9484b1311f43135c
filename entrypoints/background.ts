/**
 * The background: holds the interview data so the content script stays small,
 * answers card requests, hands the content script the matcher's input
 * (data/generated/content-matcher.json), opens the transcript page, keeps the per-tab badge
 * and forwards the keyboard command. The logic is in lib/background/router.ts
 * (unit-tested); this file only wires it to the browser.
 */
import { browser } from 'wxt/browser';
import type { Concept, Interview } from '@/lib/data-types';
import { createConceptCardStore, type ConceptCardStore } from '@/lib/background/concept-cards';
import { createBackgroundRouter, type BackgroundApi } from '@/lib/background/router';
import type { PackedMatcherInput } from '@/lib/matcher/packed';
import { t, tCount } from '@/lib/i18n';
import concepts from '@/data/generated/concepts.json';
import contentMatcher from '@/data/generated/content-matcher.json';
import interview from '@/data/generated/interview.json';

let store: ConceptCardStore | undefined;

/** Built on first use, so a service-worker wake for a badge update doesn't index 48 concepts. */
function loadStore(): ConceptCardStore {
  store ??= createConceptCardStore(concepts as Concept[], interview as Interview);
  return store;
}

/**
 * WXT's entry: registers every listener synchronously, as MV3 service workers
 * require to be woken by events. They last as long as the worker, so none is removed.
 */
export default defineBackground(() => {
  const router = createBackgroundRouter(
    browser as unknown as BackgroundApi,
    loadStore,
    (distinct) => (distinct > 0 ? tCount('countBadgeTitle', distinct) : t('extName')),
    () => contentMatcher as PackedMatcherInput,
  );
  browser.runtime.onMessage.addListener((message, sender) => router.onMessage(message, sender));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => router.onTabUpdated(tabId, changeInfo));
  // Firefox for Android has no commands API (no shortcuts there): nothing else depends on it.
  browser.commands?.onCommand.addListener((command, tab) => void router.onCommand(command, tab));
  void browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' });
});
