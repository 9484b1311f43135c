/**
 * Card data, asked of the background on the first hover of each concept and
 * then kept for the page's life. Quotes and glosses are not bundled into the
 * content script: that keeps it within its 35 KB gzipped budget
 * (data/build/content-size.ts).
 */
import type { BackgroundRequest, ConceptCard } from '@/lib/messages';

/** Sends one background request (browser.runtime.sendMessage in the extension). */
export type SendToBackground = (request: BackgroundRequest) => Promise<unknown>;

/** A quick shape check: an answer is input too, and a broken one must not break the page. */
function isConceptCard(value: unknown, conceptId: string): value is ConceptCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<ConceptCard>;
  return (
    card.id === conceptId &&
    typeof card.name === 'object' &&
    typeof card.gloss === 'object' &&
    Array.isArray(card.quotes) &&
    typeof card.sectionTitles === 'object' &&
    typeof card.source === 'object'
  );
}

/** Returns a loader that asks once per concept and remembers the answer (failed asks are retried next time). */
export function createCardLoader(send: SendToBackground): (conceptId: string) => Promise<ConceptCard | null> {
  const cache = new Map<string, Promise<ConceptCard | null>>();
  return (conceptId) => {
    let pending = cache.get(conceptId);
    if (!pending) {
      pending = send({ type: 'get-concept-card', conceptId }).then(
        (answer) => {
          if (isConceptCard(answer, conceptId)) return answer;
          // Not remembered: the background may simply not have been ready (service worker start-up).
          cache.delete(conceptId);
          return null;
        },
        (error: unknown) => {
          console.warn('[tri-dao-lens] card data unavailable', error);
          cache.delete(conceptId);
          return null;
        },
      );
      cache.set(conceptId, pending);
    }
    return pending;
  };
}
