/**
 * The one-pass matcher: every alias of every concept (and the context signal
 * words) compiled into ONE Aho–Corasick automaton with a dense transition
 * table, scanned once over the text. Folding happens inline: a 64 Ki table
 * sends each UTF-16 code unit to the class of its folded form, so offsets are
 * the original text's, exact to the code unit.
 */
import type { AliasTable } from '../data-types';
import { halfWidthUnit, isIgnorableUnit, isSeparatorUnit, isWordAt, isWordBefore } from './fold';
import { aliasKeys, SEP } from './variants';
import { ContextTracker, SIGNAL_WORDS, type SignalHit } from './context';
import { selectMatches } from './select';

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
}

/** A slice's raw findings: concept candidates and context signals, from the same pass. */
export interface ScanResult {
  candidates: Match[];
  signals: SignalHit[];
}

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
  /** scan() plus the context signals found in the same pass (feed a ContextTracker). */
  scanWithSignals(text: string): ScanResult;
  /** Whether this text on its own reads as an AI/ML-systems document (context.ts). */
  isAiContext(text: string): boolean;
}

const CLASS_SEP = 1;
const CLASS_IGNORE = 0xffff;
const FLAG_START = 1;
const FLAG_END = 2;
const FLAG_CASE = 4;
const FLAG_AI_ONLY = 8;
const FLAG_PLURAL = 16;
const FLAG_BLOCK = 32;

interface PendingRecord {
  key: string;
  /** >= 0: concept index; < 0: -(signal index) - 1. */
  owner: number;
  flags: number;
  /** For case-sensitive aliases: the alias's characters as written (half-width, no separators). */
  exact: string;
}

/**
 * Compiles the alias table (plus the context signal words) into a matcher.
 * Run once per table; the content script keeps the result for the page's life.
 */
export function compileMatcher(table: AliasTable): Matcher {
  const hantToHans = table.hantToHans ?? {};
  const records: PendingRecord[] = [];
  const seen = new Set<string>();
  const add = (r: PendingRecord) => {
    const sig = `${r.key}\u0000${r.owner}\u0000${r.flags}\u0000${r.exact}`;
    if (!seen.has(sig)) {
      seen.add(sig);
      records.push(r);
    }
  };
  table.concepts.forEach((concept, ci) => {
    const blockers = (concept.notAliases ?? []).map((alias) => ({ alias, blocks: true }));
    for (const { alias, blocks } of [...concept.aliases.map((alias) => ({ alias, blocks: false })), ...blockers]) {
      const exact = alias.caseSensitive ? exactForm(alias.text, hantToHans) : '';
      for (const k of aliasKeys(alias.text, hantToHans)) {
        let flags = (k.boundaryStart ? FLAG_START : 0) | (k.boundaryEnd ? FLAG_END : 0);
        if (alias.caseSensitive) flags |= FLAG_CASE;
        // A blocking phrase blocks on every page, so it is never aiOnly.
        if (blocks) flags |= FLAG_BLOCK;
        else if (alias.aiOnly) flags |= FLAG_AI_ONLY;
        if (k.plural) flags |= FLAG_PLURAL;
        add({ key: k.key, owner: ci, flags, exact });
      }
    }
  });
  SIGNAL_WORDS.forEach((s, si) => {
    for (const text of s.forms) {
      const caseSensitive = s.caseSensitive === true;
      for (const k of aliasKeys(text, hantToHans)) {
        let flags = (k.boundaryStart ? FLAG_START : 0) | (k.boundaryEnd ? FLAG_END : 0);
        if (caseSensitive) flags |= FLAG_CASE;
        if (k.plural) flags |= FLAG_PLURAL;
        add({ key: k.key, owner: -si - 1, flags, exact: caseSensitive ? exactForm(text, hantToHans) : '' });
      }
    }
  });
  return new CompiledMatcher(
    table.concepts.map((c) => c.id),
    records,
    hantToHans,
  );
}

/** The alias's non-separator characters, half-width, Traditional folded, case kept. */
function exactForm(alias: string, hantToHans: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (isSeparatorUnit(c) || isIgnorableUnit(c)) continue;
    const ch = String.fromCharCode(halfWidthUnit(c));
    out += hantToHans[ch] ?? ch;
  }
  return out;
}

