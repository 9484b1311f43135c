/**
 * The one-pass matcher: every alias of every concept (and the context signal
 * words) in ONE Aho–Corasick automaton (automaton.ts), scanned once over the
 * text. Folding happens inline: a 64 Ki table sends each UTF-16 code unit to
 * the class of its folded form, so offsets are the original text's, exact to
 * the code unit. Every hit is verified here against its record: separators
 * only where the alias allows them, word boundaries, case.
 */
import { Automaton, CLASS_IGNORE, CLASS_SEP, SLOT_ZH, UNSET } from './automaton';
import { halfWidthUnit, isWordAt, isWordBefore } from './fold';
import { at, type MatcherTables } from './tables';
import {
  FLAG_AI_ONLY,
  FLAG_BLOCK,
  FLAG_CASE,
  FLAG_END,
  FLAG_START,
  type Found,
  type Scanner,
  PROBE_CROSS,
  PROBE_HIT,
  type RecordedScan,
  type SignalHit,
} from './types';

/**
 * A record's place among candidates with the same span (scan()'s order): blocking phrases first, then
 * unambiguous aliases (0 blocking and unambiguous, 1 blocking aiOnly, 2 unambiguous, 3 aiOnly).
 */
const rank = (flags: number) => (flags & FLAG_BLOCK ? 0 : 2) + (flags & FLAG_AI_ONLY ? 1 : 0);

/**
 * The matcher for prepared tables (data/build/matcher-tables.ts makes them from an alias table;
 * the content script gets them made by `npm run data`). Cheap: the
 * automaton is built as the text needs it, and the records are read from the tables where a hit needs them.
 */
export function matcherFrom(tables: MatcherTables): Scanner {
  return new CompiledMatcher(tables);
}

class CompiledMatcher implements Scanner {
  private readonly automaton: Automaton;
  private readonly tables: MatcherTables;
  private readonly signalCount: number;
  probeState = 0;
  /**
   * Per trie state: the number of the scan ({@link scans}) in which every signal word among its outputs has
   * been seen and it has no concept's record (Automaton.conceptOut), so emit() has nothing left to do there.
   * A stamp rather than a per-scan array: no clearing between scans, and a page scans many slices.
   */
  private readonly signalsDone: Uint32Array;
  private scans = 0;
  /** The candidates, grown as needed and reused by every scan (see {@link Found}). */
  private readonly found: Found = { count: 0, list: new Int32Array(3 * 1024) };

  constructor(tables: MatcherTables) {
    this.automaton = new Automaton(tables);
    this.tables = tables;
    this.signalCount = tables.signals;
    this.signalsDone = new Uint32Array(tables.edge.length);
  }

  scanRecorded(text: string): RecordedScan {
    const found = this.found;
    found.count = 0;
    const signals: SignalHit[] = [];
    const seenSignal = new Uint8Array(this.signalCount);
    this.scans = (this.scans + 1) >>> 0;
    if (this.scans === 0) {
      // 2^32 scans later: stamps from the last round could pass for this scan's.
      this.signalsDone.fill(0);
      this.scans = 1;
    }
    const a = this.automaton;
    const { classOf, L, cjkOther } = a;
    let rows = a.rows;
    let zh = a.zh;
    const len = text.length;
    let s = 0;
    let i = 0;
    for (;;) {
      // The hot loop makes no calls and tests one entry per character (from the Latin or the
      // Chinese rows, automaton.ts), so V8 keeps the typed arrays' and the string's internals in
      // registers; it leaves for a state with outputs (a complemented, negative entry) or a
      // transition not built yet (UNSET, negative too).
      // A Chinese/Japanese character in no key (cjkOther) leads every state back to the root, so the
      // loop takes the root without reading the two rows (the state's, then its Chinese row) that the
      // next character's read would wait for: 40% of the interview's characters are such, and its
      // Chinese part scanned about a quarter faster (24 -> 18 ms). The test is on the Chinese side of
      // the branch only: tried before it, it slowed English text by a sixth.
      let cl = 0;
      let to = 0;
      for (; i < len; i++) {
        cl = classOf[text.charCodeAt(i)];
        to = cl < L ? rows[s + cl] : cl === cjkOther ? 0 : zh[rows[s + SLOT_ZH] + cl];
        if (to < 0) break;
        s = to;
      }
      if (i >= len) break;
      if (to === UNSET) {
        to = a.next(s, cl);
        rows = a.rows; // building may have grown the pools
        zh = a.zh;
      }
      if (to < 0) {
        s = ~to;
        this.emit(text, s, i + 1, found, signals, seenSignal);
      } else s = to;
      i++;
    }
    return { found, signals };
  }

