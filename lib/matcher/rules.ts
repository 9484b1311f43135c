/**
 * The matcher everyone uses: the one-pass automaton (compile.ts) plus the
 * rules that need the text around a candidate (guards.ts) and the
 * document-level sense decisions (context.ts, select.ts). The content script
 * calls `scanWithSignals` slice by slice and selects itself; `findAll` (the
 * annotate and eval CLIs) does the same over one text, so both give the same
 * answers.
 */
import type { AliasSpec, AliasTable } from '@/lib/data-types';
import { compileMatcher as compileAutomaton, type Match, type Matcher, type ScanResult } from './compile';
import { ContextTracker } from './context';
import { foldUnit, isIgnorableUnit, isSeparatorUnit } from './fold';
import { CandidateGuards } from './guards';
import { selectInto } from './select';
import { aliasKeys } from './variants';

/** Folded keys of the blocking phrases that decide a concept for the whole document, per concept. */
function decidingPhrases(table: AliasTable): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const concept of table.concepts) {
    for (const phrase of (concept.notAliases ?? []) as AliasSpec[]) {
      if (!phrase.decidesDocument) continue;
      let keys = out.get(concept.id);
      if (!keys) {
        keys = new Set();
        out.set(concept.id, keys);
      }
      for (const k of aliasKeys(phrase.text, table.hantToHans ?? {})) keys.add(k.key);
    }
  }
  return out;
}

class RuledMatcher implements Matcher {
  private readonly guards: CandidateGuards;
  private readonly deciding: Map<string, Set<string>>;

  constructor(
    private readonly automaton: Matcher,
    private readonly table: AliasTable,
  ) {
    this.guards = new CandidateGuards(table);
    this.deciding = decidingPhrases(table);
  }

  scanWithSignals(text: string): ScanResult {
    const result = this.automaton.scanWithSignals(text);
    this.guards.apply(text, result.candidates);
    if (this.deciding.size > 0) {
      for (const m of result.candidates) {
        if (!m.blocked) continue;
        const keys = this.deciding.get(m.conceptId);
        if (keys?.has(this.fold(text, m.start, m.end))) m.decides = true;
      }
    }
    return result;
  }

  private fold(text: string, start: number, end: number): string {
    const hantToHans = this.table.hantToHans ?? {};
    let out = '';
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isSeparatorUnit(c) && !isIgnorableUnit(c)) out += String.fromCharCode(foldUnit(c, hantToHans));
    }
    return out;
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
}

/**
 * Compiles the alias table into the matcher the extension and the tools use.
 * Run once per table; the content script keeps the result for the page's life.
 */
export function compileMatcher(table: AliasTable): Matcher {
  return new RuledMatcher(compileAutomaton(table), table);
}
