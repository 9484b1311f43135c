/**
 * The one-pass matcher: every alias of every concept (and the context signal
 * words) compiled into ONE Aho–Corasick automaton, scanned once over the
 * text. Folding happens inline: a 64 Ki table
 * sends each UTF-16 code unit to the class of its folded form, so offsets are
 * the original text's, exact to the code unit.
 */
import type { AliasTable } from '@/lib/data-types';
import {
  halfWidthUnit,
  IGNORABLE_UNITS,
  isIgnorableUnit,
  isSeparatorUnit,
  isWordAt,
  isWordBefore,
  SEPARATOR_UNITS,
} from './fold';
import { aliasKeys } from './variants';
import { ContextTracker, SIGNAL_WORDS, type SignalHit } from './context';
import { selectInto } from './select';

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
   * degeneration" for AMD); set by rules.ts, read by ContextTracker.
   */
  decides?: true;
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
  /**
   * scan() plus the context signals found in the same pass (feed a
   * ContextTracker): the first hit of each signal word in this text.
   */
  scanWithSignals(text: string): ScanResult;
  /** Whether this text on its own reads as an AI/ML-systems document (context.ts). */
  isAiContext(text: string): boolean;
}

/** Character classes: 0 = in no key, 1 = separator, 2 = ignorable, 4.. = key characters. */
const CLASS_OTHER = 0;
const CLASS_SEP = 1;
const CLASS_IGNORE = 2;
/** A row slot that is not a class: the state's own id (for the Chinese hash). */
const SLOT_ID = 3;
const FIRST_KEY_CLASS = 4;
const FLAG_START = 1;
const FLAG_END = 2;
const FLAG_CASE = 4;
const FLAG_AI_ONLY = 8;
const FLAG_PLURAL = 16;
/** A blocking phrase (notAliases): wins like a longer match, then is dropped (select.ts). */
const FLAG_BLOCK = 32;

interface PendingRecord {
  key: string;
  /** >= 0: concept index; < 0: -(signal index) - 1. */
  owner: number;
  flags: number;
  /** For case-sensitive aliases: the alias's characters as written (half-width, no separators). */
  exact: string;
  /** Key positions where a separator run may stand. */
  seps: number[];
}

/** Candidate order: start asc, end desc, then blocking phrases, then unambiguous aliases. */
function precedes(a: Match, b: Match): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  if (a.blocked !== b.blocked) return a.blocked === true;
  return !a.aiOnly && b.aiOnly;
}

/**
 * Compiles the alias table (plus the context signal words) into a matcher.
 * Run once per table; the content script keeps the result for the page's life.
 */
