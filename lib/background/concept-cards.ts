/**
 * Builds the ConceptCard the hover card and popup show, from the generated
 * data (`data/generated/concepts.json` + `interview.json`). The background
 * holds this; the content script asks for one card at a time, so no quotes
 * or glosses are bundled into it. DOM-free and browser-free (unit-tested in Node).
 */
import type { Concept, Interview } from '@/lib/data-types';
import type { ConceptCard } from '@/lib/messages';

/** The card shows at most this many quotes (the message contract says 1 to 4). */
export const MAX_CARD_QUOTES = 4;

/** Looks up cards by concept id; built once per background start. */
export interface ConceptCardStore {
  get(conceptId: string): ConceptCard | null;
  ids(): string[];
}

/** Indexes the generated data into ready-to-send cards (quotes ranked, section titles attached). */
export function createConceptCardStore(concepts: readonly Concept[], interview: Interview): ConceptCardStore {
  const sections = new Map(interview.sections.map((section) => [section.slug, section.title]));
  const { podcast, episodeTitle, episodeUrl, host } = interview.source;
  const cards = new Map<string, ConceptCard>();
  for (const concept of concepts) {
    const quotes = [...concept.quotes].sort((a, b) => a.rank - b.rank).slice(0, MAX_CARD_QUOTES);
    const sectionTitles: ConceptCard['sectionTitles'] = {};
    for (const quote of quotes) {
      const title = sections.get(quote.sectionSlug);
      // Spread, not picked: the team's English (`en`) travels with the scripts.
      if (title) sectionTitles[quote.sectionSlug] = { ...title };
    }
    cards.set(concept.id, {
      id: concept.id,
      kind: concept.kind,
      name: concept.name,
      gloss: concept.gloss,
      quotes,
      sectionTitles,
      source: { podcast, episodeTitle, episodeUrl, host },
    });
  }
  return {
    get: (conceptId) => cards.get(conceptId) ?? null,
    ids: () => [...cards.keys()],
  };
}
