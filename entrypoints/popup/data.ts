/**
 * What the popup reads from the generated data, as props rather than module
 * imports, so component tests can pass a small stub and the real entry point
 * passes the committed JSON.
 */
import type { Bilingual, Concept } from '@/lib/data-types';

/** The concepts and the section titles (by slug) the popup shows. */
export interface PopupData {
  concepts: Concept[];
  sectionTitles: Record<string, Bilingual>;
}

/** Concepts by id, built once per data set. */
export function indexConcepts(concepts: readonly Concept[]): Map<string, Concept> {
  return new Map(concepts.map((c) => [c.id, c]));
}
