import { describe, expect, it } from 'vitest';
import { stubConcepts, stubInterview } from '@/tests/support/search-fixtures';
import interview from '@/data/generated/interview.json';
import conceptsJson from '@/data/generated/concepts.json';
import type { Concept, Interview } from '@/lib/data-types';
import { locateQuotes, markerOffset, segmentText } from './segments';

const t4 = stubInterview.turns.find((t) => t.id === 't4')!;
const t4Quotes = stubConcepts.flatMap((c) => c.quotes).filter((q) => q.turnId === 't4');

describe('locating quotes in a turn', () => {
  it('finds each quote in every script, also where twp changes lengths', () => {
    for (const script of ['orig', 'hans', 'hant', 'twp'] as const) {
      const spans = locateQuotes(t4, t4Quotes, script);
      expect(spans).toHaveLength(t4Quotes.length);
      for (const span of spans) {
        const quote = t4Quotes.find((q) => q.id === span.quoteId)!;
        expect(t4.text[script].slice(span.start, span.end)).toBe(quote.text[script]);
      }
    }
  });

  it('locates every quote of the real data in its turn, in every script', () => {
    const data = interview as unknown as Interview;
    const concepts = conceptsJson as unknown as Concept[];
    const turns = new Map(data.turns.map((t) => [t.id, t]));
    for (const quote of concepts.flatMap((c) => c.quotes)) {
      const turn = turns.get(quote.turnId)!;
      for (const script of ['orig', 'hans', 'hant', 'twp'] as const) {
        const [span] = locateQuotes(turn, [quote], script);
        expect(span, `${quote.id} in ${script}`).toBeDefined();
        expect(turn.text[script].slice(span.start, span.end)).toBe(quote.text[script]);
      }
    }
  });
});

describe('the point where an unlabeled answer starts', () => {
  it('is found in every script of the real interview, before the same words', () => {
    const data = interview as unknown as Interview;
    const turns = data.turns.filter((t) => t.unlabeledAnswer);
    expect(turns.length).toBeGreaterThan(0);
    for (const turn of turns) {
      for (const script of ['orig', 'hans', 'hant', 'twp'] as const) {
        const at = markerOffset(turn, script)!;
        const paragraphs = segmentText(turn.text[script], [], at);
        const marked = paragraphs.flat().find((s) => s.atMarker);
        expect(marked, `${turn.id} ${script}`).toBeDefined();
        // The answer's first words, in that script, follow the point (the seed's one case: 我認為會更接近).
        expect(turn.text[script].slice(at), `${turn.id} ${script}`).toMatch(/^我(认为|認為)/);
      }
    }
  });
});

describe('cutting a turn into paragraphs and segments', () => {
  it('keeps the text, splits at paragraphs and at every quote boundary (overlaps too)', () => {
    const text = 'ab\ncdefg\nhi';
    const paragraphs = segmentText(text, [
      { quoteId: 'x', start: 3, end: 6 }, // cde
      { quoteId: 'y', start: 5, end: 11 }, // efg\nhi (crosses a paragraph, overlaps x)
    ]);
    expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(['ab', 'cdefg', 'hi']);
    expect(paragraphs[1]).toEqual([
      { text: 'cd', quoteIds: ['x'], startsQuotes: ['x'] },
      { text: 'e', quoteIds: ['x', 'y'], startsQuotes: ['y'] },
      { text: 'fg', quoteIds: ['y'], startsQuotes: [] },
    ]);
    expect(paragraphs[2]).toEqual([{ text: 'hi', quoteIds: ['y'], startsQuotes: [] }]);
  });

  it('gives plain text when there are no quotes', () => {
    expect(segmentText('plain', [])).toEqual([[{ text: 'plain', quoteIds: [], startsQuotes: [] }]]);
  });
});
