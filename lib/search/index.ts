/**
 * Search over the interview: concept names, aliases, glosses and every quote,
 * in Simplified and Traditional at once and in the team's English rendering,
 * for the popup's search box. DOM-free so that the Node tests run it on the
 * real data.
 *
 * A query in Chinese is searched in every script, folded first when it mixes
 * scripts (英伟達, fold.ts); its hits are shown in Chinese. Any other query is
 * English: Fuse's substring pass, then a word pass over the English rendering
 * (english.ts: "cheaper chips" finds "lower cost"); its hits are shown in English.
 *
 * Why both scripts are indexed instead of converting the query: the generated
 * data already carries every string in `hans`, `hant` and `twp`, so a query in
 * either script matches its own field without loading OpenCC (~1.2 MB) at
 * runtime. English terms (KV cache, MoE) reach the Chinese quotes because a
 * concept matched by name or alias brings its quotes along in the results.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Concept } from '@/lib/data-types';
import { createWordSearch, highlightWords, type WordField } from './english';
import { isChineseQuery, scriptVariants } from './fold';
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
      en: [],
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
        en: q.text.en ? [q.text.en] : [],
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
  { name: 'en', weight: 2 },
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

/** The English a document's word pass reads: a quote's rendering; a concept's English name, Latin aliases, gloss. */
function englishFields(doc: SearchDoc): WordField[] {
  if (doc.kind === 'quote') return doc.en.map((text) => ({ text, weight: 1 }));
  const latin = (text: string) => !/\p{Script=Han}/u.test(text);
  return [
    { text: doc.name[0] ?? '', weight: 3 },
    ...doc.alias.filter(latin).map((text) => ({ text, weight: 2.5 })),
    { text: doc.gloss[0] ?? '', weight: 1 },
  ];
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
  const wordSearch = createWordSearch(docs, englishFields);
  const order = new Map(docs.map((d, i) => [d, i]));
  const quotesOf = new Map<string, SearchDoc[]>();
  for (const d of docs) if (d.kind === 'quote') quotesOf.set(d.conceptId, [...(quotesOf.get(d.conceptId) ?? []), d]);

  return {
    docs,
    search(query, limit = 30) {
      const q = normalizeQuery(query);
      if (!q) return [];
      const lang = isChineseQuery(q) ? 'zh' : 'en';
      const hits: SearchHit[] = [];
      const seen = new Set<SearchDoc>();
      const add = (doc: SearchDoc, score: number, matches: readonly FuseResultMatch[]) => {
        if (seen.has(doc) || hits.length >= limit) return;
        seen.add(doc);
        hits.push({ doc, score, matches, lang });
      };
      const bringQuotes = (doc: SearchDoc, score: number) => {
        for (const quote of quotesOf.get(doc.conceptId) ?? []) add(quote, score, []);
      };
      // Each script form of a Chinese query (as typed, all-Simplified, all-Traditional), best score per document.
      const best = new Map<SearchDoc, { score: number; matches: readonly FuseResultMatch[] }>();
      const forms = lang === 'zh' ? scriptVariants(q) : [q];
      for (const form of forms) {
        for (const r of exact.search(exactQuery(form))) {
          const score = r.score ?? 1;
          const known = best.get(r.item);
          if (!known || score < known.score) best.set(r.item, { score, matches: r.matches ?? [] });
        }
      }
      // The concept the reader names comes first: one whose name or alias is the query, then one whose name or
      // alias holds it, then the rest by Fuse's score. The score alone ranks a quote that merely mentions the
      // name above the concept ("NVIDIA" found a quote on hybrids first): a quote's text is matched once per
      // script, four times, and Fuse multiplies the matches.
      const named = new Set(forms.map((form) => form.toLowerCase()));
      const tier = (doc: SearchDoc, matches: readonly FuseResultMatch[]) =>
        doc.kind !== 'concept'
          ? 2
          : [...doc.name, ...doc.alias].some((t) => named.has(t.toLowerCase()))
            ? 0
            : matches.some((m) => m.key === 'name' || m.key === 'alias')
              ? 1
              : 2;
      const found = [...best]
        .map(([doc, hit]) => [doc, hit, tier(doc, hit.matches)] as const)
        .sort((a, b) => a[2] - b[2] || a[1].score - b[1].score || order.get(a[0])! - order.get(b[0])!)
        .map(([doc, hit]) => [doc, hit] as const);
      const fuzzyFound = found.some(([d]) => d.kind === 'concept') ? [] : fuzzy.search(q, { limit: 5 });
      for (const [doc, { score, matches }] of [
        ...found,
        ...fuzzyFound.map((r) => [r.item, { score: r.score ?? 1, matches: r.matches ?? [] }] as const),
      ]) {
        add(doc, score, matches);
        // A concept matched by name or alias brings its quotes (they may not contain the term), and so does one
        // whose gloss holds the whole query ("experts per token": the MoE gloss says "a few experts per token").
        const phrase = q.toLowerCase();
        const brings = (m: FuseResultMatch) =>
          m.key === 'name' || m.key === 'alias' || (m.key === 'gloss' && !!m.value?.toLowerCase().includes(phrase));
        if (doc.kind === 'concept' && matches.some(brings)) bringQuotes(doc, score);
      }
      // English: the words of the query, stemmed, in any order, over the English rendering.
      if (lang === 'en') {
        const complete: SearchDoc[] = [];
        for (const w of wordSearch.search(q)) {
          const matches: FuseResultMatch[] = [...w.indices].map(([field, indices]) => ({
            key: w.doc.kind === 'quote' ? 'en' : field === 0 ? 'name' : 'gloss',
            indices,
            refIndex: 0,
            value: englishFields(w.doc)[field]?.text,
          }));
          add(w.doc, Math.max(w.score, 0.5), matches);
          if (w.doc.kind === 'concept' && w.score === 0) complete.push(w.doc);
        }
        // A concept that has every word of the query brings its quotes, after the quotes that have the words.
        for (const doc of complete) bringQuotes(doc, 0.5);
        // Quotes brought by their concept are shown in English too: mark the query's words in their English.
        for (const [i, hit] of hits.entries()) {
          if (hit.doc.kind !== 'quote' || !hit.doc.en[0] || hit.matches.some((m) => m.key === 'en')) continue;
          const indices = highlightWords(hit.doc.en[0], q);
          if (indices.length) hits[i] = { ...hit, matches: [...hit.matches, { key: 'en', indices, refIndex: 0 }] };
        }
      }
      return hits;
    },
  };
}
