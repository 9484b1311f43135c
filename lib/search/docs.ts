/**
 * What the search works on and answers with, shared by the index (index.ts,
 * which loads fuse.js) and the result display (snippet.ts, which must not).
 */
import type { FuseResultMatch } from 'fuse.js';
import type { ScriptVariant } from '@/lib/data-types';

/** The scripts stored for every quote, in the order of `SearchDoc.text`. */
export const QUOTE_SCRIPTS: ScriptVariant[] = ['hans', 'hant', 'twp', 'orig'];

/** One searchable thing: a concept card or one quote of a concept. */
export interface SearchDoc {
  kind: 'concept' | 'quote';
  conceptId: string;
  /** Set for quotes: the transcript anchor is `#q-<quoteId>`. */
  quoteId?: string;
  /** Concept names in en, hans, hant, twp (concept documents only). */
  name: string[];
  /** Alias surface forms (concept documents only). */
  alias: string[];
  /** Glosses in en, hans, hant, twp (concept documents only). */
  gloss: string[];
  /** Quote text in QUOTE_SCRIPTS order (quote documents only). */
  text: string[];
  /** The quote's English rendering (quote documents only; one string, or none). */
  en: string[];
  /** Editorial note in en, hans, hant, twp (quote documents only). */
  note: string[];
}

/** One result, best first. `matches` tell which field and which part of it matched. */
export interface SearchHit {
  doc: SearchDoc;
  /** 0 is a perfect match, 1 no match (Fuse's score). */
  score: number;
  matches: readonly FuseResultMatch[];
  /** The language of the query, which the hit is shown in. */
  lang: 'en' | 'zh';
}

/** A built index, reused for every keystroke. */
export interface InterviewSearch {
  search(query: string, limit?: number): SearchHit[];
  readonly docs: readonly SearchDoc[];
}
