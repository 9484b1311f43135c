import { describe, expect, it } from 'vitest';
import concepts from '@/data/generated/concepts.json';
import interview from '@/data/generated/interview.json';
import type { Concept, Interview } from '@/lib/data-types';
import { createConceptCardStore, MAX_CARD_QUOTES } from './concept-cards';

const store = createConceptCardStore(concepts as Concept[], interview as Interview);
const turns = new Map((interview as Interview).turns.map((turn) => [turn.id, turn]));

describe('concept cards from the generated data', () => {
  it('has a card for each of the 48 concepts, with 1 to 4 ranked quotes and their section titles', () => {
    expect(store.ids()).toHaveLength(48);
    for (const id of store.ids()) {
      const card = store.get(id)!;
      expect(card.quotes.length, id).toBeGreaterThanOrEqual(1);
      expect(card.quotes.length, id).toBeLessThanOrEqual(MAX_CARD_QUOTES);
      expect(
        card.quotes.map((q) => q.rank),
        id,
      ).toEqual([...card.quotes.map((q) => q.rank)].sort((a, b) => a - b));
      for (const quote of card.quotes) {
        expect(card.sectionTitles[quote.sectionSlug]?.hans, quote.id).toBeTruthy();
      }
    }
  });

  it("sends quotes verbatim: each one's original text is its span of the turn", () => {
    for (const id of store.ids()) {
      for (const quote of store.get(id)!.quotes) {
        expect(turns.get(quote.turnId)!.text.orig.slice(quote.start, quote.end), quote.id).toBe(quote.text.orig);
      }
    }
  });

  it("carries the team's English rendering in the payload: quotes' text.en and section titles' en", () => {
    // A copy of the data with English added to one concept, as the generator writes it (text: {orig, hans, hant, twp, en}).
    const kv = structuredClone((concepts as Concept[]).find((c) => c.id === 'kv-cache')!);
    const withEn = structuredClone(interview as Interview);
    kv.quotes = kv.quotes.map((q) => ({ ...q, text: { ...q.text, en: `English of ${q.id}` } }));
    for (const section of withEn.sections) Object.assign(section.title, { en: `Section ${section.slug}` });
    const card = createConceptCardStore([kv], withEn).get('kv-cache')!;
    for (const quote of card.quotes) {
      expect((quote.text as { en?: string }).en).toBe(`English of ${quote.id}`);
      expect(card.sectionTitles[quote.sectionSlug].en).toBe(`Section ${quote.sectionSlug}`);
    }
  });

  it('links the episode over https', () => {
    expect(store.get('kv-cache')!.source.episodeUrl).toMatch(/^https:\/\/unsupervised-learning\.simplecast\.com\//);
  });
});
