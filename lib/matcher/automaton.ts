/**
 * The Aho–Corasick automaton over the folded keys of a matcher input, built
 * lazily from the trie the build prepared ({@link MatcherTables}):
 * construction decodes the class table and makes the root's row, and each
 * state's failure link and transition row are made the first time the text
 * reaches that state. A page of English news reaches a few hundred of the
 * ~6,000 states; the others are never built. (Built eagerly, the whole
 * automaton took 13-19 ms in every page's content script; built lazily but
 * with the trie made from the keys in the page, 6-10 ms.)
 *
 * Layout, as the scanner (compile.ts) reads it:
 * - `classOf` sends each UTF-16 code unit to its character class: 0 "other",
 *   1 separator, 2 ignorable, then the key characters (Latin letters, digits,
 *   punctuation and the few hundred Chinese/Japanese characters of the keys).
 * - `rows` holds one row of `W` entries (one per class) per built state, in
 *   the order the states were built; the pool grows as rows are added. Slot 3
 *   of a row (never a class) holds the row's trie state (see {@link stateAt}).
 * - An entry is the next state's row offset (row * W) when that state has no
 *   outputs, its bitwise complement (`~offset`, negative) when it has, and
 *   {@link UNSET} (also negative) while the transition is not built. So the
 *   scanner's inner loop has one test per character, `entry < 0`: it leaves
 *   only for a state with outputs or a transition not built yet.
 * - Every class has a column, the Chinese ones too. (Until 2026-12-02 they had
 *   none and went through a hash of the transitions met so far: every key
 *   character of Chinese text left the inner loop for a probe, and the bench's
 *   Chinese third ran about twice as slowly as with full rows. Rows are built
 *   only for the states the text reaches, so full width costs a page little:
 *   the whole interview, dense with the concepts, reaches 814 states, 1.2 MB
 *   of rows in a pool of 1.5 MB; the 130 pages of the corpus reach 345 (8 to
 *   711), 0.5 MB. The old rows, 45 classes wide, took 1.1 MB for every page.)
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
/** A row slot that is not a class: the row's trie state, or -(state) - 1 for a virtual state. */
export const SLOT_STATE = 3;
/** A transition not built yet (below every ~offset, so it is negative and no encoded row). */
export const UNSET = -0x80000000;

/** The class table (UTF-16 code unit -> class) from its key entries (tables.ts) and fold.ts's separators and ignorables. */
export function decodeClassOf(entries: string): Uint16Array {
  const classOf = new Uint16Array(0x10000);
  let unit = 0;
  for (let i = 0; i < entries.length; i += 2) {
    unit += entries.charCodeAt(i) - BASE;
    classOf[unit] = entries.charCodeAt(i + 1) - BASE;
  }
  for (const u of SEPARATOR_UNITS) classOf[u] = CLASS_SEP;
  for (const u of IGNORABLE_UNITS) classOf[u] = CLASS_IGNORE;
  return classOf;
}

/** Rows the pool starts with (a page without a concept reaches a few dozen states). */
const INITIAL_ROWS = 64;

export class Automaton {
  readonly classOf: Uint16Array;
  /** Row width: the number of classes. */
  readonly W: number;
  /**
   * The rows of the built states. Replaced by a bigger copy when full: read it
   * again after any call that may build ({@link next}).
   */
  rows: Int32Array;
  /** The trie and the records (tables.ts), read where they are needed. */
  readonly tables: MatcherTables;

  // Per trie state, filled in when the state is built.
  /** Row offset of the state, -1 until built. */
  private readonly rowOf: Int32Array;
  private readonly fail: Int32Array;
  private readonly hasOut: Uint8Array;
  /** Nearest proper suffix state with records of its own (0: none). */
  readonly outLink: Int32Array;
  /** The state whose virtual copy a separator leads to (0: the root). */
  private readonly sepState: Int32Array;
  /** Nearest proper suffix state that allows a separator (0: none). */
  private readonly sepFail: Int32Array;
  private readonly virtualRowOf: Int32Array;

  private rowCount = 1;
  /** Chain stamps for building virtual rows (which classes a longer state already took). */
  private readonly taken: Uint32Array;
  private stamp = 0;

