/**
 * The per-character tables the popup's search folds a query with (`data/generated/search-fold.json`), so a query
 * that mixes scripts (英伟達, 辉達) finds the text without shipping OpenCC's dictionaries (~1.2 MB) in the popup.
 * Only characters of the data itself are listed: whatever a query holds beyond them cannot match anyway.
 * - `toHans`: each Traditional character of the data to its Simplified form (OpenCC's character table).
 * - `toHant`: each Simplified character of the data to the Traditional character the data's own conversions use
 *   most often for it (the Simplified and Traditional texts are aligned character by character; 发 is 發 or 髮
 *   only in context, so the data's usage decides).
 */
import type { Concept, Interview, Scripts } from '@/lib/data-types';
import { charToHans } from './chinese/convert';

/** The generated file's shape (read by lib/search/fold.ts). */
export interface SearchFold {
  toHans: Record<string, string>;
  toHant: Record<string, string>;
}

const HAN = /\p{Script=Han}/u;

function byCodePoint(a: string, b: string): number {
  return a.codePointAt(0)! - b.codePointAt(0)!;
}

/** The tables for every Chinese string of the interview and the concepts. */
export function buildSearchFold(interview: Interview, concepts: readonly Concept[]): SearchFold {
  const strings: Scripts[] = [
    interview.title,
    ...interview.lead.map((b) => b.text),
    ...interview.sections.map((s) => s.title),
    ...interview.turns.map((t) => t.text),
    ...concepts.flatMap((c) => [
      { orig: c.name.hans, ...c.name },
      { orig: c.gloss.hans, ...c.gloss },
      ...c.quotes.map((q) => q.text),
    ]),
  ];
  const traditional = new Set<string>();
  const pairs = new Map<string, Map<string, number>>();
  for (const ch of concepts.flatMap((c) => c.aliases.map((a) => a.text)).join(''))
    if (HAN.test(ch)) traditional.add(ch);
  for (const s of strings) {
    for (const text of [s.orig, s.hant, s.twp]) for (const ch of text) if (HAN.test(ch)) traditional.add(ch);
    const hans = [...s.hans];
    const hant = [...s.hant];
    if (hans.length !== hant.length) continue;
    hans.forEach((ch, i) => {
      const to = hant[i]!;
      if (ch === to || !HAN.test(ch)) return;
      const counts = pairs.get(ch) ?? new Map<string, number>();
      counts.set(to, (counts.get(to) ?? 0) + 1);
      pairs.set(ch, counts);
    });
  }
  const toHans: Record<string, string> = {};
  for (const ch of [...traditional].sort(byCodePoint)) {
    const hans = charToHans(ch);
    if (hans !== ch && [...hans].length === 1) toHans[ch] = hans;
  }
  const toHant: Record<string, string> = {};
  for (const ch of [...pairs.keys()].sort(byCodePoint)) {
    const [best] = [...pairs.get(ch)!].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
    toHant[ch] = best![0];
  }
  return { toHans, toHant };
}
