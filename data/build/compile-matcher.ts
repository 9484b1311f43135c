/**
 * An alias table compiled into the matcher, in Node: the command-line tools,
 * the tests, benchmarks and `npm run data` (which checks its pruned table
 * with it). The content script never compiles a table; it gets the tables
 * this makes already prepared (data/generated/content-matcher.json).
 */
import type { AliasTable } from '@/lib/data-types';
import { ContextTracker, type Match, type Matcher, ruledMatcherFrom } from '@/lib/matcher';
import { matcherInput } from './matcher-input';
import { matcherTables } from './matcher-tables';

/** Compiles an alias table (plus the context signal words) into a matcher, the rules (rules.ts) applied. */
export function compileMatcher(table: AliasTable): Matcher {
  return ruledMatcherFrom(matcherTables(matcherInput(table)));
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
