/**
 * The matcher as the build prepares it (data/build/matcher-tables.ts), so
 * that a page only reads it: the character classes, the trie over the
 * folded keys and the records, each list of numbers one string of UTF-16
 * code units (value + {@link BASE}). The content script gets it from the
 * background in a JSON message; strings travel and parse as they are (a
 * typed array would travel as base64 or as a list of numbers to decode), and
 * the automaton reads them with `charCodeAt` where it needs a value, so
 * making the matcher decodes nothing but the class table. Values stay below
 * U+D800 (a lone surrogate would not survive Chrome's UTF-8 messaging).
 *
 * The trie's states are numbered breadth-first, the root 0, so that a
 * state's children are consecutive states, in order of their class.
 */

import type { MatcherInput, PreparedOtherSenseRule } from './types';

/** Added to every value (keeps control characters, escaped in JSON, out of the strings). */
export const BASE = 0x20;

/** Value `i` of list `s`. */
export const at = (s: string, i: number): number => s.charCodeAt(i) - BASE;

export interface MatcherTables {
  conceptIds: string[];
  /** Traditional -> Simplified for the characters of the keys (the page's text is folded by it). */
  hantToHans: Record<string, string>;
  /** Number of signal words (owners -1 .. -signals). */
  signals: number;

  /** Dense classes (below this) have rows; the others are Chinese/Japanese. */
  L: number;
  /** Number of classes (4 + distinct key characters). */
  classes: number;
  /**
   * The key classes of the class table: pairs (code unit minus the previous
   * pair's code unit, class), code units ascending. Separators and
   * ignorables are not in it (fold.ts lists them).
   */
  classOf: string;

  /** Per state: the class of the edge into it (the root: 0). */
  edge: string;
  /** Per state: its parent (the root: 0). */
  parent: string;
  /** Per state and one more: state u's children are childStart[u] .. childStart[u + 1] - 1. */
  childStart: string;
  /** Per state: 1 if a separator run may stand after it (some key allows one there). */
  sepOk: string;
  /** How many states have sepOk (each may get a virtual copy, automaton.ts). */
  sepStates: number;
  /** Per state and one more: state u's own records are ownList[ownStart[u] .. ownStart[u + 1]). */
  ownStart: string;
  ownList: string;

  /** Per record (records sorted by key): key length, flags (types.ts), owner + signals. */
  length: string;
  flags: string;
  owner: string;
  /** Per record and one more: key positions where a separator run may stand, sepList[sepStart[r] ..). */
  sepStart: string;
  sepList: string;
  /** Per record and one more: the case-sensitive alias as written (half-width, no separators), a slice of `exact`. */
  exactStart: string;
  /** Raw characters, no BASE. */
  exact: string;

  /**
   * The guards' (guards.ts) rule keys: one entry per concept and folded key that a rule is for, with the
   * rule flags of its records merged (0 when only a neighbour rule, `otherSenses`, names the key).
   */
  guarded: { keys: string[]; owners: number[]; flags: number[] };
  /** Per record: 1 + the `guarded` entry of its concept and key, or 0 (no rule looks at its candidates). */
  guard: string;
  /** The concepts' rule data for the guards, by concept id (types.ts MatcherInput). */
  otherSenses?: Record<string, PreparedOtherSenseRule[]>;
  cues?: MatcherInput['cues'];
  nameAfter?: MatcherInput['nameAfter'];
}
