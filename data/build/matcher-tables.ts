/**
 * The second phase of building the matcher, in Node: a {@link MatcherInput}
 * (matcher-input.ts) made into the tables the automaton reads
 * (lib/matcher/tables.ts): the character classes, the trie over the folded
 * keys and the record tables. `npm run data` writes the content script's
 * copy, so a page never builds them; the Node tools build them from the
 * alias table at start-up (compile-matcher.ts).
 */
import { IGNORABLE_UNITS, SEPARATOR_UNITS } from '@/lib/matcher/fold';
import { BASE, type MatcherTables } from '@/lib/matcher/tables';
import { FLAG_BESIDE_CHINESE, FLAG_LOCAL_CUE, type MatcherInput } from '@/lib/matcher/types';

/** Character classes: 0 = in no key, 1 = separator, 2 = ignorable, 4.. = key characters (automaton.ts). */
const CLASS_SEP = 1;
const CLASS_IGNORE = 2;
const FIRST_KEY_CLASS = 4;

/** A list of numbers as code units (tables.ts); throws on a value the encoding cannot carry. */
function encode(values: ArrayLike<number>, what: string): string {
  const units = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] + BASE;
    if (!(v >= BASE && v < 0xd800 && Number.isInteger(v))) throw new Error(`matcher tables: ${what} ${values[i]}`);
    units[i] = v;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

/**
 * Character classes: dense key characters first, then Chinese/Japanese ones;
 * case and width variants of a key character share its class, and so do
 * Traditional characters that fold to it; separators and ignorables have
 * their own. The whole table, as the automaton gets it back (tables.test.ts).
 */
export function classTable(keys: readonly string[], hantToHans: Record<string, string>) {
  const classOf = new Uint16Array(0x10000);
  const seen = new Uint8Array(0x10000);
  const keyChars: number[] = [];
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
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
  for (const hant in hantToHans) {
    const hans = hantToHans[hant];
    if (hant.length !== 1 || hans.length !== 1) continue;
    const h = hans.charCodeAt(0);
    if (seen[h]) classOf[hant.charCodeAt(0)] = classOf[h];
  }
  for (const u of SEPARATOR_UNITS) classOf[u] = CLASS_SEP;
  for (const u of IGNORABLE_UNITS) classOf[u] = CLASS_IGNORE;
  if (nextClass >= 0x1000) throw new Error('matcher: more than 4092 distinct alias characters');
  return { classOf, L, classes: nextClass };
}

/** The tables of an input: what the content script gets, and what the Node tools build at start-up. */
export function matcherTables(input: MatcherInput): MatcherTables {
  const { keys } = input;
  const { classOf, L, classes } = classTable(keys, input.hantToHans);

  // The trie, from sorted keys: a key shares its whole common prefix with the key before it, so only
  // the rest needs new states. States are first numbered in insertion order ...
  let totalChars = 0;
  let maxLength = 0;
  for (const key of keys) {
    totalChars += key.length;
    if (key.length > maxLength) maxLength = key.length;
  }
  const parent: number[] = [0];
  const edge: number[] = [0];
  const children: number[][] = [[]];
  const sepOk: number[] = [0];
  const own: number[][] = [[]];
  const path = new Array<number>(maxLength + 1).fill(0); // states along the previous key
  let prevKey = '';
  for (let ri = 0; ri < keys.length; ri++) {
    const key = keys[ri];
    let shared = 0;
    while (shared < key.length && shared < prevKey.length && key.charCodeAt(shared) === prevKey.charCodeAt(shared)) {
      shared++;
    }
    let st = path[shared];
    for (let i = shared; i < key.length; i++) {
      const to = parent.length;
      parent.push(st);
      edge.push(classOf[key.charCodeAt(i)]);
      children.push([]);
      sepOk.push(0);
      own.push([]);
      children[st].push(to);
      st = to;
      path[i + 1] = to;
    }
    for (const k of input.seps[ri]) sepOk[path[k]] = 1;
    // A state's records, last inserted first (the order the outputs were always listed in).
    own[path[key.length]].unshift(ri);
    prevKey = key;
  }
  if (totalChars + 1 < parent.length) throw new Error('matcher tables: trie larger than its keys');

  // ... then breadth-first, children in order of their class, so a state's children are consecutive.
  const n = parent.length;
  const order = [0];
  for (let k = 0; k < order.length; k++) {
    const kids = children[order[k]].slice().sort((a, b) => edge[a] - edge[b]);
    for (const c of kids) order.push(c);
  }
  const newId = new Array<number>(n);
  order.forEach((old, id) => {
    newId[old] = id;
  });
  // State u's children: the states after those of the states before u (the root's start at 1).
  const childStart = [1];
  const ownStart = [0];
  const ownList: number[] = [];
  for (const old of order) {
    childStart.push(childStart[childStart.length - 1] + children[old].length);
    ownList.push(...own[old]);
    ownStart.push(ownList.length);
  }

  const sepStart = [0];
  const sepList: number[] = [];
  const exactStart = [0];
  let exact = '';
  for (let r = 0; r < keys.length; r++) {
    sepList.push(...input.seps[r]);
    sepStart.push(sepList.length);
    exact += input.exact[r];
    exactStart.push(exact.length);
  }
  if (/[\ud800-\udfff]/.test(exact)) throw new Error('matcher tables: a case-sensitive alias outside the BMP');

  const units: number[] = [];
  let prevUnit = 0;
  for (let u = 0; u < 0x10000; u++) {
    if (classOf[u] < FIRST_KEY_CLASS) continue;
    units.push(u - prevUnit, classOf[u]);
    prevUnit = u;
  }

  const guarded: MatcherTables['guarded'] = { keys: [], owners: [], flags: [] };
  for (let r = 0; r < keys.length; r++) {
    if (input.owners[r] >= 0 && input.flags[r] & (FLAG_BESIDE_CHINESE | FLAG_LOCAL_CUE)) {
      guarded.keys.push(keys[r]);
      guarded.owners.push(input.owners[r]);
      guarded.flags.push(input.flags[r]);
    }
  }

  return {
    conceptIds: input.conceptIds,
    hantToHans: input.hantToHans,
    signals: input.signals,
    L,
    classes,
    classOf: encode(units, 'class table entry'),
    edge: encode(
      order.map((old) => edge[old]),
      'class',
    ),
    parent: encode(
      order.map((old) => newId[parent[old]]),
      'state',
    ),
    childStart: encode(childStart, 'state'),
    sepOk: encode(
      order.map((old) => sepOk[old]),
      'flag',
    ),
    sepStates: sepOk.reduce((a, b) => a + b, 0),
    ownStart: encode(ownStart, 'record'),
    ownList: encode(ownList, 'record'),
    length: encode(
      keys.map((k) => k.length),
      'key length',
    ),
    flags: encode(input.flags, 'flags'),
    owner: encode(
      input.owners.map((o) => o + input.signals),
      'owner',
    ),
    sepStart: encode(sepStart, 'separator position'),
    sepList: encode(sepList, 'separator position'),
    exactStart: encode(exactStart, 'exact form'),
    exact,
    guarded,
  };
}
