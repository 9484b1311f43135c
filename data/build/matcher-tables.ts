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
import { endAnchoredSource } from '@/lib/matcher/guards';
import type { OtherSenseRule } from '@/lib/data-types';
import { GUARD_FLAGS, type MatcherInput, type PreparedOtherSenseRule } from '@/lib/matcher/types';

/** Character classes: 0 = in no key, 1 = separator, 2 = ignorable, 4.. = key characters (automaton.ts). */
const CLASS_SEP = 1;
const CLASS_IGNORE = 2;
const FIRST_KEY_CLASS = 4;

/** A list of numbers as code units (tables.ts); throws on a value the encoding cannot carry. */
function encode(list: ArrayLike<number>, what: string): string {
  // One array type, so that the loop stays monomorphic (milliseconds otherwise, at every start of a Node tool).
  const values = list instanceof Float64Array ? list : Float64Array.from(list);
  const units = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] + BASE;
    if (!(v >= BASE && v < 0xd800 && v === Math.floor(v))) throw new Error(`matcher tables: ${what} ${values[i]}`);
    units[i] = v;
  }
  return text(units);
}

/** Code units as a string. */
const text = (units: Uint16Array): string =>
  Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');

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
  const assigned = keyChars.slice();
  let L = FIRST_KEY_CLASS;
  while (L - FIRST_KEY_CLASS < keyChars.length && keyChars[L - FIRST_KEY_CLASS] < 0x2e80) L++;
  for (const c of keyChars) {
    const cl = classOf[c];
    let variant = -1;
    let fullWidth = -1;
    let fullWidthUpper = -1;
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) variant = c - 32; // A-Z
      if (c > 0x20) fullWidth = c + 0xfee0; // full-width ＭｏＥ, ４
      if (c >= 0x61 && c <= 0x7a) fullWidthUpper = c - 32 + 0xfee0;
    } else if (c < 0x2e80) {
      const up = String.fromCharCode(c).toUpperCase();
      if (up.length === 1 && !seen[up.charCodeAt(0)]) variant = up.charCodeAt(0);
    }
    for (const u of [variant, fullWidth, fullWidthUpper]) {
      if (u < 0) continue;
      classOf[u] = cl;
      assigned.push(u);
    }
  }
  for (const hant in hantToHans) {
    const hans = hantToHans[hant];
    if (hant.length !== 1 || hans.length !== 1) continue;
    const h = hans.charCodeAt(0);
    if (seen[h]) {
      classOf[hant.charCodeAt(0)] = classOf[h];
      assigned.push(hant.charCodeAt(0));
    }
  }
  assigned.sort((x, y) => x - y);
  for (const u of SEPARATOR_UNITS) classOf[u] = CLASS_SEP;
  for (const u of IGNORABLE_UNITS) classOf[u] = CLASS_IGNORE;
  if (nextClass >= 0x1000) throw new Error('matcher: more than 4092 distinct alias characters');
  /** The code units given a key class, ascending (a unit may repeat). */
  return { classOf, L, classes: nextClass, assigned };
}

