/**
 * The matcher's public API: compile the alias table once, then find concepts
 * in any text in one pass. DOM-free; used by the content script, the annotate
 * and eval CLIs, tests and benchmarks.
 *
 * Built in phases, one module each: input.ts turns the alias table and the
 * signal words into sorted folded keys (in Node; the content script bundles
 * its result, written by `npm run data`), automaton.ts builds the
 * Aho–Corasick automaton over them as the text needs it, compile.ts scans
 * and verifies, select.ts and context.ts decide what counts.
 */
export { matcherFrom } from './compile';
export { RuledMatcher, ruledMatcherFrom } from './rules';
export { ContextTracker, SIGNAL_WORDS, type SignalWord } from './context';
export { matcherInput } from './input';
export { selectMatches } from './select';
export {
  type Match,
  type Matcher,
  type MatcherInput,
  PROBE_CROSS,
  PROBE_HIT,
  type ScanResult,
  type SignalHit,
} from './types';

import type { AliasTable } from '@/lib/data-types';
import { ContextTracker } from './context';
import { matcherInput } from './input';
import { ruledMatcherFrom } from './rules';
import type { Match, Matcher } from './types';

/** Compiles an alias table (plus the context signal words) into a matcher, the rules (rules.ts) applied. */
export function compileMatcher(table: AliasTable): Matcher {
  return ruledMatcherFrom(matcherInput(table));
}

let signalsOnly: Matcher | undefined;

/**
 * Whether a text reads as an AI/ML-systems document (rule in context.ts), for
 * callers without a compiled table. Pass the text's concept candidates (from
 * `scan`) so unambiguous concepts count as signals; without them only the
 * signal words do. With a compiled matcher, prefer `matcher.isAiContext`.
 */
export function isAiContext(text: string, candidates: readonly Match[] = []): boolean {
  signalsOnly ??= compileMatcher({ concepts: [], hantToHans: {} });
  const tracker = new ContextTracker();
  tracker.add({ candidates: [...candidates], signals: signalsOnly.scanWithSignals(text).signals });
  return tracker.isAi;
}
