import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher } from './index';
import { loadAliasTable } from './dev-table';

const table = loadAliasTable();
const matcher = compileMatcher(table);
const aliases = table.concepts.flatMap((c) => c.aliases.map((a) => ({ conceptId: c.id, text: a.text })));

/**
 * Filler that can neither form nor extend an alias: punctuation, emoji
 * (surrogate pairs), combining marks after punctuation, and Chinese
 * characters that occur in no alias. Each chunk ends in a character that
 * resets the automaton, so an inserted alias starts and ends at a boundary.
 */
const fillerUnits = ['!', ',', '.', ';', '(', ')', '"', '/', '😀', '👍🏽', '𠀀', '\u0301', '的', '是', '了', '我', '们', '。', '，', '「', '」', '\t'];
const filler = fc
  .array(fc.constantFrom(...fillerUnits), { maxLength: 8 })
  .map((units) => '。' + units.join('') + '，');

describe('matcher properties', () => {
  it('finds aliases inserted at random places at exactly their offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, fc.constantFrom(...aliases)), { minLength: 1, maxLength: 6 }), filler, (parts, tail) => {
        let text = '';
        const expected: { conceptId: string; start: number; end: number; alias: string }[] = [];
        for (const [f, alias] of parts) {
          text += f + ' ';
          expected.push({ conceptId: alias.conceptId, start: text.length, end: text.length + alias.text.length, alias: alias.text });
          text += alias.text + ' ';
        }
        text += tail;
        const found = matcher.findAll(text, { context: 'ai' });
        expect(found.map((m) => [m.start, m.end])).toEqual(expected.map((e) => [e.start, e.end]));
        found.forEach((m, i) => {
          // Another concept may own the same folded spelling; it must at least be a full-span candidate.
          const own = matcher.scan(expected[i].alias).some((c) => c.conceptId === expected[i].conceptId && c.start === 0 && c.end === expected[i].alias.length);
          expect(own || m.conceptId === expected[i].conceptId, expected[i].alias).toBe(true);
        });
      }),
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
      fc.property(fc.array(unit, { maxLength: 80 }).map((a) => a.join('')), (text) => {
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
      }),
      { numRuns: 500 },
    );
  });
});