  probe(text: string, state: number): number {
    // The loop of scanWithSignals written out again, so that it allocates nothing (no callback: it
    // runs once per text node of every page, and closures there cost a page 30 ms of GC on
    // wikipedia-2). It runs to the end even after a hit: the state it ends in carries on.
    const a = this.automaton;
    const { classOf, L, cjkOther } = a;
    let rows = a.rows;
    let zh = a.zh;
    const len = text.length;
    let found = 0;
    let s = state;
    let i = 0;
    for (;;) {
      let cl = 0;
      let to = 0;
      for (; i < len; i++) {
        cl = classOf[text.charCodeAt(i)];
        to = cl < L ? rows[s + cl] : cl === cjkOther ? 0 : zh[rows[s + SLOT_ZH] + cl];
        if (to < 0) break;
        s = to;
      }
      if (i >= len) break;
      if (to === UNSET) {
        to = a.next(s, cl);
        rows = a.rows;
        zh = a.zh;
      }
      if (to < 0) {
        s = ~to;
        if (!(found & PROBE_HIT)) found |= this.probeOutputs(text, s, i + 1);
      } else s = to;
      i++;
    }
    this.probeState = s;
    return found;
  }

  /** Walks back over `length` key characters from `end` (separators and ignorables in between don't count); -1 past the text's start. */
  private startOf(text: string, end: number, length: number): number {
    const { classOf } = this.automaton;
    let start = end;
    for (let left = length; left > 0; ) {
      if (start === 0) return -1;
      const cl = classOf[text.charCodeAt(--start)];
      if (cl !== CLASS_SEP && cl !== CLASS_IGNORE) left--;
    }
    return start;
  }

  /** Whether record `r`'s hit at [start, end) passes its checks: separators, word boundaries, case. */
  private accepts(text: string, start: number, end: number, r: number): boolean {
    const flags = at(this.tables.flags, r);
    if (end - start !== at(this.tables.length, r) && !this.separatorsAllowed(text, start, end, r)) return false;
    if (flags & FLAG_START && isWordBefore(text, start)) return false;
    if (flags & FLAG_END && isWordAt(text, end)) return false;
    if (flags & FLAG_CASE && !this.sameCase(text, start, end, r)) return false;
    return true;
  }

  /** PROBE_HIT if an output of `state` ending at `end` passes its checks, PROBE_CROSS if one starts before the text. */
  private probeOutputs(text: string, state: number, end: number): number {
    const { outLink } = this.automaton;
    const { ownStart, ownList, length } = this.tables;
    let found = 0;
    for (let u = this.automaton.stateAt(state); u > 0; u = outLink[u]) {
      for (let k = at(ownStart, u), stop = at(ownStart, u + 1); k < stop; k++) {
        const r = at(ownList, k);
        const start = this.startOf(text, end, at(length, r));
        if (start < 0) found |= PROBE_CROSS;
        else if (this.accepts(text, start, end, r)) return found | PROBE_HIT;
      }
    }
    return found;
  }

