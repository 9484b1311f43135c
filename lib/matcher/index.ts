/**
 * The matcher's public API: make the matcher once from its prepared input,
 * then find concepts in any text in one pass. DOM-free; used by the content
 * script, the annotate and eval CLIs, tests and benchmarks.
 *
 * Built in phases, one module each: data/build/matcher-input.ts turns the
 * alias table and the signal words into sorted folded keys, and
 * data/build/matcher-tables.ts those into the class table, the trie and the
 * record tables (tables.ts), both in Node (`npm run data` writes the content
 * script's copy; the Node tools compile a table through
 * data/build/compile-matcher.ts); automaton.ts builds the Aho–Corasick
 * automaton over the trie as the text needs it, compile.ts scans and
 * verifies, guards.ts and rules.ts apply the rules that look around a
 * candidate, select.ts and context.ts decide what counts.
 */
export { matcherFrom } from './compile';
export { RuledMatcher, ruledMatcherFrom } from './rules';
export { ContextTracker } from './context';
export { SIGNAL_WORDS, type SignalWord } from './signal-words';
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
