/**
 * The Aho–Corasick automaton over the folded keys of a matcher input, built
 * lazily from the trie the build prepared ({@link MatcherTables}):
 * construction decodes the class table and allocates, and each state's
 * failure link and transition row are made the first time the text reaches
 * that state. A page of English news reaches a few hundred of the ~7,000
 * states; the others are never built. (Built eagerly, the whole automaton
 * took 13-19 ms in every page's content script; built lazily but with the
 * trie made from the keys in the page, 6-10 ms.)
 *
 * Layout, as the scanner (compile.ts) reads it:
 * - `classOf` sends each UTF-16 code unit to its character class: 0 "other",
 *   1 separator, 2 ignorable, then the key characters, dense ones (below
 *   U+2E80: Latin letters, digits, punctuation) before Chinese/Japanese ones.
 * - `dense` holds one row of `L` entries per built state, for the dense
 *   classes; an entry is the next state's row offset (state * L), or
 *   {@link UNSET} where the transition is not known yet. Slot 3 of a row
 *   (never a class) holds the row's number, for the Chinese hash.
 * - States with outputs get rows from the top of the table down, the others
 *   from the bottom up, so "this state has outputs or is not built" is one
 *   comparison: offset >= `firstOutputOffset` (UNSET is above every offset).
 * - Chinese/Japanese classes (a few hundred) have no rows: from the root one
 *   read of `rootNext`, from another state one probe of a hash of the
 *   transitions met so far.
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
/** A row slot that is not a class: the row's own number (for the Chinese hash). */
export const SLOT_ID = 3;
/** A transition not built yet (above every row offset). */
export const UNSET = 0xffffffff;

/** Open addressing on Int32 keys (0 = empty), the one probe every hash here uses. */
function findSlot(keys: Int32Array, mask: number, key: number): number {
  let h = Math.imul(key, 0x9e3779b1) >>> 0;
  for (let k = keys[h & mask]; k !== key && k !== 0; k = keys[++h & mask]);
  return h & mask;
}

/** Hash key of (row number, class): classes take 12 bits. */
const edgeKey = (from: number, cl: number) => ((from << 12) | cl) + 1;

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

export class Automaton {
  readonly classOf: Uint16Array;
  /** Classes below this are dense; the rest are Chinese/Japanese. */
  readonly L: number;
  readonly dense: Uint32Array;
  /** Row offsets at or above this have outputs (or are UNSET). Only goes down, as output rows are built. */
  firstOutputOffset: number;
  /** The trie and the records (tables.ts), read where they are needed. */
  readonly tables: MatcherTables;

  // Per trie state, filled in when the state is built.
  /** Row offset of the state, UNSET until built. */
  private readonly rowOf: Uint32Array;
  private readonly fail: Int32Array;
  private readonly hasOut: Uint8Array;
  /** Nearest proper suffix state with records of its own (0: none). */
  readonly outLink: Int32Array;
  /** The state whose virtual copy a separator leads to (0: the root). */
  private readonly sepState: Int32Array;
  /** Nearest proper suffix state that allows a separator (0: none). */
  private readonly sepFail: Int32Array;
  private readonly virtualRowOf: Uint32Array;

  /** Row number -> trie state, or -(state) - 1 for the virtual copy of a state. */
  private readonly stateOfRow: Int32Array;
  private nextLow = 1;
  private nextHigh: number;
  /** The root's transitions on Chinese classes (row offsets, UNSET until built). */
  private readonly rootNext: Uint32Array;
  /** Transitions on Chinese classes met so far from other states, keyed edgeKey(row, class). */
  private hashKeys: Int32Array;
  private hashNext: Uint32Array;
  private hashSize = 0;
  /** Chain stamps for building virtual rows (which classes a longer state already took). */
  private readonly taken: Uint32Array;
  private stamp = 0;

