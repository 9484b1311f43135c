import type { OtherSenseRule } from '@/lib/data-types';

/**
 * The matcher's shared types, in a module of their own so that the modules
 * that use them (compile, context, select) never import each other.
 */

/** One concept found in text. */
export interface Match {
  conceptId: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The alias only means this concept on an AI page (see context.ts). */
  aiOnly: boolean;
  /**
   * A blocking phrase (the concept's `notAliases`, e.g. "Triton Inference
   * Server", 量化交易): selection lets it win like any longer match, so the
   * alias inside it never fires, then drops it; it is never shown and never
   * a context signal.
   */
  blocked?: true;
  /**
   * A blocking phrase that decides, for the whole document, that the
   * concept's ambiguous (aiOnly) aliases mean something else ("macular
   * degeneration" for AMD); read by ContextTracker.
   */
  decides?: true;
  /**
   * With `decides`: the decision holds only while the document has no
   * unambiguous (not aiOnly, not blocked) match of the concept, before or
   * after (ContextTracker; `unlessAffirmed` of an other-sense rule).
   */
  unlessAffirmed?: true;
}

/** A signal word found in text: index into SIGNAL_WORDS (signal-words.ts), UTF-16 span. */
export interface SignalHit {
  signal: number;
  start: number;
  end: number;
}

/** A slice's raw findings: concept candidates and context signals, from the same pass. */
export interface ScanResult {
  candidates: Match[];
  signals: SignalHit[];
}

/** {@link Matcher.probe}: a candidate or signal ends in this piece and passes the checks the piece can tell. */
export const PROBE_HIT = 1;
/** {@link Matcher.probe}: a candidate or signal may end here that started in an earlier piece. */
export const PROBE_CROSS = 2;

/** The API shared by the content script, the annotate CLI, eval and benchmarks. */
export interface Matcher {
  /** All accepted matches, sorted by start, non-overlapping, context rule applied. */
  findAll(text: string, options?: { context?: 'auto' | 'ai' | 'not-ai' }): Match[];
  /**
   * Raw candidates before the context rule, for callers that decide context
   * over a larger document (the content script scans a page in slices).
   * Sorted by start, longest first; overlapping; word boundaries and case
   * already checked.
   */
  scan(text: string): Match[];
  /**
   * scan() plus the context signals found in the same pass (feed a
   * ContextTracker): the first hit of each signal word in this text.
   */
  scanWithSignals(text: string): ScanResult;
  /** Whether this text on its own reads as an AI/ML-systems document (context.ts). */
  isAiContext(text: string): boolean;
  /**
   * A cheap look at one piece of a longer text (one text node of a page):
   * runs the automaton from `state` (0 at the start of a text, else the
   * `probeState` the previous piece left) and tells, allocating nothing,
   * whether a candidate or signal may be found there: {@link PROBE_HIT},
   * {@link PROBE_CROSS}, or 0. With 0, `scanWithSignals` finds nothing that
   * ends in this piece of any text that joins it to the pieces probed before.
   */
  probe(text: string, state: number): number;
  /** The automaton's state after the last `probe` (0: the root, no term in progress). */
  readonly probeState: number;
}

/**
 * The automaton on its own (compile.ts): the one pass and the probe, before
 * the rules that look around a candidate. Only {@link Matcher} (rules.ts)
 * makes Match objects, selects and decides context, so there is one findAll.
 */
export interface Scanner extends Pick<Matcher, 'probe' | 'probeState'> {
  /** The candidates (each with the record that found it: the guards read its rules by it) and the signals. */
  scanRecorded(text: string): RecordedScan;
}

/**
 * A scan's candidates before the guards, in scan()'s order, as numbers in a typed array rather than Match objects:
 * a dense text has one every 40 characters (the benchmark's Chinese interview: 120 000), and an object each,
 * sorted as it was found, then read again by the guards, cost more allocation, garbage collection and cache
 * misses than the rules themselves. The guards make Match objects only for the candidates they keep. The
 * scanner reuses the array: it holds one scan's candidates until the next scan, and has room for more than `count`.
 */
export interface Found {
  count: number;
  /**
   * Three numbers per candidate: its start and end (UTF-16 offsets, end exclusive) and the record (tables.ts)
   * that found it (its concept, flags and rules). One array rather than three: one to grow, one cache line to read.
   */
  list: Int32Array;
}

/** A scan's findings: the candidates (valid until the scanner's next scan) and the context signals. */
export interface RecordedScan {
  found: Found;
  signals: SignalHit[];
}

/** Record flags (MatcherInput.flags). */
export const FLAG_START = 1;
export const FLAG_END = 2;
export const FLAG_CASE = 4;
export const FLAG_AI_ONLY = 8;
export const FLAG_PLURAL = 16;
/** A blocking phrase (notAliases): wins like a longer match, then is dropped (select.ts). */
export const FLAG_BLOCK = 32;
/** A blocking phrase that decides the concept's aiOnly aliases for the whole document (`decidesDocument`). */
export const FLAG_DECIDES = 128;
/** Rules guards.ts applies after the scan (`besideChinese`, `localCue`, `afterCount`...); 64 is free. */
export const FLAG_BESIDE_CHINESE = 256;
/** `localCue`: one of the concept's cue words in the line. */
export const FLAG_LOCAL_CUE = 512;
/** `afterCount`: right after a count of experts. */
export const FLAG_AFTER_COUNT = 1024;
/** `namePart`: only merged into a versioned name. */
export const FLAG_NAME_PART = 8192;
/** `midSentence`: not at the start of a sentence, bullet or heading. */
export const FLAG_MID_SENTENCE = 16384;
/** The flags guards.ts looks up per candidate. */
export const GUARD_FLAGS = FLAG_BESIDE_CHINESE | FLAG_LOCAL_CUE | FLAG_AFTER_COUNT | FLAG_NAME_PART | FLAG_MID_SENTENCE;

/**
 * What the matcher's tables (tables.ts) are built from, in Node: the alias
 * table (and the context signal words) turned into folded keys, one record
 * per distinct key, owner and rules, sorted by key
 * (data/build/matcher-input.ts). `npm run data` writes the content script's
 * tables (data/generated/content-matcher.json) so a page never pays for
 * this step.
 */
export interface MatcherInput {
  conceptIds: string[];
  /** Traditional -> Simplified for the characters of the keys (the page's text is folded by it). */
  hantToHans: Record<string, string>;
  /** Number of signal words (owners -1 .. -signals). */
  signals: number;
  /** Folded keys (no separators), sorted. */
  keys: string[];
  /** >= 0: concept index; < 0: -(signal index) - 1. */
  owners: number[];
  flags: number[];
  /** For case-sensitive records: the alias's characters as written (half-width, no separators); else ''. */
  exact: string[];
  /** Key positions where a separator run may stand. */
  seps: number[][];
  /** Rule 8 of guards.ts, by concept id: neighbouring words that give an alias another sense. */
  otherSenses?: Record<string, OtherSenseRule[]>;
  /** By concept id: the cue words its localCue aliases need in the line (an expression source). */
  cues?: Record<string, string>;
  /** By concept id: what may follow its midSentence aliases at a sentence's start. */
  nameAfter?: Record<string, string>;
}

/**
 * A rule of `otherSenses` as the build prepares it for the tables (data/build/matcher-tables.ts): `before` is
 * already what guards.ts's endAnchoredSource makes of it, a lookbehind to try at the end when `beforeAtEnd`, so
 * a page doesn't read the sources a character at a time. Never written in data/concepts.ts.
 */
export type PreparedOtherSenseRule = OtherSenseRule & { beforeAtEnd?: boolean };
