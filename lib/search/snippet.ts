/**
 * Showing a search result: which part of which script matched, cut to a
 * snippet. Apart from the index (index.ts) so a page can render results
 * without loading fuse.js on its critical path.
 */
import type { ScriptVariant } from '@/lib/data-types';
import { QUOTE_SCRIPTS, type SearchHit } from './docs';

export { QUOTE_SCRIPTS };

/** A piece of a snippet: matched parts are shown highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Cuts a snippet of about `maxChars` around the first (longest) match, so a
 * result shows why it matched. `indices` are inclusive [start, end] pairs as
 * Fuse returns them.
 */
export function snippet(text: string, indices: readonly (readonly [number, number])[], maxChars = 80): SnippetPart[] {
  const sorted = [...indices].sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  const best = sorted[0];
  let from = 0;
  if (best && text.length > maxChars) {
    from = Math.max(0, Math.min(best[0] - Math.floor(maxChars / 3), text.length - maxChars));
  }
  const to = Math.min(text.length, from + maxChars);
  const inWindow = indices
    .filter(([s, e]) => e >= from && s < to && e - s >= 0)
    .map(([s, e]) => [Math.max(s, from), Math.min(e + 1, to)] as const)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let pos = from;
  for (const [s, e] of inWindow) {
    if (s < pos) continue; // overlapping ranges: keep the first
    if (s > pos) parts.push({ text: text.slice(pos, s), match: false });
    parts.push({ text: text.slice(s, e), match: true });
    pos = e;
  }
  if (pos < to) parts.push({ text: text.slice(pos, to), match: false });
  if (from > 0) parts.unshift({ text: '…', match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/**
 * Which indices to highlight when the result is shown in `script`: the match
 * from that script's field when there is one; otherwise the match from another
 * script when the two strings have the same length (character-for-character
 * conversion), else none.
 */
export function matchIndicesFor(hit: SearchHit, script: ScriptVariant): readonly (readonly [number, number])[] {
  const want = QUOTE_SCRIPTS.indexOf(script);
  const textMatches = hit.matches.filter((m) => m.key === 'text');
  const exact = textMatches.find((m) => m.refIndex === want);
  if (exact) return exact.indices;
  const shown = hit.doc.text[want] ?? '';
  const other = textMatches.find(
    (m) => m.refIndex !== undefined && (hit.doc.text[m.refIndex] ?? '').length === shown.length,
  );
  return other ? other.indices : [];
}

/** Which indices of the quote's English (`doc.en[0]`) to highlight: the English field's matches, if any. */
export function englishMatchIndices(hit: SearchHit): readonly (readonly [number, number])[] {
  return hit.matches.filter((m) => m.key === 'en').flatMap((m) => m.indices);
}
