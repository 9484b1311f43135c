/**
 * What the background hands the content script (`get-matcher-input`): the
 * matcher's tables as the build prepared them (tables.ts; `npm run data`
 * writes them to data/generated/content-matcher.json) and the concepts'
 * kinds, which the content script colours by.
 */
import type { MatcherTables } from './tables';

export interface PackedMatcherInput extends MatcherTables {
  /** Concept kinds, in conceptIds order. */
  kinds: string[];
}

/** Whether a message's answer looks like the packed input (the content script checks before it builds on it). */
export function isPackedMatcherInput(value: unknown): value is PackedMatcherInput {
  const v = value as Partial<PackedMatcherInput> | null | undefined;
  return (
    typeof v?.edge === 'string' &&
    typeof v.classOf === 'string' &&
    Array.isArray(v.conceptIds) &&
    Array.isArray(v.kinds)
  );
}
