import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import contentAliases from '@/data/generated/content-aliases.json';
import contentMatcher from '@/data/generated/content-matcher.json';
import type { AliasTable } from '@/lib/data-types';
import { compileMatcher } from '@/data/build/compile-matcher';
import { PROBE_CROSS, PROBE_HIT, SIGNAL_WORDS } from './index';
import { ruledMatcherFrom } from './rules';
import type { PackedMatcherInput } from './packed';

const table = contentAliases as AliasTable;
const matcher = compileMatcher(table);
const words = [
  ...table.concepts.flatMap((c) => [...c.aliases, ...(c.notAliases ?? [])].map((a) => a.text)),
  ...SIGNAL_WORDS.flatMap((s) => s.forms),
];

/** Text made of aliases, signal words, pieces of them, letters, separators and Chinese. */
const chunk = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => w.slice(0, Math.ceil(w.length / 2))),
  fc.constantFrom(...words).map((w) => w.slice(Math.floor(w.length / 2))),
  fc.constantFrom(' ', '-', '\u00ad', 'x', 'S', 's', '3', '的', '。', 'Ab', ' and '),
);
const text = fc.array(chunk, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

describe('probe', () => {
  it('says yes in every piece where a candidate or signal of the joined text ends', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (joined, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (joined.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...points, joined.length];
        const { candidates, signals } = matcher.scanWithSignals(joined);
        const ends = [...candidates, ...signals].map((m) => m.end);
        let state = 0;
        for (let k = 0; k + 1 < bounds.length; k++) {
          const [from, to] = [bounds[k], bounds[k + 1]];
          const found = matcher.probe(joined.slice(from, to), state);
          state = matcher.probeState;
          if (ends.some((end) => end > from && end <= to)) {
            expect(found & (PROBE_HIT | PROBE_CROSS), `piece ${from}-${to} of ${JSON.stringify(joined)}`).not.toBe(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the content script’s packed matcher input', () => {
  const packed = ruledMatcherFrom(contentMatcher as PackedMatcherInput);

  it('finds what the matcher compiled from the content alias table finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(packed.scanWithSignals(t)).toEqual(matcher.scanWithSignals(t));
      }),
      { numRuns: 500 },
    );
  });
});