  constructor(tables: MatcherTables) {
    this.tables = tables;
    const W = tables.classes;
    this.W = W;
    this.classOf = decodeClassOf(tables.classOf);
    const n = tables.edge.length;
    if ((n + tables.sepStates) * W >= 0x7fffffff) throw new Error(`matcher: ${n} states is more than the rows hold`);
    this.rows = new Int32Array(INITIAL_ROWS * W);
    this.rowOf = new Int32Array(n).fill(-1);
    this.fail = new Int32Array(n);
    this.hasOut = new Uint8Array(n);
    this.outLink = new Int32Array(n);
    this.sepState = new Int32Array(n);
    this.sepFail = new Int32Array(n);
    this.virtualRowOf = new Int32Array(n).fill(-1);
    this.taken = new Uint32Array(W);

    // The root: row 0, all zeros (every class leads back to it) but the classes a key starts with, built when met.
    const rows = this.rows;
    for (let c = at(tables.childStart, 0), stop = at(tables.childStart, 1); c < stop; c++) {
      rows[at(tables.edge, c)] = UNSET;
    }
    this.rowOf[0] = 0;
  }

  /** The trie state of the row at `offset` (negative for a virtual state: -(state) - 1). */
  stateAt(offset: number): number {
    return this.rows[offset + SLOT_STATE];
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
    if (cl === CLASS_SEP) return this.afterSeparator(offset);
    const s = this.rows[offset + SLOT_STATE];
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

  /** The entry from the row at `offset` on `cl`, built if it was not. */
  private move(offset: number, cl: number): number {
    const to = this.rows[offset + cl];
    return to === UNSET ? this.next(offset, cl) : to;
  }

  /** The transition on a separator from a state whose SEP entry is UNSET: its virtual state (never has outputs). */
  private afterSeparator(offset: number): number {
    const s = this.rows[offset + SLOT_STATE];
    const to = this.buildVirtual(this.sepState[s]);
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

  /** A new row's offset, growing the pool when it is full. */
  private newRow(): number {
    const offset = this.rowCount++ * this.W;
    if (offset + this.W > this.rows.length) {
      const bigger = new Int32Array(this.rows.length * 2);
      bigger.set(this.rows);
      this.rows = bigger;
    }
    return offset;
  }

  /**
   * Builds trie state `u` (and, first, its parent and its failure state):
   * failure link, output and separator links, and its row, a copy of its
   * failure state's row with its own children over it. Returns u.
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
      f = this.rows[(to < 0 ? ~to : to) + SLOT_STATE];
    }
    this.build(f);
    this.fail[u] = f;
    const own = at(t.ownStart, u + 1) > at(t.ownStart, u);
    this.hasOut[u] = own || this.hasOut[f] ? 1 : 0;
    this.outLink[u] = at(t.ownStart, f + 1) > at(t.ownStart, f) ? f : this.outLink[f];
    this.sepFail[u] = at(t.sepOk, f) ? f : this.sepFail[f];
    this.sepState[u] = at(t.sepOk, u) ? u : this.sepState[f];
    const offset = this.newRow();
    const rows = this.rows;
    const fRow = this.rowOf[f];
    rows.copyWithin(offset, fRow, fRow + this.W);
    for (let child = at(t.childStart, u), stop = at(t.childStart, u + 1); child < stop; child++) {
      rows[offset + at(t.edge, child)] = this.rowOf[child] >= 0 ? this.entryOf(child) : UNSET;
    }
    const self = this.hasOut[u] ? ~offset : offset;
    rows[offset + CLASS_OTHER] = 0;
    rows[offset + CLASS_SEP] = this.sepState[u] === 0 ? 0 : UNSET;
    rows[offset + CLASS_IGNORE] = self;
    rows[offset + SLOT_STATE] = u;
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
    const offset = this.newRow();
    const rows = this.rows;
    rows.copyWithin(offset, 0, this.W);
    const stamp = ++this.stamp;
    for (let w = u; w !== 0; w = this.sepFail[w]) {
      for (let child = at(tables.childStart, w), stop = at(tables.childStart, w + 1); child < stop; child++) {
        const c = at(tables.edge, child);
        if (this.taken[c] !== stamp) {
          this.taken[c] = stamp;
          rows[offset + c] = this.rowOf[child] >= 0 ? this.entryOf(child) : UNSET;
        }
      }
    }
    rows[offset + CLASS_OTHER] = 0;
    rows[offset + CLASS_SEP] = offset;
    rows[offset + CLASS_IGNORE] = offset;
    rows[offset + SLOT_STATE] = -u - 1;
    this.virtualRowOf[u] = offset;
    return offset;
  }
}