  constructor(tables: MatcherTables) {
    this.tables = tables;
    const { L, classes } = tables;
    this.L = L;
    this.classOf = decodeClassOf(tables.classOf);
    const n = tables.edge.length;
    // Room for every state and every virtual state; rows are built on demand (an unbuilt row is never read).
    const rows = n + tables.sepStates;
    if (rows * L >= UNSET) throw new Error(`matcher: ${rows} states is more than the tables hold`);
    this.dense = new Uint32Array(rows * L);
    this.stateOfRow = new Int32Array(rows);
    this.nextHigh = rows - 1;
    this.firstOutputOffset = rows * L;
    this.rowOf = new Uint32Array(n).fill(UNSET);
    this.fail = new Int32Array(n);
    this.hasOut = new Uint8Array(n);
    this.outLink = new Int32Array(n);
    this.sepState = new Int32Array(n);
    this.sepFail = new Int32Array(n);
    this.virtualRowOf = new Uint32Array(n).fill(UNSET);
    this.rootNext = new Uint32Array(classes);
    this.hashKeys = new Int32Array(256);
    this.hashNext = new Uint32Array(256);
    this.taken = new Uint32Array(classes);

    // The root: row 0. Classes no key starts with lead back to it; the others are built when met.
    const dense = this.dense;
    for (let c = at(tables.childStart, 0), stop = at(tables.childStart, 1); c < stop; c++) {
      const cl = at(tables.edge, c);
      if (cl < L) dense[cl] = UNSET;
      else this.rootNext[cl] = UNSET;
    }
    this.rowOf[0] = 0;
  }

  /** The trie state of the row at `offset` (negative for a virtual state: -(state) - 1). */
  stateAt(offset: number): number {
    return this.stateOfRow[(offset / this.L) | 0];
  }

  /** The transition from the row at `offset` on dense class `cl`, building what it needs (the entry was UNSET). */
  next(offset: number, cl: number): number {
    if (cl === CLASS_SEP) return this.afterSeparator(offset);
    const row = (offset / this.L) | 0;
    const s = this.stateOfRow[row];
    let to: number;
    if (s < 0) {
      // A virtual state: the child of the first state on its separator chain that has one, else the root's move.
      const child = this.chainChild(-s - 1, cl);
      to = child >= 0 ? this.build(child) : this.next(0, cl);
    } else {
      const child = this.childOf(s, cl);
      if (child >= 0) to = this.build(child);
      else if (s === 0) to = 0;
      else {
        const f = this.rowOf[this.fail[s]];
        to = this.dense[f + cl];
        if (to === UNSET) to = this.next(f, cl);
      }
    }
    this.dense[offset + cl] = to;
    return to;
  }

  /** The transition on a separator from a state whose SEP entry is UNSET: its virtual state. */
  afterSeparator(offset: number): number {
    const s = this.stateOfRow[(offset / this.L) | 0];
    const to = this.buildVirtual(this.sepState[s]);
    this.dense[offset + CLASS_SEP] = to;
    return to;
  }

  /** The transition on a Chinese/Japanese class (no rows for those): a lookup, built on first use. */
  nextChinese(offset: number, cl: number): number {
    if (offset === 0) {
      const to = this.rootNext[cl];
      if (to !== UNSET) return to;
      const built = this.build(this.childOf(0, cl));
      this.rootNext[cl] = built;
      return built;
    }
    const key = edgeKey(this.dense[offset + SLOT_ID], cl);
    const mask = this.hashKeys.length - 1;
    const slot = findSlot(this.hashKeys, mask, key);
    if (this.hashKeys[slot] === key) return this.hashNext[slot];
    const s = this.stateOfRow[(offset / this.L) | 0];
    let to: number;
    if (s < 0) {
      const child = this.chainChild(-s - 1, cl);
      to = child >= 0 ? this.build(child) : this.nextChinese(0, cl);
    } else {
      const child = this.childOf(s, cl);
      to = child >= 0 ? this.build(child) : this.nextChinese(this.rowOf[this.fail[s]], cl);
    }
    this.remember(key, to);
    return to;
  }