class CompiledMatcher implements Matcher {
  /** Code unit -> character class (0 = in no key, 1 = separator, 0xffff = ignorable). */
  private readonly classOf: Uint16Array;
  private readonly numClasses: number;
  /** Dense transitions: next state = delta[state * numClasses + class]. */
  private readonly delta: Uint16Array | Uint32Array;
  /** States >= firstOutputState have outputs (states are renumbered so). */
  private readonly firstOutputState: number;
  /** CSR: outputs of state s are outList[outStart[s - firstOutputState] .. outStart[s - first + 1]). */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  private readonly recOwner: Int32Array;
  private readonly recLength: Uint16Array;
  private readonly recFlags: Uint8Array;
  private readonly recExact: string[];
  /** Positions of the last consumed symbols, to recover a match's start across collapsed separators. */
  private readonly ring: Int32Array;
  private readonly ringMask: number;

  constructor(
    private readonly conceptIds: string[],
    records: PendingRecord[],
    private readonly hantToHans: Record<string, string>,
  ) {
    // 1. Alphabet: every folded character of every key gets a class >= 2.
    const classOfChar = new Map<number, number>();
    let maxLen = 1;
    for (const r of records) {
      maxLen = Math.max(maxLen, r.key.length);
      for (let i = 0; i < r.key.length; i++) {
        const c = r.key.charCodeAt(i);
        if (c !== 1 && !classOfChar.has(c)) classOfChar.set(c, classOfChar.size + 2);
      }
    }
    const C = classOfChar.size + 2;
    this.numClasses = C;
    const classOf = new Uint16Array(0x10000);
    const set = (unit: number, cls: number) => {
      if (classOf[unit] === 0) classOf[unit] = cls;
    };
    for (const [c, cls] of classOfChar) {
      set(c, cls);
      const ch = String.fromCharCode(c);
      for (const v of [ch.toUpperCase(), ch.toLowerCase()]) {
        if (v.length === 1) set(v.charCodeAt(0), cls);
      }
    }
    // Full-width forms of every ASCII class member (ＭｏＥ, ＧＰＵ, ４).
    for (let u = 0xff01; u <= 0xff5e; u++) {
      const cls = classOf[u - 0xfee0];
      if (cls !== 0) set(u, cls);
    }
    // Traditional characters fold to the Simplified one in a key.
    for (const hant in hantToHans) {
      const hans = hantToHans[hant];
      if (hant.length !== 1 || hans.length !== 1) continue;
      const cls = classOfChar.get(hans.charCodeAt(0));
      if (cls !== undefined) classOf[hant.charCodeAt(0)] = cls;
    }
    for (let u = 0; u < 0x10000; u++) {
      if (isSeparatorUnit(u)) classOf[u] = CLASS_SEP;
      else if (isIgnorableUnit(u)) classOf[u] = CLASS_IGNORE;
    }
    this.classOf = classOf;

    // 2. Trie over class sequences.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    const recLength = new Uint16Array(records.length);
    records.forEach((r, ri) => {
      let s = 0;
      for (let i = 0; i < r.key.length; i++) {
        const code = r.key.charCodeAt(i);
        const cls = code === 1 ? CLASS_SEP : classOfChar.get(code)!;
        let next = children[s].get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[s].set(cls, next);
        }
        s = next;
      }
      own[s].push(ri);
      recLength[ri] = r.key.length;
    });
    const n = children.length;

    // 3. Aho–Corasick failure links, breadth first, into a dense table (old ids).
    const tmp = new Uint32Array(n * C);
    const fail = new Uint32Array(n);
    const outs: number[][] = new Array(n);
    outs[0] = [];
    const queue: number[] = [];
    for (const [cls, child] of children[0]) {
      tmp[cls] = child;
      fail[child] = 0;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const f = fail[s];
      outs[s] = own[s].length ? own[s].concat(outs[f]) : outs[f];
      const row = s * C;
      const frow = f * C;
      for (let cls = 1; cls < C; cls++) tmp[row + cls] = tmp[frow + cls];
      for (const [cls, child] of children[s]) {
        fail[child] = tmp[frow + cls];
        tmp[row + cls] = child;
        queue.push(child);
      }
    }
    // Class 0 (a character in no key) always returns to the root: rows keep 0 there.

