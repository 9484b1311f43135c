/**
 * The background: holds the interview data so the content script stays small,
 * answers card requests, opens the transcript page, keeps the per-tab badge
 * and forwards the keyboard command. The logic is in lib/background/router.ts
 * (unit-tested); this file only wires it to the browser.
 */
import { browser } from 'wxt/browser';
import type { Concept, Interview } from '@/lib/data-types';
import { createConceptCardStore, type ConceptCardStore } from '@/lib/background/concept-cards';
import { createBackgroundRouter, type BackgroundApi } from '@/lib/background/router';

// Eager glob rather than static imports: the build still works while the generator's output is absent.
const generated = import.meta.glob<{ default: unknown }>('../data/generated/{concepts,interview}.json', { eager: true });

let store: ConceptCardStore | null | undefined;

/** Built on first use, so a service-worker wake for a badge update doesn't index 48 concepts. */
function loadStore(): ConceptCardStore | null {
  if (store !== undefined) return store;
  const concepts = generated['../data/generated/concepts.json']?.default as Concept[] | undefined;
  const interview = generated['../data/generated/interview.json']?.default as Interview | undefined;
  if (!concepts || !interview) console.warn('[tri-dao-lens] generated data missing: run `npm run data`');
  store = concepts && interview ? createConceptCardStore(concepts, interview) : null;
  return store;
}

export default defineBackground(() => {
  const router = createBackgroundRouter(browser as unknown as BackgroundApi, loadStore);
  browser.runtime.onMessage.addListener((message, sender) => router.onMessage(message, sender));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => router.onTabUpdated(tabId, changeInfo));
  browser.commands.onCommand.addListener((command, tab) => void router.onCommand(command, tab));
  void browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' });
});
