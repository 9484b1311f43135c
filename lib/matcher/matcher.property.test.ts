import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AliasSpec } from '@/lib/data-types';
import { compileMatcher } from '@/data/build/compile-matcher';
import { loadAliasTable } from '@/tests/tools/read-alias-table';
import { aliasKeys } from '@/data/build/variants';

const table = loadAliasTable();
const matcher = compileMatcher(table);
/**
 * Aliases whose rule looks at their neighbours (guards.ts: beside Chinese, a cue in the line, after a count, only
 * inside a versioned name, not at a sentence's start) have tests of their own.
 */
const contextFree = (a: AliasSpec) => !a.besideChinese && !a.localCue && !a.afterCount && !a.namePart && !a.midSentence;
/**
 * So are the keys of neighbour rules that read the alias's whole line (guards.ts, rule 8), because this property
 * puts many aliases in one line: a word a generic alias needs there (`unlessLine`: 高吞吐 beside 批量), a word of
 * the other sense that drops it there (`line` without `keeps`: 極低延遲 in a line that names RoCE, itself an
 * alias, is a network's latency), and a lookahead for what must follow ("Instinct" before MI300X, 闭源 before 模型).
 */
const needsNeighbour = new Set(
  table.concepts.flatMap((c) =>
    (c.otherSenses ?? [])
      .filter((r) => r.unlessLine !== undefined || (r.line !== undefined && !r.keeps) || r.after?.startsWith('^(?!'))
      .flatMap((r) => r.keys),
  ),
);
const standsAlone = (a: AliasSpec) =>
  contextFree(a) && !aliasKeys(a.text, table.hantToHans).some((k) => needsNeighbour.has(k.key));
const aliases = table.concepts.flatMap((c) =>
  c.aliases.filter(standsAlone).map((a) => ({ conceptId: c.id, text: a.text })),
);

/**
 * Filler that can neither form nor extend an alias: punctuation, emoji
 * (surrogate pairs), combining marks after punctuation, and Chinese
 * characters that occur in no alias. Each chunk ends in a character that
 * resets the automaton, so an inserted alias starts and ends at a boundary.
 */
const fillerUnits = [
  '!',
  ',',
  '.',
  ';',
  '(',
  ')',
  '"',
  '/',
  '😀',
  '👍🏽',
  '𠀀',
  '\u0301',
  '的',
  '是',
  '了',
  '我',
  '们',
  '。',
  '，',
  '「',
  '」',
  '\t',
];
const filler = fc.array(fc.constantFrom(...fillerUnits), { maxLength: 8 }).map((units) => `。${units.join('')}，`);

describe('matcher properties', () => {
  it('finds aliases inserted at random places at exactly their offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, fc.constantFrom(...aliases)), { minLength: 1, maxLength: 6 }),
        filler,
        (parts, tail) => {
          let text = '';
          const expected: { conceptId: string; start: number; end: number; alias: string }[] = [];
          for (const [f, alias] of parts) {
            text += `${f} `;
            expected.push({
              conceptId: alias.conceptId,
              start: text.length,
              end: text.length + alias.text.length,
              alias: alias.text,
            });
            text += `${alias.text} `;
          }
          text += tail;
          const found = matcher.findAll(text, { context: 'ai' });
          expect(found.map((m) => [m.start, m.end])).toEqual(expected.map((e) => [e.start, e.end]));
          found.forEach((m, i) => {
            // Another concept may own the same folded spelling; it must at least be a full-span candidate.
            const own = matcher
              .scan(expected[i].alias)
              .some(
                (c) => c.conceptId === expected[i].conceptId && c.start === 0 && c.end === expected[i].alias.length,
              );
            expect(own || m.conceptId === expected[i].conceptId, expected[i].alias).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds aliases written with other case, width, separators and script at exactly their offsets', () => {
    const hansToHant = new Map<string, string>();
    for (const [hant, hans] of Object.entries(table.hantToHans)) hansToHant.set(hans, hant);
    const cased = table.concepts.flatMap((c) =>
      c.aliases
        .filter(standsAlone)
        .map((a) => ({ conceptId: c.id, text: a.text, caseSensitive: a.caseSensitive === true })),
    );
    const separators = [' ', '-', '_', '\u00a0', '\n', ' - ', '\u2013', '\u3000', '  '];
    const respell = (alias: (typeof cased)[number], bits: number[]) => {
      let out = '';
      let k = 0;
      const bit = () => bits[k++ % bits.length];
      for (const ch of alias.text.split(/([\s\-_]+)/)) {
        if (/^[\s\-_]+$/.test(ch)) {
          out += separators[bit() % separators.length];
          continue;
        }
        for (const c of ch) {
          let v = c;
          if (!alias.caseSensitive && /[a-z]/i.test(v) && bit() % 2)
            v = v === v.toLowerCase() ? v.toUpperCase() : v.toLowerCase();
          if (/[!-~]/.test(v) && bit() % 3 === 0) v = String.fromCharCode(v.charCodeAt(0) + 0xfee0); // full-width
          const simplified = table.hantToHans[v] ?? v;
          if (hansToHant.has(simplified) && bit() % 2) v = hansToHant.get(simplified)!;
          else if (bit() % 2) v = simplified;
          out += v;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, fc.constantFrom(...cased), fc.array(fc.nat(), { minLength: 1, maxLength: 16 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (parts) => {
          let text = '';
          const expected: [number, number, string, string][] = [];
          for (const [f, alias, bits] of parts) {
            const spelled = respell(alias, bits);
            text += `${f} `;
            expected.push([text.length, text.length + spelled.length, alias.conceptId, spelled]);
            text += `${spelled} `;
          }
          const found = matcher.findAll(text, { context: 'ai' });
          expect(
            found.map((m) => [m.start, m.end]),
            JSON.stringify(expected.map((e) => e[3])),
          ).toEqual(expected.map((e) => [e[0], e[1]]));
          found.forEach((_, i) => {
            const [, , conceptId, spelled] = expected[i];
            const own = matcher
              .scan(spelled)
              .some((c) => c.conceptId === conceptId && c.start === 0 && c.end === spelled.length);
            expect(own, spelled).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shifts every match by the length of a prefix that resets the automaton', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), filler, (text, prefix) => {
        const base = matcher.scan(text);
        const shifted = matcher.scan(prefix + text);
        const n = prefix.length;
        expect(shifted.filter((m) => m.start >= n).map((m) => [m.conceptId, m.start - n, m.end - n])).toEqual(
          base.map((m) => [m.conceptId, m.start, m.end]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary UTF-16, lone surrogates included, and returns sane ranges', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(...aliases.map((a) => a.text)),
      fc.constantFrom('\ud800', '\udc00', ' ', '-', '\u00ad', 'Ｍ', 'ｏ', 'Ｅ', 's'),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 80 }).map((a) => a.join('')),
        (text) => {
          for (const context of ['auto', 'ai', 'not-ai'] as const) {
            const found = matcher.findAll(text, { context });
            let last = 0;
            for (const m of found) {
              expect(m.start).toBeGreaterThanOrEqual(last);
              expect(m.end).toBeGreaterThan(m.start);
              expect(m.end).toBeLessThanOrEqual(text.length);
              last = m.end;
            }
          }
          expect(() => matcher.scanWithSignals(text)).not.toThrow();
          expect(typeof matcher.isAiContext(text)).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
