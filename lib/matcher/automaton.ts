/**
 * The Aho–Corasick automaton over the folded keys of a matcher input, built
 * lazily from the trie the build prepared ({@link MatcherTables}):
 * construction decodes the class table and makes the root's rows, and each
 * state's failure link and transition rows are made the first time the text
 * reaches that state. A page of English news reaches a few hundred of the
 * ~6,000 states; the others are never built. (Built eagerly, the whole
 * automaton took 13-19 ms in every page's content script; built lazily but
 * with the trie made from the keys in the page, 6-10 ms.)
 *
 * Layout, as the scanner (compile.ts) reads it:
 * - `classOf` sends each UTF-16 code unit to its character class: 0 "other",
 *   1 separator, 2 ignorable, then the key characters, Latin ones (below
 *   U+2E80: letters, digits, punctuation) before Chinese/Japanese ones, and
 *   last {@link Automaton.cjkOther}, every other Chinese/Japanese unit.
 * - `rows` holds one row of `L` entries per built state, for the Latin
 *   classes. Slot 3 of a row (never a class) holds where the state's Chinese
 *   row starts in `zh`, minus L, so that `zh[rows[s + 3] + cl]` is the entry
 *   for Chinese class `cl`.
 * - `zh` holds the Chinese rows. Only a state with Chinese children of its
 *   own, a virtual state whose separator chain has some, and the root have one; every other state shares its failure state's,
 *   since its transitions on Chinese classes are its failure state's. Rows 0
 *   and 1 are all UNSET: the row of a state whose Chinese row is not resolved
 *   yet, and of one that would need its own past {@link MAX_ZH_ROWS}.
 * - An entry is the next state's row offset in `rows` (row * L) when that state
 *   has no outputs, its bitwise complement (`~offset`, negative) when it has,
 *   and {@link UNSET} (also negative) while the transition is not built. So the
 *   scanner's inner loop tests one thing per character, `entry < 0`: it leaves
 *   only for a state with outputs or a transition not built yet.
 * - Why two tables (2026-12-02): with no Chinese columns at all, every key
 *   character of Chinese text left the inner loop for a probe of a hash of the
 *   transitions met so far, and Chinese text scanned about twice as slowly as
 *   with a column per class. But one row per state as wide as all the classes
 *   (~370) took 1.5 KB a state: 19 MB of heap on the page-scan benchmark's 5 M
 *   page, which reaches most states. Chinese rows for the states with Chinese
 *   children only keep the speed and the memory. Chinese text stays on the
 *   Chinese side of the loop's one branch (its other characters have a Chinese
 *   class too, `cjkOther`), so the branch is predicted within runs of a script.
 * - Separators are not in the keys. A separator run leads from a state to a
 *   "virtual" copy of the longest suffix state that allows a separator there
 *   (or to the root); the virtual state continues only keys that allow it.
 *   Every hit is then verified against its record (compile.ts).
 */
import { IGNORABLE_UNITS, SEPARATOR_UNITS } from './fold';
import { at, BASE, type MatcherTables } from './tables';

/** Character classes: 0 = in no key, 1 = separator, 2 = ignorable, 4.. = key characters. */
export const CLASS_OTHER = 0;
export const CLASS_SEP = 1;
export const CLASS_IGNORE = 2;
/** A Latin row's slot that is not a class: where the state's Chinese row starts in `zh`, minus L. */
export const SLOT_ZH = 3;
/** A transition not built yet (below every ~offset, so it is negative and no encoded row). */
export const UNSET = -0x80000000;

