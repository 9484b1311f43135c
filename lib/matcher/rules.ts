/**
 * The matcher everyone uses: the one-pass automaton (compile.ts) plus the
 * rules that need the text around a candidate (guards.ts) and the
 * document-level sense decisions (context.ts, select.ts). The content script
 * calls `scanWithSignals` slice by slice and selects itself; `findAll` (the
 * annotate and eval CLIs) does the same over one text, so both give the same
 * answers. Both make it from the same prepared tables (tables.ts; the content
 * script's copy is `npm run data`'s content-matcher.json), which carry the
 * rule flags (`besideChinese`, `localCue`, `decidesDocument`) in their records.
 */
import { matcherFrom } from './compile';
import { ContextTracker } from './context';
import { CandidateGuards } from './guards';
import { selectInto } from './select';
import type { MatcherTables } from './tables';
import type { Match, Matcher, ScanResult, Scanner } from './types';

export class RuledMatcher implements Matcher {
  private readonly guards: CandidateGuards;

  constructor(
    private readonly automaton: Scanner,
    tables: MatcherTables,
  ) {
    this.guards = new CandidateGuards(tables);
  }

  scanWithSignals(text: string): ScanResult {
    const { found, signals } = this.automaton.scanRecorded(text);
    return { candidates: this.guards.apply(text, found), signals };
  }

  scan(text: string): Match[] {
    return this.scanWithSignals(text).candidates;
  }

  isAiContext(text: string): boolean {
    const tracker = new ContextTracker();
    tracker.add(this.scanWithSignals(text));
    return tracker.isAi;
  }

  findAll(text: string, options?: { context?: 'auto' | 'ai' | 'not-ai' }): Match[] {
    const mode = options?.context ?? 'auto';
    const result = this.scanWithSignals(text);
    const tracker = new ContextTracker();
    tracker.add(result);
    const ai = mode === 'auto' ? tracker.isAi : mode === 'ai';
    return selectInto(result.candidates, ai, result.candidates, tracker.decided);
  }

  /** The automaton's probe: the guards only drop or join candidates it found, so a 0 still means nothing. */
  probe(text: string, state: number): number {
    return this.automaton.probe(text, state);
  }

  get probeState(): number {
    return this.automaton.probeState;
  }
}

/**
 * The matcher for prepared tables with the rules applied: what the content
 * script, the CLIs and the tests use. Run once per input; the content script
 * keeps the result for the page's life.
 */
export function ruledMatcherFrom(tables: MatcherTables): Matcher {
  return new RuledMatcher(matcherFrom(tables), tables);
}
