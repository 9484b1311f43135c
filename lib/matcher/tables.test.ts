import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import contentAliases from '@/data/generated/content-aliases.json';
import contentMatcher from '@/data/generated/content-matcher.json';
import { compileMatcher } from '@/data/build/compile-matcher';
import { matcherInput, packMatcherInput } from '@/data/build/matcher-input';
import { classTable, matcherTables } from '@/data/build/matcher-tables';
import type { AliasTable } from '@/lib/data-types';
import { decodeClassOf } from './automaton';
import { SIGNAL_WORDS } from './signal-words';
import type { PackedMatcherInput } from './packed';
import { ruledMatcherFrom } from './rules';
import { at, type MatcherTables } from './tables';
import { GUARD_FLAGS } from './types';

/** What the content script gets: the tables through JSON, as the background's message carries them. */
const throughJson = (tables: PackedMatcherInput): PackedMatcherInput => JSON.parse(JSON.stringify(tables));

const packedOf = (table: AliasTable) =>
  packMatcherInput(
    matcherInput(table),
    table.concepts.map((c) => c.kind),
  );

/** The first code unit whose class differs, or -1 (toEqual on 64 Ki entries takes seconds). */
function firstDifference(a: Uint16Array, b: Uint16Array): number {
  for (let u = 0; u < 0x10000; u++) if (a[u] !== b[u]) return u;
  return -1;
}

/** Walks a folded key from the root through the trie's children: the state it ends in, or -1. */
function walk(t: MatcherTables, classOf: Uint16Array, key: string): number {
  let u = 0;
  for (let i = 0; i < key.length && u >= 0; i++) {
    const cl = classOf[key.charCodeAt(i)];
    let next = -1;
    for (let c = at(t.childStart, u); c < at(t.childStart, u + 1); c++) if (at(t.edge, c) === cl) next = c;
    u = next;
  }
  return u;
}

/** Small alias tables over a few letters, Chinese characters, separators and a full-width letter. */
const aliasText = fc
  .array(fc.constantFrom('a', 'b', 'B', 'c', '4', '-', ' ', '量', '化', '模', '型', 'Ｍ', 'é', 'ß'), {
    minLength: 1,
    maxLength: 7,
  })
  .map((units) => units.join('').trim())
  .filter((t) => /[^\s-]/.test(t));
const aliasSpec = fc.record({
  text: aliasText,
  caseSensitive: fc.boolean(),
  aiOnly: fc.boolean(),
});
const randomTable = fc.array(fc.array(aliasSpec, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }).map(
  (concepts): AliasTable => ({
    concepts: concepts.map((aliases, i) => ({ id: `c${i}`, kind: 'techniques', aliases })),
    hantToHans: { 模: '模', 型: '型' },
  }),
);
const randomText = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'B',
      'c',
      'C',
      '4',
      '-',
      ' ',
      '  ',
      '量',
      '化',
      '模',
      '型',
      'Ｍ',
      'É',
      'ss',
      '.',
      '\u00ad',
    ),
    {
      maxLength: 40,
    },
  )
  .map((units) => units.join(''));