/** The tables of an input: what the content script gets, and what the Node tools build at start-up. */
export function matcherTables(input: MatcherInput): MatcherTables {
  const { keys } = input;
  const { classOf, L, classes, assigned } = classTable(keys, input.hantToHans);

  // The trie, from sorted keys: a key shares its whole common prefix with the key before it, so only
  // the rest needs new states. States are first numbered in insertion order ...
  let totalChars = 0;
  let maxLength = 0;
  for (const key of keys) {
    totalChars += key.length;
    if (key.length > maxLength) maxLength = key.length;
  }
  const maxStates = totalChars + 1;
  const parent = new Int32Array(maxStates);
  const edge = new Uint16Array(maxStates);
  const firstChild = new Int32Array(maxStates).fill(-1);
  const nextSibling = new Int32Array(maxStates).fill(-1);
  const sepOk = new Uint8Array(maxStates);
  const ownCount = new Uint32Array(maxStates);
  const recState = new Int32Array(keys.length);
  const path = new Int32Array(maxLength + 1); // states along the previous key
  let prevKey = '';
  let n = 1;
  for (let ri = 0; ri < keys.length; ri++) {
    const key = keys[ri];
    let shared = 0;
    while (shared < key.length && shared < prevKey.length && key.charCodeAt(shared) === prevKey.charCodeAt(shared)) {
      shared++;
    }
    let st = path[shared];
    for (let i = shared; i < key.length; i++) {
      const to = n++;
      parent[to] = st;
      edge[to] = classOf[key.charCodeAt(i)];
      nextSibling[to] = firstChild[st];
      firstChild[st] = to;
      st = to;
      path[i + 1] = to;
    }
    const seps = input.seps[ri];
    for (let k = 0; k < seps.length; k++) sepOk[path[seps[k]]] = 1;
    recState[ri] = path[key.length];
    ownCount[path[key.length]]++;
    prevKey = key;
  }

  // ... then breadth-first, children in order of their class, so a state's children are consecutive.
  const order = new Int32Array(n); // new number -> insertion number
  const newId = new Int32Array(n);
  let queued = 1;
  const byClass = (x: number, y: number) => edge[x] - edge[y];
  for (let k = 0; k < n; k++) {
    // The sibling list is last inserted first, and keys were inserted in order: so mostly class order, reversed.
    const from = queued;
    for (let c = firstChild[order[k]]; c !== -1; c = nextSibling[c]) order[queued++] = c;
    order.subarray(from, queued).reverse();
    let sorted = true;
    for (let i = from + 1; i < queued && sorted; i++) sorted = edge[order[i - 1]] < edge[order[i]];
    if (!sorted) order.set(Array.from(order.subarray(from, queued)).sort(byClass), from);
    for (let i = from; i < queued; i++) newId[order[i]] = i;
  }
  // The per-state lists, already as code units (value + BASE): one pass each, no list converted after.
  // State u's children follow those of the states before u (the root's start at 1); its records
  // are listed last inserted first (the order the outputs were always listed in).
  if (n + 1 + BASE >= 0xd800 || keys.length + BASE >= 0xd800 || classes + BASE >= 0xd800) {
    throw new Error(`matcher tables: ${n} states, ${keys.length} records or ${classes} classes is more than they hold`);
  }
  const edgeU = new Uint16Array(n);
  const parentU = new Uint16Array(n);
  const sepOkU = new Uint16Array(n);
  const childStartU = new Uint16Array(n + 1);
  const ownStartU = new Uint16Array(n + 1);
  const fillAt = new Uint32Array(n);
  let sepStates = 0;
  let children = 1;
  let owned = 0;
  childStartU[0] = children + BASE;
  ownStartU[0] = BASE;
  for (let u = 0; u < n; u++) {
    const old = order[u];
    edgeU[u] = edge[old] + BASE;
    parentU[u] = newId[parent[old]] + BASE;
    sepOkU[u] = sepOk[old] + BASE;
    sepStates += sepOk[old];
    for (let c = firstChild[old]; c !== -1; c = nextSibling[c]) children++;
    childStartU[u + 1] = children + BASE;
    owned += ownCount[old];
    fillAt[u] = owned;
    ownStartU[u + 1] = owned + BASE;
  }
  const ownListU = new Uint16Array(keys.length);
  for (let ri = 0; ri < keys.length; ri++) ownListU[--fillAt[newId[recState[ri]]]] = ri + BASE;

  // The per-record lists.
  const lengthU = new Uint16Array(keys.length);
  const flagsU = new Uint16Array(keys.length);
  const ownerU = new Uint16Array(keys.length);
  const sepStartU = new Uint16Array(keys.length + 1);
  const exactStartU = new Uint16Array(keys.length + 1);
  const sepList: number[] = [];
  let exact = '';
  sepStartU[0] = BASE;
  exactStartU[0] = BASE;
  for (let r = 0; r < keys.length; r++) {
    lengthU[r] = keys[r].length + BASE;
    flagsU[r] = input.flags[r] + BASE;
    ownerU[r] = input.owners[r] + input.signals + BASE;
    for (const k of input.seps[r]) sepList.push(k);
    sepStartU[r + 1] = sepList.length + BASE;
    exact += input.exact[r];
    exactStartU[r + 1] = exact.length + BASE;
  }
  const widest = Math.max(maxLength, sepList.length, exact.length, input.conceptIds.length + input.signals);
  if (widest + BASE >= 0xd800 || input.flags.some((f) => f + BASE >= 0xd800 || f < 0)) {
    throw new Error('matcher tables: a key, flags or a record list is more than they hold');
  }
  if (/[\ud800-\udfff]/.test(exact)) throw new Error('matcher tables: a case-sensitive alias outside the BMP');

  const units: number[] = [];
  let prevUnit = 0;
  for (const u of assigned) {
    if (u === prevUnit && units.length > 0) continue;
    if (classOf[u] < FIRST_KEY_CLASS) continue;
    units.push(u - prevUnit, classOf[u]);
    prevUnit = u;
  }

  // The guards' rule keys: one entry per concept and folded key that a rule is for (the rule flags of its
  // records merged, or 0 when only a neighbour rule names it), and per record the entry its candidates
  // read (1 + index, 0: none), so a page's guards look a candidate's rules up by its record.
  const guarded: MatcherTables['guarded'] = { keys: [], owners: [], flags: [] };
  const entryOf = new Map<string, number>();
  const entry = (r: number) => {
    const sig = `${input.owners[r]}\u0000${keys[r]}`;
    let e = entryOf.get(sig);
    if (e === undefined) {
      e = guarded.keys.length;
      entryOf.set(sig, e);
      guarded.keys.push(keys[r]);
      guarded.owners.push(input.owners[r]);
      guarded.flags.push(0);
    }
    return e;
  };
  const neighbourKeys = new Set<string>();
  input.conceptIds.forEach((id, owner) => {
    for (const rule of input.otherSenses?.[id] ?? [])
      for (const key of rule.keys) neighbourKeys.add(`${owner}\u0000${key}`);
  });
  for (let r = 0; r < keys.length; r++) {
    if (input.owners[r] < 0) continue;
    const flags = input.flags[r] & GUARD_FLAGS;
    if (flags !== 0) guarded.flags[entry(r)] |= flags;
    else if (neighbourKeys.has(`${input.owners[r]}\u0000${keys[r]}`)) entry(r);
  }
  const guardU = new Uint16Array(keys.length);
  for (let r = 0; r < keys.length; r++) {
    const e = input.owners[r] < 0 ? undefined : entryOf.get(`${input.owners[r]}\u0000${keys[r]}`);
    guardU[r] = (e === undefined ? 0 : e + 1) + BASE;
  }
  if (guarded.keys.length + 1 + BASE >= 0xd800) throw new Error('matcher tables: more rule keys than they hold');

  return {
    conceptIds: input.conceptIds,
    hantToHans: input.hantToHans,
    signals: input.signals,
    L,
    classes,
    classOf: encode(units, 'class table entry'),
    edge: text(edgeU),
    parent: text(parentU),
    childStart: text(childStartU),
    sepOk: text(sepOkU),
    sepStates,
    ownStart: text(ownStartU),
    ownList: text(ownListU),
    length: text(lengthU),
    flags: text(flagsU),
    owner: text(ownerU),
    sepStart: text(sepStartU),
    sepList: encode(sepList, 'separator position'),
    exactStart: text(exactStartU),
    exact,
    guard: text(guardU),
    guarded,
    ...(input.otherSenses ? { otherSenses: prepareOtherSenses(input.otherSenses) } : {}),
    ...(input.cues ? { cues: input.cues } : {}),
    ...(input.nameAfter ? { nameAfter: input.nameAfter } : {}),
  };
}

/** The rules with their `before` expressions made what the guards try (types.ts PreparedOtherSenseRule). */
function prepareOtherSenses(otherSenses: Record<string, OtherSenseRule[]>): Record<string, PreparedOtherSenseRule[]> {
  const out: Record<string, PreparedOtherSenseRule[]> = {};
  for (const [id, rules] of Object.entries(otherSenses)) {
    out[id] = rules.map((rule) => {
      if (rule.before === undefined) return rule;
      const { source, atEnd } = endAnchoredSource(rule.before);
      return { ...rule, before: source, beforeAtEnd: atEnd };
    });
  }
  return out;
}
