import { expect, it } from 'vitest';
import type { AliasTable, Concept, Interview } from '@/lib/data-types';
import interviewJson from '@/data/generated/interview.json';
import conceptsJson from '@/data/generated/concepts.json';
import aliasTable from '@/data/generated/aliases.json';
import { conceptMentions } from './mentions';

const interview = interviewJson as unknown as Interview;

it('finds the concepts each turn names (prints how long it takes)', () => {
  const started = performance.now();
  const mentions = conceptMentions(interview, aliasTable as unknown as AliasTable);
  console.log(
    `[transcript] concept mentions over ${interview.turns.length} turns in ${(performance.now() - started).toFixed(1)} ms`,
  );
  const quoted = (conceptsJson as unknown as Concept[]).flatMap((c) => c.quotes);
  // Most quotes name their concept in the quoted turn (some quote an idea without its name).
  const named = quoted.filter((q) => mentions.get(q.turnId)?.includes(q.conceptId));
  expect(named.length / quoted.length).toBeGreaterThan(0.6);
  expect(mentions.get(quoted.find((q) => q.id === 'kv-cache-1')!.turnId)).toContain('kv-cache');
});

it('respects word boundaries and case for Latin aliases', () => {
  const table: AliasTable = {
    concepts: [{ id: 'moe', kind: 'models', aliases: [{ text: 'MoE', caseSensitive: true }, { text: '混合专家' }] }],
    hantToHans: {},
  } as unknown as AliasTable;
  const turn = (orig: string, hans = orig) => ({
    ...interview.turns[0],
    id: orig,
    text: { orig, hans, hant: orig, twp: orig, en: orig },
  });
  const found = conceptMentions(
    { ...interview, turns: [turn('MoEbius'), turn('moe'), turn('a MoE model'), turn('混合專家', '混合专家')] },
    table,
  );
  expect([...found.keys()]).toEqual(['a MoE model', '混合專家']);
});