describe('the prepared matcher tables', () => {
  it('the content script’s copy is what the build makes from the content alias table now', () => {
    expect(throughJson(contentMatcher as PackedMatcherInput)).toEqual(packedOf(contentAliases as AliasTable));
  });

  it('decode to the class table the build made, entry for entry', () => {
    const input = matcherInput(contentAliases as AliasTable);
    const tables = throughJson(contentMatcher as PackedMatcherInput);
    expect(firstDifference(decodeClassOf(tables.classOf), classTable(input.keys, input.hantToHans).classOf)).toBe(-1);
    fc.assert(
      fc.property(randomTable, (table) => {
        const random = matcherInput(table);
        const decoded = decodeClassOf(throughJson(packedOf(table)).classOf);
        expect(firstDifference(decoded, classTable(random.keys, random.hantToHans).classOf)).toBe(-1);
      }),
      { numRuns: 100 },
    );
  });

  it('number the trie breadth-first: a state’s children are consecutive, in class order, and name it their parent', () => {
    const t = throughJson(contentMatcher as PackedMatcherInput);
    const n = t.edge.length;
    expect(at(t.childStart, 0)).toBe(1);
    expect(at(t.childStart, n)).toBe(n);
    for (let u = 0; u < n; u++) {
      for (let c = at(t.childStart, u); c < at(t.childStart, u + 1); c++) {
        expect(at(t.parent, c)).toBe(u);
        if (c > at(t.childStart, u)) expect(at(t.edge, c)).toBeGreaterThan(at(t.edge, c - 1));
      }
    }
  });

  it('lead every record’s key from the root to a state that lists the record', () => {
    const input = matcherInput(contentAliases as AliasTable);
    const t = throughJson(contentMatcher as PackedMatcherInput);
    const classOf = decodeClassOf(t.classOf);
    input.keys.forEach((key, r) => {
      const u = walk(t, classOf, key);
      const own: number[] = [];
      for (let k = at(t.ownStart, u); k < at(t.ownStart, u + 1); k++) own.push(at(t.ownList, k));
      expect(own, key).toContain(r);
      expect(at(t.length, r)).toBe(key.length);
      expect(at(t.owner, r) - t.signals).toBe(input.owners[r]);
      expect(at(t.flags, r)).toBe(input.flags[r]);
    });
    expect(t.signals).toBe(SIGNAL_WORDS.length);
  });

  it('send each record with a rule to its concept’s entry for its key, and no other record to one', () => {
    const input = matcherInput(contentAliases as AliasTable);
    const t = throughJson(contentMatcher as PackedMatcherInput);
    const neighbourKeys = new Set(
      Object.entries(input.otherSenses ?? {}).flatMap(([id, rules]) =>
        rules.flatMap((rule) => rule.keys.map((key) => `${input.conceptIds.indexOf(id)} ${key}`)),
      ),
    );
    input.keys.forEach((key, r) => {
      const e = at(t.guard, r) - 1;
      const owner = input.owners[r];
      const ruled = owner >= 0 && (input.flags[r] & GUARD_FLAGS || neighbourKeys.has(`${owner} ${key}`));
      const sameKey = input.keys.some((k, q) => k === key && input.owners[q] === owner && input.flags[q] & GUARD_FLAGS);
      expect(e >= 0, key).toBe(Boolean(ruled || (owner >= 0 && sameKey)));
      if (e < 0) return;
      expect([t.guarded.keys[e], t.guarded.owners[e]]).toEqual([key, owner]);
      // The flags of every record of that concept and key, merged (a candidate of any of them gets them all).
      expect(t.guarded.flags[e] & input.flags[r] & GUARD_FLAGS).toBe(input.flags[r] & GUARD_FLAGS);
    });
  });

  it('give the same answers decoded from JSON as built at run time, on random tables and texts', () => {
    fc.assert(
      fc.property(randomTable, fc.array(randomText, { minLength: 1, maxLength: 4 }), (table, texts) => {
        const built = compileMatcher(table);
        const decoded = ruledMatcherFrom(throughJson(packedOf(table)));
        for (const text of texts) {
          expect(decoded.scanWithSignals(text)).toEqual(built.scanWithSignals(text));
          let state = 0;
          let decodedState = 0;
          for (const piece of [text.slice(0, 5), text.slice(5)]) {
            expect(decoded.probe(piece, decodedState)).toBe(built.probe(piece, state));
            state = built.probeState;
            decodedState = decoded.probeState;
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuse a table the encoding cannot carry', () => {
    const input = matcherInput({
      concepts: [{ id: 'x', kind: 'techniques', aliases: [{ text: 'gpu' }] }],
      hantToHans: {},
    });
    expect(() => matcherTables({ ...input, flags: input.flags.map(() => 0xd800) })).toThrow(/flags/);
  });
});