/** Chinese/Japanese/Korean code units (given cjkOther when in no key): CJK blocks, Hangul, compatibility and full-width forms. */
const CJK_RANGES: readonly [number, number][] = [
  [0x2e80, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];

/**
 * The class table (UTF-16 code unit -> class) from its key entries (tables.ts) and fold.ts's separators and
 * ignorables; with `cjkOther`, the Chinese/Japanese/Korean units in no key get that class instead of 0.
 */
export function decodeClassOf(entries: string, cjkOther = CLASS_OTHER): Uint16Array {
  const classOf = new Uint16Array(0x10000);
  if (cjkOther !== CLASS_OTHER) for (const [from, to] of CJK_RANGES) classOf.fill(cjkOther, from, to + 1);
  let unit = 0;
  for (let i = 0; i < entries.length; i += 2) {
    unit += entries.charCodeAt(i) - BASE;
    classOf[unit] = entries.charCodeAt(i + 1) - BASE;
  }
  for (const u of SEPARATOR_UNITS) classOf[u] = CLASS_SEP;
  for (const u of IGNORABLE_UNITS) classOf[u] = CLASS_IGNORE;
  return classOf;
}

/** Rows each pool starts with (a page without a concept reaches a few dozen states). */
const INITIAL_ROWS = 64;
/**
 * The most Chinese rows (1.3 KB each): past them, a state with Chinese children of its own gets no row, and its
 * Chinese transitions are worked out from the trie each time (a binary search of its children, then its failure
 * state's row). The states Chinese text reaches first are its common ones; the page-scan benchmark's 5 M page,
 * which reaches most states, would otherwise make 584 rows (0.77 MB, 0.95 MB with the pool's slack) and go over
 * its 10 MB heap budget.
 */
export const MAX_ZH_ROWS = 320;

/**
 * `a`, or a copy half as long again when `length` does not fit, but never longer than `cap`. (Doubling left
 * up to half of each pool empty: 1.2 MB of the 2.8 MB the page-scan benchmark's 5 M page made.)
 */
function room(a: Int32Array, length: number, cap: number): Int32Array {
  if (length <= a.length) return a;
  const bigger = new Int32Array(Math.max(length, Math.min(cap, Math.ceil(a.length * 1.5))));
  bigger.set(a);
  return bigger;
}

export class Automaton {
  readonly classOf: Uint16Array;
  /** Classes below this are Latin (columns of `rows`); the others are Chinese/Japanese (columns of `zh`). */
  readonly L: number;
  /** The class of Chinese/Japanese code units in no key (the last class). */
  readonly cjkOther: number;
  /** Width of a Chinese row: the Chinese classes and cjkOther. */
  private readonly C: number;
  /**
   * The Latin rows of the built states, and the Chinese rows. Each is replaced by
   * a bigger copy when full: read them again after any call that may build ({@link next}).
   */
  rows: Int32Array;
  zh: Int32Array;
  /** The trie and the records (tables.ts), read where they are needed. */
  readonly tables: MatcherTables;

  // Per trie state, filled in when the state is built.
  /** Row offset of the state, -1 until built. */
  private readonly rowOf: Int32Array;
  private readonly fail: Int32Array;
  private readonly hasOut: Uint8Array;
  /** Nearest proper suffix state with records of its own (0: none). */
  readonly outLink: Int32Array;
  /**
   * 1 when a concept's record is among the state's outputs (its own records and those down its output links),
   * 0 when they are all signal words: once each of those has been seen in a scan, the scanner's stop there is
   * for nothing (half of the stops on the benchmark's text: "AI", 模型, 推理), and compile.ts skips it.
   */
  readonly conceptOut: Uint8Array;
  /** The state whose virtual copy a separator leads to (0: the root). */
  private readonly sepState: Int32Array;
  /** Nearest proper suffix state that allows a separator (0: none). */
  private readonly sepFail: Int32Array;
  private readonly virtualRowOf: Int32Array;

  /** Per Latin row: its trie state, or -(state) - 1 for a virtual state. */
  private stateOfRow: Int32Array;
  private rowCount = 1;
  /** Per Chinese row: the state whose row it is (as stateOfRow; rows 0 and 1, all UNSET, have none). */
  private zhOwner: Int32Array;
  private zhCount = 3;
  /** The most rows each pool can need: one per state and per virtual state (the Chinese pool: and rows 0-2). */
  private readonly maxRows: number;
  private readonly maxZhRows: number;
  /** Chain stamps for building virtual rows (which classes a longer state already took). */
  private readonly taken: Uint32Array;
  private stamp = 0;

  constructor(tables: MatcherTables) {
    this.tables = tables;
    const L = tables.L;
    this.L = L;
    this.cjkOther = tables.classes;
    this.C = tables.classes + 1 - L;
    // Chinese/Japanese units in no key get a Chinese class of their own, so Chinese text stays on one side of
    // the scanner's branch (punctuation, kana and Hangul too; U+3000 stays a separator).
    this.classOf = decodeClassOf(tables.classOf, this.cjkOther);
    const n = tables.edge.length;
    // Offsets and their complements must stay clear of UNSET (-2^31).
    if ((n + tables.sepStates) * L >= 0x7fffffff) throw new Error(`matcher: ${n} states is more than the rows hold`);
    this.rows = new Int32Array(INITIAL_ROWS * L);
    this.stateOfRow = new Int32Array(INITIAL_ROWS);
    this.zh = new Int32Array(INITIAL_ROWS * this.C);
    this.zhOwner = new Int32Array(INITIAL_ROWS);
    this.rowOf = new Int32Array(n).fill(-1);
    this.fail = new Int32Array(n);
    this.hasOut = new Uint8Array(n);
    this.outLink = new Int32Array(n);
    this.conceptOut = new Uint8Array(n);
    this.sepState = new Int32Array(n);
    this.sepFail = new Int32Array(n);
    this.virtualRowOf = new Int32Array(n).fill(-1);
    this.taken = new Uint32Array(tables.classes);
    // Bounds, not counts: counting the states with Chinese children here cost a cold page about a millisecond.
    this.maxRows = n + tables.sepStates;
    this.maxZhRows = Math.min(3 + n + tables.sepStates, MAX_ZH_ROWS);

    // Chinese rows 0 and 1: all UNSET, for states whose Chinese row is not resolved yet, and for those that
    // would need one of their own past MAX_ZH_ROWS.
    this.zh.fill(UNSET, 0, 2 * this.C);
    // The root: Latin row 0 and Chinese row 2, all zeros (every class leads back to it) but the classes a key
    // starts with, built when met.
    const { rows, zh } = this;
    for (let c = at(tables.childStart, 0), stop = at(tables.childStart, 1); c < stop; c++) {
      const cl = at(tables.edge, c);
      if (cl < L) rows[cl] = UNSET;
      else zh[2 * this.C + cl - L] = UNSET;
    }
    rows[SLOT_ZH] = 2 * this.C - L;
    this.rowOf[0] = 0;
  }

  /** The trie state of the Latin row at `offset` (negative for a virtual state: -(state) - 1). */
  stateAt(offset: number): number {
    return this.stateOfRow[(offset / this.L) | 0];
  }

  /** The entry for trie state `u` (built): its offset, complemented if it has outputs. */
  private entryOf(u: number): number {
    return this.hasOut[u] ? ~this.rowOf[u] : this.rowOf[u];
  }

  /**
   * The transition from the row at `offset` on class `cl`, building what it
   * needs (the entry was UNSET). Returns the entry (see the layout above).
   */
  next(offset: number, cl: number): number {
    if (cl >= this.L) return this.nextChinese(offset, cl);
    if (cl === CLASS_SEP) return this.afterSeparator(offset);
    const s = this.stateAt(offset);
    let to: number;
    if (s < 0) {
      // A virtual state: the child of the first state on its separator chain that has one, else the root's move.
      const child = this.chainChild(-s - 1, cl);
      to = child >= 0 ? this.entryOf(this.build(child)) : this.move(0, cl);
    } else {
      const child = this.childOf(s, cl);
      if (child >= 0) to = this.entryOf(this.build(child));
      else if (s === 0) to = 0;
      else to = this.move(this.rowOf[this.fail[s]], cl);
    }
    this.rows[offset + cl] = to;
    return to;
  }

  /** The entry from the row at `offset` on `cl` (either kind), built if it was not. */
  private move(offset: number, cl: number): number {
    let to: number;
    if (cl < this.L) to = this.rows[offset + cl];
    else {
      // zhBase first, in a statement of its own: making a Chinese row may grow the pool, and `this.zh[...]` in
      // the same expression would read the old, shorter array (undefined past its end: a wrong failure link).
      const base = this.zhBase(offset);
      to = this.zh[base + cl];
    }
    return to === UNSET ? this.next(offset, cl) : to;
  }

  /** The transition on a Chinese class from the row at `offset` (its entry was UNSET, or its Chinese row unresolved). */
  private nextChinese(offset: number, cl: number): number {
    const base = this.zhBase(offset);
    const known = this.zh[base + cl];
    if (known !== UNSET) return known;
    if (cl === this.cjkOther) return 0;
    if (base === this.C - this.L) return this.chineseFromTrie(this.stateAt(offset), cl);
    // The row's owner decides: its child on cl, else its failure state's move (a virtual state: the root's).
    const owner = this.zhOwner[((base + this.L) / this.C) | 0];
    const to = this.chineseFromTrie(owner, cl);
    this.zh[base + cl] = to;
    return to;
  }

  /** The transition of state `s` (as stateOfRow) on Chinese class `cl`: its child, else its failure state's move. */
  private chineseFromTrie(s: number, cl: number): number {
    if (s < 0) {
      // A virtual state: the child of the first state on its separator chain that has one, else the root's move.
      const child = this.chainChild(-s - 1, cl);
      return child >= 0 ? this.entryOf(this.build(child)) : this.move(0, cl);
    }
    const child = this.childOf(s, cl);
    if (child >= 0) return this.entryOf(this.build(child));
    return s === 0 ? 0 : this.move(this.rowOf[this.fail[s]], cl);
  }

  /** Where the Chinese row of the Latin row at `offset` starts, minus L; resolved (and made) if it was not. */
  private zhBase(offset: number): number {
    const known = this.rows[offset + SLOT_ZH];
    if (known !== -this.L) return known;
    const s = this.stateAt(offset);
    let base: number;
    if (s < 0) base = this.virtualZh(-s - 1);
    else if (!this.hasChineseChildren(s)) base = this.zhBase(this.rowOf[this.fail[s]]);
    else {
      // Its failure state's Chinese row with its own Chinese children over it (none past MAX_ZH_ROWS).
      const from = this.zhBase(this.rowOf[this.fail[s]]) + this.L;
      base = this.newZhRow(s, from);
      if (base === this.C - this.L) {
        this.rows[offset + SLOT_ZH] = base;
        return base;
      }
      const { tables } = this;
      for (let child = at(tables.childStart, s), stop = at(tables.childStart, s + 1); child < stop; child++) {
        const c = at(tables.edge, child);
        if (c >= this.L) this.zh[base + c] = this.rowOf[child] >= 0 ? this.entryOf(child) : UNSET;
      }
    }
    this.rows[offset + SLOT_ZH] = base;
    return base;
  }

  /** Whether trie state `u` has a child on a Chinese class (children are in class order: the last says). */
  private hasChineseChildren(u: number): boolean {
    const { childStart, edge } = this.tables;
    const stop = at(childStart, u + 1);
    return stop > at(childStart, u) && at(edge, stop - 1) >= this.L;
  }

  /** A new Chinese row for `owner`, a copy of the one at `from`; returns its start minus L (row 1's when none is left). */
  private newZhRow(owner: number, from: number): number {
    if (this.zhCount >= this.maxZhRows) return this.C - this.L;
    const offset = this.zhCount * this.C;
    this.zhOwner = room(this.zhOwner, this.zhCount + 1, this.maxZhRows);
    this.zhOwner[this.zhCount++] = owner;
    this.zh = room(this.zh, offset + this.C, this.maxZhRows * this.C);
    this.zh.copyWithin(offset, from, from + this.C);
    return offset - this.L;
  }

  /** The Chinese row of the virtual copy of `u`: the root's, with the Chinese children of its separator chain over it. */
  private virtualZh(u: number): number {
    let own = false;
    for (let w = u; w !== 0 && !own; w = this.sepFail[w]) own = this.hasChineseChildren(w);
    const rootBase = this.rows[SLOT_ZH];
    if (!own) return rootBase;
    const base = this.newZhRow(-u - 1, rootBase + this.L);
    if (base === this.C - this.L) return base;
    const { tables } = this;
    const stamp = ++this.stamp;
    for (let w = u; w !== 0; w = this.sepFail[w]) {
      for (let child = at(tables.childStart, w), stop = at(tables.childStart, w + 1); child < stop; child++) {
        const c = at(tables.edge, child);
        if (c >= this.L && this.taken[c] !== stamp) {
          this.taken[c] = stamp;
          this.zh[base + c] = this.rowOf[child] >= 0 ? this.entryOf(child) : UNSET;
        }
      }
    }
    return base;
  }

  /** The transition on a separator from a state whose SEP entry is UNSET: its virtual state (never has outputs). */
  private afterSeparator(offset: number): number {
    const to = this.buildVirtual(this.sepState[this.stateAt(offset)]);
    this.rows[offset + CLASS_SEP] = to;
    return to;
  }

  /** The trie child of `u` on class `cl`, or -1: a binary search of its children, which are in class order. */
  private childOf(u: number, cl: number): number {
    const { childStart, edge } = this.tables;
    let lo = at(childStart, u);
    let hi = at(childStart, u + 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = at(edge, mid);
      if (c === cl) return mid;
      if (c < cl) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The child on `cl` of the first state on `u`'s separator chain (u, sepFail[u], ...) that has one, or -1. */
  private chainChild(u: number, cl: number): number {
    for (let w = u; w !== 0; w = this.sepFail[w]) {
      const child = this.childOf(w, cl);
      if (child >= 0) return child;
    }
    return -1;
  }

  /** A new Latin row for state `s` (as stateOfRow); returns its offset. */
  private newRow(s: number): number {
    const row = this.rowCount++;
    this.stateOfRow = room(this.stateOfRow, row + 1, this.maxRows);
    this.stateOfRow[row] = s;
    this.rows = room(this.rows, (row + 1) * this.L, this.maxRows * this.L);
    return row * this.L;
  }

  /**
   * Builds trie state `u` (and, first, its parent and its failure state):
   * failure link, output and separator links, and its Latin row, a copy of its
   * failure state's with its own children over it (its Chinese row is made
   * when Chinese text first needs it). Returns u.
   */
  private build(u: number): number {
    if (this.rowOf[u] >= 0) return u;
    const t = this.tables;
    const p = at(t.parent, u);
    this.build(p);
    const cl = at(t.edge, u);
    // Aho–Corasick: the failure state is where the parent's failure state goes on the same class.
    let f = 0;
    if (p !== 0) {
      const to = this.move(this.rowOf[this.fail[p]], cl);
      f = this.stateAt(to < 0 ? ~to : to);
    }
    this.build(f);
    this.fail[u] = f;
    const own = at(t.ownStart, u + 1) > at(t.ownStart, u);
    this.hasOut[u] = own || this.hasOut[f] ? 1 : 0;
    this.outLink[u] = at(t.ownStart, f + 1) > at(t.ownStart, f) ? f : this.outLink[f];
    let concept = this.conceptOut[f];
    for (let k = at(t.ownStart, u), stop = at(t.ownStart, u + 1); k < stop && !concept; k++)
      if (at(t.owner, at(t.ownList, k)) >= t.signals) concept = 1; // owners are stored + signals (tables.ts)
    this.conceptOut[u] = concept;
    this.sepFail[u] = at(t.sepOk, f) ? f : this.sepFail[f];
    this.sepState[u] = at(t.sepOk, u) ? u : this.sepState[f];
    const offset = this.newRow(u);
    const { rows, L } = this;
    const fRow = this.rowOf[f];
    rows.copyWithin(offset, fRow, fRow + L);
    for (let child = at(t.childStart, u), stop = at(t.childStart, u + 1); child < stop; child++) {
      const c = at(t.edge, child);
      if (c >= L) break; // children are in class order: the rest are Chinese/Japanese
      rows[offset + c] = this.rowOf[child] >= 0 ? this.entryOf(child) : UNSET;
    }
    rows[offset + CLASS_OTHER] = 0;
    rows[offset + CLASS_SEP] = this.sepState[u] === 0 ? 0 : UNSET;
    rows[offset + CLASS_IGNORE] = this.hasOut[u] ? ~offset : offset;
    // The copied slot is the failure state's Chinese row, which is u's too unless u has Chinese children.
    if (this.hasChineseChildren(u)) rows[offset + SLOT_ZH] = -L;
    this.rowOf[u] = offset;
    return u;
  }

  /**
   * Builds the virtual copy of state `u` (u allows a separator after it): the
   * root's row, then the children of u and of the shorter states on its
   * separator chain, the longest state first. Returns its row offset.
   */
  private buildVirtual(u: number): number {
    const known = this.virtualRowOf[u];
    if (known >= 0) return known;
    this.build(u);
    const { tables } = this;
    const offset = this.newRow(-u - 1);
    const { rows, L } = this;
    rows.copyWithin(offset, 0, L);
    const stamp = ++this.stamp;
    let chinese = false;
    for (let w = u; w !== 0; w = this.sepFail[w]) {
      for (let child = at(tables.childStart, w), stop = at(tables.childStart, w + 1); child < stop; child++) {
        const c = at(tables.edge, child);
        if (c >= L) {
          chinese = true;
          break;
        }
        if (this.taken[c] !== stamp) {
          this.taken[c] = stamp;
          rows[offset + c] = this.rowOf[child] >= 0 ? this.entryOf(child) : UNSET;
        }
      }
    }
    rows[offset + CLASS_OTHER] = 0;
    rows[offset + CLASS_SEP] = offset;
    rows[offset + CLASS_IGNORE] = offset;
    if (chinese) rows[offset + SLOT_ZH] = -L; // its own Chinese row, made when needed (virtualZh)
    this.virtualRowOf[u] = offset;
    return offset;
  }
}
