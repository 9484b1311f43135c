/**
 * Leftmost-longest, non-overlapping selection of candidates: what findAll
 * returns, and what the content script applies after deciding context for the
 * whole page (it collects candidates slice by slice, then selects).
 */
import type { Match } from './types';

/**
 * Keeps, from left to right, the longest acceptable candidate at each place
 * (混合专家模型 over 混合专家) and drops those overlapping it. aiOnly
 * candidates are acceptable only when `aiContext` is true; a rejected aiOnly
 * candidate does not block a shorter unambiguous one under it. An aiOnly
 * candidate of a concept the document has `decided` otherwise (context.ts,
 * one sense per discourse) takes its place like a blocking phrase and is
 * dropped: the content script keeps it, unshown, for the same answer.
 * `candidates` must be sorted as scan() returns them (start asc, end desc).
 */
export function selectMatches(
  candidates: readonly Match[],
  aiContext: boolean,
  decided?: ReadonlySet<string>,
): Match[] {
  return selectInto(candidates, aiContext, [], decided);
}

/**
 * selectMatches() writing into `out`, which may be `candidates` itself (the
 * kept ones never outrun the read position): findAll owns its candidates and
 * saves allocating a second array of them.
 */
export function selectInto(
  candidates: readonly Match[],
  aiContext: boolean,
  out: Match[],
  decided?: ReadonlySet<string>,
): Match[] {
  let kept = 0;
  let lastEnd = -1;
  for (let i = 0; i < candidates.length; i++) {
    const m = candidates[i];
    if (m.aiOnly && !aiContext) continue;
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    // A blocking phrase (notAliases) takes its place, so the alias inside it is dropped, and is not shown.
    if (m.blocked) continue;
    if (m.aiOnly && decided !== undefined && decided.size > 0 && decided.has(m.conceptId)) continue;
    out[kept++] = m;
  }
  out.length = kept;
  return out;
}