    // 4. Renumber: states with outputs last, so the scan tests one comparison.
    const order: number[] = [];
    for (let s = 0; s < n; s++) if (outs[s].length === 0) order.push(s);
    const firstOutputState = order.length;
    for (let s = 0; s < n; s++) if (outs[s].length !== 0) order.push(s);
    const newId = new Uint32Array(n);
    order.forEach((old, i) => (newId[old] = i));
    const delta = n <= 0x10000 ? new Uint16Array(n * C) : new Uint32Array(n * C);
    for (let i = 0; i < n; i++) {
      const orow = order[i] * C;
      const nrow = i * C;
      for (let cls = 1; cls < C; cls++) delta[nrow + cls] = newId[tmp[orow + cls]];
    }
    const outStart = new Uint32Array(n - firstOutputState + 1);
    const outFlat: number[] = [];
    for (let i = firstOutputState; i < n; i++) {
      outStart[i - firstOutputState] = outFlat.length;
      // Longest key first, so a state's candidates come out longest first.
      const list = outs[order[i]].slice().sort((a, b) => recLength[b] - recLength[a] || a - b);
      outFlat.push(...list);
    }
    outStart[n - firstOutputState] = outFlat.length;
    this.delta = delta;
    this.firstOutputState = firstOutputState;
    this.outStart = outStart;
    this.outList = Uint32Array.from(outFlat);
    this.recOwner = Int32Array.from(records, (r) => r.owner);
    this.recLength = recLength;
    this.recFlags = Uint8Array.from(records, (r) => r.flags);
    this.recExact = records.map((r) => r.exact);
    let ringSize = 1;
    while (ringSize < maxLen + 1) ringSize <<= 1;
    this.ring = new Int32Array(ringSize);
    this.ringMask = ringSize - 1;
  }

  scanWithSignals(text: string): ScanResult {
    const candidates: Match[] = [];
    const signals: SignalHit[] = [];
    const { classOf, delta, numClasses: C, firstOutputState, ring, ringMask } = this;
    const len = text.length;
    let s = 0;
    let consumed = 0;
    let prevSep = false;
    for (let i = 0; i < len; i++) {
      const cls = classOf[text.charCodeAt(i)];
      if (cls === 0) {
        s = 0;
        prevSep = false;
        continue;
      }
      if (cls === CLASS_IGNORE) continue;
      if (cls === CLASS_SEP) {
        if (prevSep) continue;
        prevSep = true;
      } else prevSep = false;
      ring[consumed & ringMask] = i;
      consumed++;
      s = delta[s * C + cls];
      if (s >= firstOutputState) this.emit(text, s, i + 1, consumed, candidates, signals);
    }
    if (candidates.length > 1) {
      candidates.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.aiOnly) - Number(b.aiOnly));
    }
    return { candidates, signals };
  }

  private emit(text: string, s: number, end: number, consumed: number, candidates: Match[], signals: SignalHit[]) {
    const o = s - this.firstOutputState;
    for (let k = this.outStart[o], stop = this.outStart[o + 1]; k < stop; k++) {
      const r = this.outList[k];
      const start = this.ring[(consumed - this.recLength[r]) & this.ringMask];
      const flags = this.recFlags[r];
      if (flags & FLAG_START && isWordBefore(text, start)) continue;
      if (flags & FLAG_END && isWordAt(text, end)) continue;
      if (flags & FLAG_CASE && !this.sameCase(text, start, end, r)) continue;
      const owner = this.recOwner[r];
      if (owner >= 0) {
        const match: Match = { conceptId: this.conceptIds[owner], start, end, aiOnly: (flags & FLAG_AI_ONLY) !== 0 };
        if (flags & FLAG_BLOCK) match.blocked = true;
        candidates.push(match);
      } else {
        signals.push({ signal: -owner - 1, start, end });
      }
    }
  }

  /** Case-sensitive aliases: the original span, separators skipped, must spell the alias exactly (+ "s"). */
  private sameCase(text: string, start: number, end: number, r: number): boolean {
    const exact = this.recExact[r];
    let j = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isSeparatorUnit(c) || isIgnorableUnit(c)) continue;
      let ch = String.fromCharCode(halfWidthUnit(c));
      ch = this.hantToHans[ch] ?? ch;
      if (j < exact.length) {
        if (ch !== exact[j]) return false;
      } else if (!(this.recFlags[r] & FLAG_PLURAL) || ch !== 's' || j > exact.length) {
        return false;
      }
      j++;
    }
    return j >= exact.length;
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
    let ai: boolean;
    if (mode === 'auto') {
      const tracker = new ContextTracker();
      tracker.add(result);
      ai = tracker.isAi;
    } else ai = mode === 'ai';
    return selectMatches(result.candidates, ai);
  }
}

export { SEP };