  private remember(key: number, to: number): void {
    if ((this.hashSize + 1) * 2 > this.hashKeys.length) {
      const oldKeys = this.hashKeys;
      const oldNext = this.hashNext;
      this.hashKeys = new Int32Array(oldKeys.length * 2);
      this.hashNext = new Uint32Array(oldKeys.length * 2);
      for (let i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] !== 0) {
          const slot = findSlot(this.hashKeys, this.hashKeys.length - 1, oldKeys[i]);
          this.hashKeys[slot] = oldKeys[i];
          this.hashNext[slot] = oldNext[i];
        }
      }
    }
    const slot = findSlot(this.hashKeys, this.hashKeys.length - 1, key);
    this.hashKeys[slot] = key;
    this.hashNext[slot] = to;
    this.hashSize++;
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

  /**
   * Builds trie state `u` (and, first, its parent and its failure state):
   * failure link, output and separator links, and its row, a copy of its
   * failure state's row with its own children over it. Returns its row offset.
   */
  private build(u: number): number {
    const known = this.rowOf[u];
    if (known !== UNSET) return known;
    const t = this.tables;
    const p = at(t.parent, u);
    this.build(p);
    const cl = at(t.edge, u);
    // Aho–Corasick: the failure state is where the parent's failure state goes on the same class.
    let f = 0;
    if (p !== 0) {
      const pf = this.rowOf[this.fail[p]];
      let to: number;
      if (cl < this.L) {
        to = this.dense[pf + cl];
        if (to === UNSET) to = this.next(pf, cl);
      } else to = this.nextChinese(pf, cl);
      f = this.stateOfRow[(to / this.L) | 0];
    }
    const fRow = this.build(f);
    const { L, dense } = this;
    this.fail[u] = f;
    const own = at(t.ownStart, u + 1) > at(t.ownStart, u);
    this.hasOut[u] = own || this.hasOut[f] ? 1 : 0;
    this.outLink[u] = at(t.ownStart, f + 1) > at(t.ownStart, f) ? f : this.outLink[f];
    this.sepFail[u] = at(t.sepOk, f) ? f : this.sepFail[f];
    this.sepState[u] = at(t.sepOk, u) ? u : this.sepState[f];
    const row = this.hasOut[u] ? this.nextHigh-- : this.nextLow++;
    const offset = row * L;
    if (this.hasOut[u] && offset < this.firstOutputOffset) this.firstOutputOffset = offset;
    dense.copyWithin(offset, fRow, fRow + L);
    for (let child = at(t.childStart, u), stop = at(t.childStart, u + 1); child < stop; child++) {
      const c = at(t.edge, child);
      if (c >= L) break; // children are in class order: the rest are Chinese/Japanese
      dense[offset + c] = this.rowOf[child];
    }
    dense[offset + CLASS_OTHER] = 0;
    dense[offset + CLASS_SEP] = this.sepState[u] === 0 ? 0 : UNSET;
    dense[offset + CLASS_IGNORE] = offset;
    dense[offset + SLOT_ID] = row;
    this.stateOfRow[row] = u;
    this.rowOf[u] = offset;
    return offset;
  }

  /**
   * Builds the virtual copy of state `u` (u allows a separator after it): the
   * root's row, then the children of u and of the shorter states on its
   * separator chain, the longest state first.
   */
  private buildVirtual(u: number): number {
    const known = this.virtualRowOf[u];
    if (known !== UNSET) return known;
    this.build(u);
    const { L, dense, tables } = this;
    const row = this.nextLow++;
    const offset = row * L;
    dense.copyWithin(offset, 0, L);
    const stamp = ++this.stamp;
    for (let w = u; w !== 0; w = this.sepFail[w]) {
      for (let child = at(tables.childStart, w), stop = at(tables.childStart, w + 1); child < stop; child++) {
        const c = at(tables.edge, child);
        if (c >= L) break;
        if (this.taken[c] !== stamp) {
          this.taken[c] = stamp;
          dense[offset + c] = this.rowOf[child];
        }
      }
    }
    dense[offset + CLASS_OTHER] = 0;
    dense[offset + CLASS_SEP] = offset;
    dense[offset + CLASS_IGNORE] = offset;
    dense[offset + SLOT_ID] = row;
    this.stateOfRow[row] = -u - 1;
    this.virtualRowOf[u] = offset;
    return offset;
  }
}
