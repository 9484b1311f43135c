/**
 * Search over the interview: concept names, aliases, glosses and every quote,
 * in Simplified and Traditional at once, for the popup's search box. DOM-free
 * so that the Node tests run it on the real data.
 *
 * Why both scripts are indexed instead of converting the query: the generated
 * data already carries every string in `hans`, `hant` and `twp`, so a query in
 * either script matches its own field without loading OpenCC (~1.2 MB) at
 * runtime. English terms (KV cache, MoE) reach the Chinese quotes because a
 * concept matched by name or alias brings its quotes along in the results.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Concept } from '@/lib/data-types';
import { type InterviewSearch, QUOTE_SCRIPTS, type SearchDoc, type SearchHit } from './docs';

export type { InterviewSearch, SearchDoc, SearchHit } from './docs';

/**
 * Normalises what a person types: full-width Latin (ＫＶ) to half-width, runs of
 * spaces to one, trimmed. Case is left to Fuse (case-insensitive).
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** Turns the generated concepts into search documents (concepts first, so ties favour them). */
function buildSearchDocs(concepts: readonly Concept[]): SearchDoc[] {
  const conceptDocs: SearchDoc[] = [];
  const quoteDocs: SearchDoc[] = [];
  for (const c of concepts) {
    const names = unique([c.name.en, c.name.hans, c.name.hant, c.name.twp]);
    const aliases = unique(c.aliases.map((a) => a.text));
    conceptDocs.push({
      kind: 'concept',
      conceptId: c.id,
      name: names,
      alias: aliases,
      gloss: [c.gloss.en, c.gloss.hans, c.gloss.hant, c.gloss.twp],
      text: [],
      note: [],
    });
    for (const q of c.quotes) {
      quoteDocs.push({
        kind: 'quote',
        conceptId: c.id,
        quoteId: q.id,
        name: [],
        alias: [],
        gloss: [],
        // Kept in QUOTE_SCRIPTS order (not deduplicated) so refIndex names the script.
        text: QUOTE_SCRIPTS.map((s) => q.text[s]),
        note: q.note ? [q.note.en, q.note.hans, q.note.hant, q.note.twp] : [],
      });
    }
  }
  return [...conceptDocs, ...quoteDocs];
}

/** Field weights: a concept's name counts most, then aliases, then quote words. */
const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'alias', weight: 2.5 },
  { name: 'text', weight: 2 },
  { name: 'gloss', weight: 1 },
  { name: 'note', weight: 0.5 },
];

/**
 * The main pass: Fuse's extended search with include-match tokens (`'kv 'cache`),
 * i.e. case-insensitive substrings, every word required, over every field.
 * Bitap fuzzy matching over all ~60k characters of quotes and glosses took
 * 15–70 ms a keystroke on this project's machine; substring tokens take a
 * fraction of that, and typos are caught by the second pass.
 */
const EXACT_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  useExtendedSearch: true,
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
};

/**
 * The typo pass: fuzzy (Bitap) over the short fields only, concept names and
 * aliases ("flash atention", "quantisation"). A threshold of 0.3 lets one typo
 * in four letters through without letting two-character Chinese queries match
 * on one character.
 */
const FUZZY_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS.filter((k) => k.name === 'name' || k.name === 'alias'),
  threshold: 0.3,
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
};

/** Turns typed words into Fuse include-match tokens, with Fuse's operator characters made literal. */
function exactQuery(query: string): string {
  return query
    .split(' ')
    .filter(Boolean)
    .map((word) => `'"${word.replace(/"/g, ' ')}"`)
    .join(' ');
}

/**
 * Builds the index once; call `search` on every keystroke. Results: the exact
 * matches (best first), then typo matches of concept names, and after each
 * matching concept its quotes, so an English term (KV cache, MoE) lists the
 * Chinese quotes about it.
 */
export function createInterviewSearch(concepts: readonly Concept[]): InterviewSearch {
  const docs = buildSearchDocs(concepts);
  const exact = new Fuse(docs, EXACT_OPTIONS, Fuse.createIndex(KEYS, docs));
  const conceptDocs = docs.filter((d) => d.kind === 'concept');
  const fuzzy = new Fuse(conceptDocs, FUZZY_OPTIONS, Fuse.createIndex(FUZZY_OPTIONS.keys!, conceptDocs));
  const quotesOf = new Map<string, SearchDoc[]>();
  for (const d of docs) if (d.kind === 'quote') quotesOf.set(d.conceptId, [...(quotesOf.get(d.conceptId) ?? []), d]);

  return {
    docs,
    search(query, limit = 30) {
      const q = normalizeQuery(query);
      if (!q) return [];
      const hits: SearchHit[] = [];
      const seen = new Set<SearchDoc>();
      const add = (doc: SearchDoc, score: number, matches: readonly FuseResultMatch[]) => {
        if (seen.has(doc) || hits.length >= limit) return;
        seen.add(doc);
        hits.push({ doc, score, matches });
      };
      const found = exact.search(exactQuery(q));
      const fuzzyFound = found.some((r) => r.item.kind === 'concept') ? [] : fuzzy.search(q, { limit: 5 });
      for (const r of [...found, ...fuzzyFound]) {
        add(r.item, r.score ?? 1, r.matches ?? []);
        // A concept matched by name or alias brings its quotes (they may not contain the term).
        if (r.item.kind === 'concept' && r.matches?.some((m) => m.key === 'name' || m.key === 'alias')) {
          for (const quote of quotesOf.get(r.item.conceptId) ?? []) add(quote, r.score ?? 1, []);
        }
      }
      return hits;
    },
  };
}
