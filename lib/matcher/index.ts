/**
 * The matcher's public API: compile the alias table once, then find concepts
 * in any text in one pass. DOM-free; used by the content script, the annotate
 * and eval CLIs, tests and benchmarks.
 */
export type { Match, Matcher, ScanResult } from './compile';
export { compileMatcher } from './rules';
export { ContextTracker, SIGNAL_WORDS, type SignalHit, type SignalWord } from './context';
export { selectMatches } from './select';

import type { Match, Matcher } from './compile';
import { compileMatcher } from './rules';
import { ContextTracker } from './context';

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