export function compileMatcher(table: AliasTable): Matcher {
  const hantToHans = table.hantToHans ?? {};
  const records: PendingRecord[] = [];
  const byKey = new Map<string, PendingRecord>();
  const add = (key: string, owner: number, flags: number, exact: string, seps: number[]) => {
    // Spellings that fold to one key ("Flash Attention", "FlashAttention") share a record.
    const sig = `${key}\u0000${owner}\u0000${flags}\u0000${exact}`;
    let r = byKey.get(sig);
    if (!r) {
      r = { key, owner, flags, exact, seps };
      byKey.set(sig, r);
      records.push(r);
    } else {
      for (let i = 0; i < seps.length; i++) if (!r.seps.includes(seps[i])) r.seps = r.seps.concat(seps[i]);
    }
  };
  const addAlias = (text: string, owner: number, caseSensitive: boolean, aiOnly: boolean, blocks = false) => {
    const exact = caseSensitive ? exactForm(text, hantToHans) : '';
    for (const k of aliasKeys(text, hantToHans)) {
      let flags = (k.boundaryStart ? FLAG_START : 0) | (k.boundaryEnd ? FLAG_END : 0);
      if (caseSensitive) flags |= FLAG_CASE;
      // A blocking phrase blocks on every page, so it is never aiOnly.
      if (blocks) flags |= FLAG_BLOCK;
      else if (aiOnly) flags |= FLAG_AI_ONLY;
      if (k.plural) flags |= FLAG_PLURAL;
      add(k.key, owner, flags, exact, k.seps);
    }
  };
  table.concepts.forEach((concept, ci) => {
    for (const alias of concept.aliases) addAlias(alias.text, ci, alias.caseSensitive === true, alias.aiOnly === true);
    for (const alias of concept.notAliases ?? []) addAlias(alias.text, ci, alias.caseSensitive === true, false, true);
  });
  SIGNAL_WORDS.forEach((s, si) => {
    for (const text of s.forms) addAlias(text, -si - 1, s.caseSensitive === true, false);
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

/**
 * The compiled automaton (Aho–Corasick), in two parts by character class:
 * - "dense" classes: "other" (0), separator (1), ignorable (2) and every key
 *   character below U+2E80 (Latin letters, digits, punctuation; ~40) have a
 *   full DFA table with premultiplied row offsets, so an English character
 *   costs one table read and no branch: "other" goes to the root, a
 *   separator to the state that allows one, an ignorable stays;
 * - Chinese/Japanese classes (a few hundred): from the root, one read of the
 *   root's row; from another state, one probe of an open-addressing hash that
 *   holds the DFA transitions differing from the root's (a state's own
 *   Chinese edges plus those inherited along its failure link).
 * This keeps the tables under a megabyte and compiling linear.
 *
 * Separators are not in the keys. A separator run leads from state u to a
 * "virtual" copy of the longest suffix state that allows a separator there
 * (or to the root); the virtual state's row continues only keys that allow
 * it. Every hit is then verified against its record's allowed separator
 * places, boundaries and (for case-sensitive aliases) case.
 */
class CompiledMatcher implements Matcher {
  /** Code unit -> character class (see above). */
  private readonly classOf: Uint16Array;
  /** Classes below this are dense; the rest are Chinese/Japanese. */
  private readonly denseClasses: number;
  /** Row offset of the next state = dense[rowOffset + class]. */
  private readonly dense: Uint32Array;
  /** Row offsets >= this have outputs (states are renumbered so). */
  private readonly firstOutputOffset: number;
  /** Trie edges on Chinese classes: open addressing, key = (state id << 12 | class) + 1 (0 = empty), value = row offset. */
  private readonly edgeKeys: Int32Array;
  private readonly edgeNext: Uint32Array;
  private readonly edgeMask: number;
  /** The root's transitions on every class, as row offsets. */
  private readonly rootOffsets: Uint32Array;
  private readonly firstOutputState: number;
  /** CSR: outputs of state s are outList[outStart[s - first] .. outStart[s - first + 1]). */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  private readonly recOwner: Int32Array;
  private readonly recLength: Uint16Array;
  private readonly recFlags: Uint8Array;
  private readonly recExact: string[];
  private readonly recSeps: number[][];

  constructor(
    private readonly conceptIds: string[],
    records: PendingRecord[],
    hantToHans: Record<string, string>,
  ) {
    // Typed arrays and one open-addressing hash throughout: this runs cold in
    // every page's content script, where Maps and small arrays cost milliseconds.
    let totalChars = 0;
    let maxLen = 0;
    for (const r of records) {
      totalChars += r.key.length;
      if (r.key.length > maxLen) maxLen = r.key.length;
    }
    const maxStates = totalChars + 1;

    // 1. Alphabet: dense key characters first (3..L-1), then Chinese/Japanese ones.
    const classOf = new Uint16Array(0x10000);
    const seen = new Uint8Array(0x10000);
    const keyChars: number[] = [];
    for (const r of records) {
      for (let i = 0; i < r.key.length; i++) {
        const c = r.key.charCodeAt(i);
        if (!seen[c]) {
          seen[c] = 1;
          keyChars.push(c);
        }
      }
    }
    keyChars.sort((x, y) => x - y);
    let nextClass = FIRST_KEY_CLASS;
    for (const c of keyChars) classOf[c] = nextClass++;
    let L = FIRST_KEY_CLASS;
    while (L - FIRST_KEY_CLASS < keyChars.length && keyChars[L - FIRST_KEY_CLASS] < 0x2e80) L++;
    const C = nextClass;
    if (C >= 0x1000) throw new Error('matcher: more than 4093 distinct alias characters');
    this.denseClasses = L;
    // Case and width variants of key characters (keys are folded: lower case, half-width).
    for (const c of keyChars) {
      const cl = classOf[c];
      if (c < 0x80) {
        if (c >= 0x61 && c <= 0x7a) classOf[c - 32] = cl; // A-Z
        if (c > 0x20) classOf[c + 0xfee0] = cl; // full-width ＭｏＥ, ４
        if (c >= 0x61 && c <= 0x7a) classOf[c - 32 + 0xfee0] = cl;
      } else if (c < 0x2e80) {
        const up = String.fromCharCode(c).toUpperCase();
        if (up.length === 1 && !seen[up.charCodeAt(0)]) classOf[up.charCodeAt(0)] = cl;
      }
    }
    // Traditional characters fold to the Simplified one in a key.
    for (const hant in hantToHans) {
      const hans = hantToHans[hant];
      if (hant.length !== 1 || hans.length !== 1) continue;
      const h = hans.charCodeAt(0);
      if (seen[h]) classOf[hant.charCodeAt(0)] = classOf[h];
    }
    for (const u of SEPARATOR_UNITS) classOf[u] = CLASS_SEP;
    for (const u of IGNORABLE_UNITS) classOf[u] = CLASS_IGNORE;
    this.classOf = classOf;

    // 2. Trie: children as linked lists; Chinese edges also in a hash keyed (state << 12 | class) + 1.
    let hashSize = 16;
    while (hashSize < maxStates * 2) hashSize <<= 1;
    const hashMask = hashSize - 1;
    const edgeKey = new Int32Array(hashSize);
    const edgeTo = new Int32Array(hashSize);
    const firstChild = new Int32Array(maxStates).fill(-1);
    const nextSibling = new Int32Array(maxStates).fill(-1);
    const edgeClass = new Uint16Array(maxStates);
    const depth = new Uint16Array(maxStates);
    const sepOk = new Uint8Array(maxStates);
    const ownHead = new Int32Array(maxStates).fill(-1);
    const ownNext = new Int32Array(records.length);
    const recLength = new Uint16Array(records.length);
    // Insert keys in sorted order: a key shares its whole common prefix with the
    // key before it, so only the rest needs new states (no lookups).
    // (The default sort on "key\0index" strings: no comparator calls, which cost when cold.)
    const sortedRecords = records
      .map((r, ri) => `${r.key}\u0000${ri}`)
      .sort()
      .map((tagged) => Number(tagged.slice(tagged.lastIndexOf('\u0000') + 1)));
    const path = new Int32Array(maxLen + 1); // states along the previous key
    let prevKey = '';
    let n = 1;
    for (const ri of sortedRecords) {
      const r = records[ri];
      const key = r.key;
      let shared = 0;
      while (shared < key.length && shared < prevKey.length && key.charCodeAt(shared) === prevKey.charCodeAt(shared))
        shared++;
      let st = path[shared];
      for (let i = shared; i < key.length; i++) {
        const cl = classOf[key.charCodeAt(i)];
        const to = n++;
        if (cl >= L) {
          // Only Chinese edges are looked up by (state, class) later; dense ones live in rows.
          const edge = ((st << 12) | cl) + 1;
          let h = Math.imul(edge, 0x9e3779b1) >>> 0;
          while (edgeKey[h & hashMask] !== 0) h++;
          edgeKey[h & hashMask] = edge;
          edgeTo[h & hashMask] = to;
        }
        depth[to] = i + 1;
        edgeClass[to] = cl;
        nextSibling[to] = firstChild[st];
        firstChild[st] = to;
        st = to;
        path[i + 1] = to;
      }
      st = path[key.length];
      for (let k = 0; k < r.seps.length; k++) sepOk[path[r.seps[k]]] = 1;
      ownNext[ri] = ownHead[st];
      ownHead[st] = ri;
      recLength[ri] = key.length;
      prevKey = key;
    }

    // 3. Breadth-first order, failure links, output links, separator links (trie ids).
    const fail = new Int32Array(n);
    const hasOut = new Uint8Array(n);
    const outLink = new Int32Array(n); // nearest proper suffix state with its own outputs (0: none)
    const sepState = new Int32Array(n);
    const sepFail = new Int32Array(n);
    const order = new Int32Array(n);
    // The DFA rows for the dense classes in trie ids, built along: a child's
    // failure link on a dense class is then one read of its parent's failure row.
    const trieRows = new Uint16Array(n * L);
    let tail = 1;
    for (let qi = 0; qi < n; qi++) {
      const st = order[qi];
      const f = fail[st];
      if (st !== 0) {
        outLink[st] = ownHead[f] >= 0 ? f : outLink[f];
        hasOut[st] = ownHead[st] >= 0 || hasOut[f] ? 1 : 0;
        sepFail[st] = sepOk[f] ? f : sepFail[f];
        sepState[st] = sepOk[st] ? st : sepState[f];
        trieRows.copyWithin(st * L, f * L, f * L + L);
      }
      for (let child = firstChild[st]; child !== -1; child = nextSibling[child]) {
        const cl = edgeClass[child];
        let failTo = 0;
        if (st === 0) {
          // Depth 1: the failure link is the root.
        } else if (cl < L) {
          failTo = trieRows[f * L + cl];
        } else {
          // Aho–Corasick on a Chinese class: the longest proper suffix that the trie continues.
          for (let u = f; ; u = fail[u]) {
            const key = ((u << 12) | cl) + 1;
            let h = Math.imul(key, 0x9e3779b1) >>> 0;
            let k = edgeKey[h & hashMask];
            while (k !== key && k !== 0) k = edgeKey[++h & hashMask];
            if (k === key) {
              failTo = edgeTo[h & hashMask];
              break;
            }
            if (u === 0) break;
          }
        }
        fail[child] = failTo;
        order[tail++] = child;
      }
      for (let child = firstChild[st]; child !== -1; child = nextSibling[child]) {
        if (edgeClass[child] < L) trieRows[st * L + edgeClass[child]] = child;
      }
    }

    // 4. Ids: states without outputs, then virtual after-separator states, then states with outputs.
    const newId = new Uint32Array(n);
    let next = 0;
    for (let qi = 0; qi < n; qi++) if (!hasOut[order[qi]]) newId[order[qi]] = next++;
    const firstVirtual = next;
    const virtualOf = new Uint32Array(n); // trie id -> virtual id
    const realOfVirtual: number[] = [];
    for (let qi = 0; qi < n; qi++) {
      const st = order[qi];
      if (sepOk[st]) {
        virtualOf[st] = next++;
        realOfVirtual.push(st);
      }
    }
    const firstOutputState = next;
    for (let qi = 0; qi < n; qi++) if (hasOut[order[qi]]) newId[order[qi]] = next++;
    const total = next;
    if (total >= 0xffff) throw new Error(`matcher: ${total} states is more than the 16-bit tables hold`);

    // 5. Dense rows (premultiplied offsets), real states in BFS order so a fail row is ready first.
    const dense = new Uint32Array(total * L);
    const rootRow = new Uint16Array(C);
    for (let child = firstChild[0]; child !== -1; child = nextSibling[child]) rootRow[edgeClass[child]] = newId[child];
    for (let c = FIRST_KEY_CLASS; c < L; c++) dense[c] = rootRow[c] * L;
    for (let qi = 1; qi < n; qi++) {
      const st = order[qi];
      const row = newId[st] * L;
      const frow = newId[fail[st]] * L;
      dense.copyWithin(row, frow, frow + L);
      for (let child = firstChild[st]; child !== -1; child = nextSibling[child]) {
        if (edgeClass[child] < L) dense[row + edgeClass[child]] = newId[child] * L;
      }
    }
    for (let qi = 0; qi < n; qi++) {
      const st = order[qi];
      const row = newId[st] * L;
      dense[row + CLASS_OTHER] = 0;
      dense[row + CLASS_SEP] = sepState[st] === 0 ? 0 : virtualOf[sepState[st]] * L;
      dense[row + CLASS_IGNORE] = row;
      dense[row + SLOT_ID] = newId[st];
    }
    // A virtual state continues only keys that allow a separator at that point:
    // from its state or a shorter suffix state that allows one too; else from the root.
    for (let k = 0; k < realOfVirtual.length; k++) {
      const row = (firstVirtual + k) * L;
      dense.copyWithin(row, 0, L); // the root's row, then the chain's own edges (longest state first wins)
      for (let u = realOfVirtual[k]; u !== 0; u = sepFail[u]) {
        for (let child = firstChild[u]; child !== -1; child = nextSibling[child]) {
          const c = edgeClass[child];
          if (c < L && dense[row + c] === dense[c]) dense[row + c] = newId[child] * L;
        }
      }
      dense[row + CLASS_OTHER] = 0;
      dense[row + CLASS_SEP] = row;
      dense[row + CLASS_IGNORE] = row;
      dense[row + SLOT_ID] = firstVirtual + k;
    }
    this.dense = dense;
    this.firstOutputOffset = firstOutputState * L;

    // 6. Chinese classes: the DFA's transitions that differ from the root's,
    //    in an open-addressing hash keyed by (state id, class), valued by row
    //    offsets, so a Chinese character costs one probe. A state's entries are
    //    its own Chinese edges plus its failure state's entries (shared, not
    //    copied, when it has no Chinese edge of its own). A virtual state gets
    //    the Chinese edges of the first state on its separator chain that has
    //    them (no failure fallback but the root).
    const rows: number[][] = new Array(n); // flat [class, to trie id, ...]
    rows[0] = [];
    for (let qi = 1; qi < n; qi++) {
      const st = order[qi];
      const inherited = rows[fail[st]];
      let own: number[] | null = null;
      for (let child = firstChild[st]; child !== -1; child = nextSibling[child]) {
        if (edgeClass[child] < L) continue;
        own ??= [];
        own.push(edgeClass[child], child);
      }
      if (!own) {
        rows[st] = inherited;
        continue;
      }
      for (let j = 0; j < inherited.length; j += 2) {
        let overridden = false;
        for (let m = 0; m < own.length; m += 2) if (own[m] === inherited[j]) overridden = true;
        if (!overridden) own.push(inherited[j], inherited[j + 1]);
      }
      rows[st] = own;
    }
    const chinese: number[] = []; // flat [from id, class, to id, ...]
    for (let st = 1; st < n; st++) {
      const row = rows[st];
      for (let j = 0; j < row.length; j += 2) chinese.push(newId[st], row[j], newId[row[j + 1]]);
    }
    realOfVirtual.forEach((st, k) => {
      const taken = new Set<number>();
      for (let u = st; u !== 0; u = sepFail[u]) {
        for (let child = firstChild[u]; child !== -1; child = nextSibling[child]) {
          const cl = edgeClass[child];
          if (cl >= L && !taken.has(cl)) {
            taken.add(cl);
            chinese.push(firstVirtual + k, cl, newId[child]);
          }
        }
      }
    });
    let size = 16;
    while (size < (chinese.length / 3) * 2) size <<= 1;
    const edgeKeys = new Int32Array(size);
    const edgeNext = new Uint32Array(size);
    for (let j = 0; j < chinese.length; j += 3) {
      const from = chinese[j];
      const cl = chinese[j + 1];
      const to = chinese[j + 2];
      const key = ((from << 12) | cl) + 1;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0;
      while (edgeKeys[slot & (size - 1)] !== 0) slot++;
      edgeKeys[slot & (size - 1)] = key;
      edgeNext[slot & (size - 1)] = to * L;
    }
    this.edgeKeys = edgeKeys;
    this.edgeNext = edgeNext;
    this.edgeMask = size - 1;
    this.rootOffsets = Uint32Array.from(rootRow, (id) => id * L);

    this.firstOutputState = firstOutputState;
    const outStart = new Uint32Array(total - firstOutputState + 1);
    const outFlat: number[] = [];
    const byId = new Uint32Array(total);
    for (let st = 0; st < n; st++) byId[newId[st]] = st;
    for (let id = firstOutputState; id < total; id++) {
      outStart[id - firstOutputState] = outFlat.length;
      for (let u = byId[id]; u !== 0; u = outLink[u]) {
        for (let r = ownHead[u]; r >= 0; r = ownNext[r]) outFlat.push(r);
      }
    }
    outStart[total - firstOutputState] = outFlat.length;
    this.outStart = outStart;
    this.outList = Uint32Array.from(outFlat);
    this.recOwner = Int32Array.from(records, (r) => r.owner);
    this.recLength = recLength;
    this.recFlags = Uint8Array.from(records, (r) => r.flags);
    this.recExact = records.map((r) => r.exact);
    this.recSeps = records.map((r) => r.seps);
  }

  scanWithSignals(text: string): ScanResult {
    const candidates: Match[] = [];
    const signals: SignalHit[] = [];
    const seenSignal = new Uint8Array(SIGNAL_WORDS.length);
    const { classOf, dense, denseClasses: L, firstOutputOffset, edgeKeys, edgeNext, edgeMask, rootOffsets } = this;
    const len = text.length;
    let s = 0;
    let i = 0;
    for (;;) {
      // The hot loop makes no calls and has one branch, so V8 keeps the typed
      // arrays' and the string's internals in registers; it leaves for a
      // Chinese/Japanese key character or a state with outputs.
      let cl = 0;
      for (; i < len; i++) {
        cl = classOf[text.charCodeAt(i)];
        if (cl >= L) break;
        s = dense[s + cl];
        if (s >= firstOutputOffset) break;
      }
      if (i >= len) break;
      if (cl >= L) {
        // Chinese classes: the state's own transition if it differs from the root's.
        if (s !== 0) {
          const key = ((dense[s + SLOT_ID] << 12) | cl) + 1;
          let h = Math.imul(key, 0x9e3779b1) >>> 0;
          let k = edgeKeys[h & edgeMask];
          while (k !== key && k !== 0) k = edgeKeys[++h & edgeMask];
          s = k === key ? edgeNext[h & edgeMask] : rootOffsets[cl];
        } else s = rootOffsets[cl];
      }
      if (s >= firstOutputOffset) this.emit(text, s, i + 1, candidates, signals, seenSignal);
      i++;
    }
    return { candidates, signals };
  }

  private emit(
    text: string,
    offset: number,
    end: number,
    candidates: Match[],
    signals: SignalHit[],
    seenSignal: Uint8Array,
  ) {
    const o = ((offset / this.denseClasses) | 0) - this.firstOutputState;
    for (let k = this.outStart[o], stop = this.outStart[o + 1]; k < stop; k++) {
      const r = this.outList[k];
      const owner = this.recOwner[r];
      if (owner < 0 && seenSignal[-owner - 1]) continue; // the context rule counts each signal once
      const length = this.recLength[r];
      // Walk back over `length` key characters (separators and ignorables in between don't count).
      let start = end;
      for (let left = length; left > 0; ) {
        const cl = this.classOf[text.charCodeAt(--start)];
        if (cl !== CLASS_SEP && cl !== CLASS_IGNORE) left--;
      }
      const flags = this.recFlags[r];
      if (end - start !== length && !this.separatorsAllowed(text, start, end, r)) continue;
      if (flags & FLAG_START && isWordBefore(text, start)) continue;
      if (flags & FLAG_END && isWordAt(text, end)) continue;
      if (flags & FLAG_CASE && !this.sameCase(text, start, end, r)) continue;
      if (owner < 0) {
        seenSignal[-owner - 1] = 1;
        signals.push({ signal: -owner - 1, start, end });
        continue;
      }
      const match: Match = { conceptId: this.conceptIds[owner], start, end, aiOnly: (flags & FLAG_AI_ONLY) !== 0 };
      if (flags & FLAG_BLOCK) match.blocked = true;
      // Keep candidates sorted as scan() promises (start asc, longest first,
      // blocking phrases then unambiguous ones first on ties). Hits come in
      // order of their end, so this insertion moves back a step or two at most.
      let j = candidates.length;
      candidates.push(match);
      while (j > 0 && precedes(match, candidates[j - 1])) {
        candidates[j] = candidates[j - 1];
        j--;
      }
      candidates[j] = match;
    }
  }

  /** A span longer than its key holds separator runs or ignorables: separators only where the alias allows. */
  private separatorsAllowed(text: string, start: number, end: number, r: number): boolean {
    const seps = this.recSeps[r];
    let keyPos = 0;
    let inSep = false;
    for (let i = start; i < end; i++) {
      const cl = this.classOf[text.charCodeAt(i)];
      if (cl === CLASS_IGNORE) continue;
      if (cl === CLASS_SEP) {
        if (!inSep && !seps.includes(keyPos)) return false;
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
    const exact = this.recExact[r];
    const { classOf } = this;
    let j = 0;
    for (let i = start; i < end; i++) {
      const cl = classOf[text.charCodeAt(i)];
      if (cl === CLASS_SEP || cl === CLASS_IGNORE) continue;
      const c = halfWidthUnit(text.charCodeAt(i));
      if (j < exact.length) {
        if (c !== exact.charCodeAt(j) && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return false;
      } else if (c !== 0x73) return false; // the plural "s"
      j++;
    }
    return true;
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
    return selectInto(result.candidates, ai, result.candidates);
  }
}