  private emit(text: string, state: number, end: number, found: Found, signals: SignalHit[], seenSignal: Uint8Array) {
    const a = this.automaton;
    const first = a.stateAt(state);
    if (this.signalsDone[first] === this.scans) return;
    const { outLink } = a;
    const { ownStart, ownList, length, owner: ownerOf, flags: flagsOf } = this.tables;
    const signalCount = this.signalCount;
    /** A signal word among the outputs that is still to be seen in this scan (its hit here failed its checks). */
    let signalLeft = false;
    for (let u = first; u > 0; u = outLink[u]) {
      for (let k = at(ownStart, u), stop = at(ownStart, u + 1); k < stop; k++) {
        const r = at(ownList, k);
        const owner = at(ownerOf, r) - signalCount;
        if (owner < 0 && seenSignal[-owner - 1]) continue; // the context rule counts each signal once
        const start = this.startOf(text, end, at(length, r));
        if (start < 0 || !this.accepts(text, start, end, r)) {
          if (owner < 0) signalLeft = true;
          continue;
        }
        if (owner < 0) {
          seenSignal[-owner - 1] = 1;
          signals.push({ signal: -owner - 1, start, end });
          continue;
        }
        // Keep candidates sorted as scan() promises (start asc, longest first, then by rank). Hits come in
        // order of their end, so this insertion moves back a step or two at most, and mostly not at all.
        let j = 3 * found.count;
        let list = found.list;
        if (j === list.length) {
          // Full: double its room, keeping what it holds.
          list = new Int32Array(2 * j);
          list.set(found.list);
          found.list = list;
        }
        const order = rank(at(flagsOf, r));
        for (; j > 0; j -= 3) {
          const before = list[j - 3];
          const beforeEnd = list[j - 2];
          if (
            before < start ||
            (before === start && (beforeEnd > end || (beforeEnd === end && rank(at(flagsOf, list[j - 1])) <= order)))
          )
            break;
          list[j] = before;
          list[j + 1] = beforeEnd;
          list[j + 2] = list[j - 1];
        }
        list[j] = start;
        list[j + 1] = end;
        list[j + 2] = r;
        found.count++;
      }
    }
    if (!signalLeft && a.conceptOut[first] === 0) this.signalsDone[first] = this.scans;
  }

  /** A span longer than its key holds separator runs or ignorables: separators only where the alias allows. */
  private separatorsAllowed(text: string, start: number, end: number, r: number): boolean {
    const { sepStart, sepList } = this.tables;
    const firstSep = at(sepStart, r);
    const stopSep = at(sepStart, r + 1);
    const { classOf } = this.automaton;
    let keyPos = 0;
    let inSep = false;
    for (let i = start; i < end; i++) {
      const cl = classOf[text.charCodeAt(i)];
      if (cl === CLASS_IGNORE) continue;
      if (cl === CLASS_SEP) {
        if (!inSep) {
          let k = firstSep;
          while (k < stopSep && at(sepList, k) !== keyPos) k++;
          if (k === stopSep) return false;
        }
        inSep = true;
        continue;
      }
      inSep = false;
      keyPos++;
    }
    return true;
  }

  /**
   * Case-sensitive aliases: every ASCII letter of the original span (after
   * full-width folding; separators skipped) must have the alias's case; the
   * plural "s" must be lower case. Other characters already matched through
   * their class.
   */
  private sameCase(text: string, start: number, end: number, r: number): boolean {
    const { exact, exactStart } = this.tables;
    const from = at(exactStart, r);
    const exactLength = at(exactStart, r + 1) - from;
    const { classOf } = this.automaton;
    let j = 0;
    for (let i = start; i < end; i++) {
      const cl = classOf[text.charCodeAt(i)];
      if (cl === CLASS_SEP || cl === CLASS_IGNORE) continue;
      const c = halfWidthUnit(text.charCodeAt(i));
      if (j < exactLength) {
        if (c !== exact.charCodeAt(from + j) && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return false;
      } else if (c !== 0x73) return false; // the plural "s"
      j++;
    }
    return true;
  }
}
