/**
 * The generator: committed files are what it produces now (so they never go
 * stale), quotes are located exactly or the build fails with a clear message,
 * every displayed Chinese string exists in every script, and the alias table
 * is expanded and folds Traditional to Simplified char by char.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AliasTable, Concept, Interview, Localized, Scripts } from '@/lib/data-types';
import { toHans } from '@/data/build/chinese/convert';
import { simplifiedLeftovers, traditionalLeftovers } from '@/tests/support/script-check';
import { readSeed } from '@/data/build/interview/seed-file';
import { buildAliasTable, expandAliases, type ConceptInput } from './build-concepts';
import { buildData, GENERATED_FILES, loadInputs, PROJECT_ROOT } from './build-data';

const seed = readSeed();

/** A minimal concept for the generator's own tests (data/concepts.ts is the team's). */
function stub(quotes: string[], extra: Partial<ConceptInput> = {}): ConceptInput {
  return {
    id: 'kv-cache',
    kind: 'techniques',
    name: { en: 'KV cache', zh: 'KV缓存' },
    gloss: { en: 'Stored keys and values of past tokens.', zh: '保存历史 token 的键和值。' },
    aliases: [{ text: 'KV cache' }, { text: 'KV缓存' }, { text: '内存', aiOnly: true }],
    quotes: quotes.map((text) => ({ text })),
    ...extra,
  };
}

describe('committed generated files', () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = buildData(await loadInputs()).files;
  });

  test.each(Object.values(GENERATED_FILES))('%s is up to date (else run `npm run data`)', (rel) => {
    const committed = readFileSync(path.join(PROJECT_ROOT, rel), 'utf8');
    expect(committed === files[rel], `${rel} is stale: run \`npm run data\` and commit it`).toBe(true);
  });

  test('every quote is the exact span of its turn, with the turn’s section, and Tri Dao’s words', () => {
    const interview = JSON.parse(files[GENERATED_FILES.interview]!) as Interview;
    const concepts = JSON.parse(files[GENERATED_FILES.concepts]!) as Concept[];
    const turns = new Map(interview.turns.map((t) => [t.id, t]));
    for (const c of concepts) {
      c.quotes.forEach((q, i) => {
        const turn = turns.get(q.turnId)!;
        expect(q.id).toBe(`${c.id}-${i + 1}`);
        expect(q.rank).toBe(i + 1);
        expect(turn.text.orig.slice(q.start, q.end)).toBe(q.text.orig);
        const answer = turn.unlabeledAnswer;
        const speaker = answer && q.start >= answer.start ? answer.speaker : turn.speaker;
        expect([q.sectionSlug, q.speaker]).toEqual([turn.sectionSlug, speaker]);
        expect(q.speaker, `${q.id} is not Tri Dao's words`).toBe('Tri Dao');
      });
    }
  });

  test('every Chinese alias variant folds, char by char through hantToHans, to its Simplified form', () => {
    const table = JSON.parse(files[GENERATED_FILES.aliases]!) as AliasTable;
    const fold = (s: string) => [...s].map((c) => table.hantToHans[c] ?? c).join('');
    const slips = table.concepts.flatMap((c) =>
      [...c.aliases, ...(c.notAliases ?? [])]
        .filter((a) => /\p{Script=Han}/u.test(a.text) && fold(a.text) !== toHans(a.text))
        .map((a) => `${c.id}: ${a.text} folds to ${fold(a.text)}, not ${toHans(a.text)}`),
    );
    expect(slips).toEqual([]);
  });

  test('every displayed Chinese string has all scripts, Traditional ones without Simplified leftovers', () => {
    const interview = JSON.parse(files[GENERATED_FILES.interview]!) as Interview;
    const concepts = JSON.parse(files[GENERATED_FILES.concepts]!) as Concept[];
    const strings: (Scripts | Localized)[] = [
      interview.title,
      interview.source.writeUp.title,
      ...interview.lead.map((b) => b.text),
      ...interview.sections.map((s) => s.title),
      ...interview.turns.map((t) => t.text),
      ...concepts.flatMap((c) => [c.name, c.gloss, ...c.quotes.flatMap((q) => (q.note ? [q.text, q.note] : [q.text]))]),
    ];
    for (const s of strings) {
      for (const v of ['hans', 'hant', 'twp'] as const) expect(typeof s[v]).toBe('string');
      expect(simplifiedLeftovers(s.hant), s.hant).toEqual([]);
      expect(simplifiedLeftovers(s.twp), s.twp).toEqual([]);
      expect(traditionalLeftovers(s.hans), s.hans).toEqual([]);
    }
  });
});

describe('quote location', () => {
  test('a quote is located with offsets, section and speaker, converted as a span', () => {
    const quote = 'KV緩存是注意力機制中用于存儲歷史的部分';
    const { files, warnings } = buildData({ seed, concepts: [stub([quote])] });
    const [concept] = JSON.parse(files[GENERATED_FILES.concepts]!) as Concept[];
    const q = concept!.quotes[0]!;
    expect(warnings).toEqual([]);
    expect(q).toMatchObject({
      id: 'kv-cache-1',
      conceptId: 'kv-cache',
      rank: 1,
      turnId: 'chip-design-challenges-26',
      sectionSlug: 'chip-design-challenges',
      speaker: 'Tri Dao',
      end: q.start + quote.length,
      text: {
        orig: quote,
        hans: 'KV缓存是注意力机制中用于存储历史的部分',
        hant: 'KV緩存是注意力機制中用於存儲歷史的部分',
        twp: 'KV快取是注意力機制中用於儲存歷史的部分',
      },
    });
    expect(concept!.name).toEqual({ en: 'KV cache', hans: 'KV缓存', hant: 'KV緩存', twp: 'KV快取' });
  });

  test('a quote that is not verbatim fails the build, naming the concept and the quote', () => {
    const paraphrase = 'KV缓存是注意力机制中用于存储历史的部分'; // Simplified: not the seed's text
    expect(() => buildData({ seed, concepts: [stub([paraphrase])] })).toThrow(
      /Concept "kv-cache", quote 1 is not a verbatim span of any turn of the seed: «KV缓存是注意力机制/,
    );
  });

  test('a quote found in several places takes the first and is reported', () => {
    const { files, warnings } = buildData({ seed, concepts: [stub(['KV緩存'])] });
    const [concept] = JSON.parse(files[GENERATED_FILES.concepts]!) as Concept[];
    expect(concept!.quotes[0]!.turnId).toBe('chip-design-challenges-26');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Concept "kv-cache", quote 1 occurs \d+ times .*using chip-design-challenges-26/);
  });

  test('a quote from an answer the write-up left unlabeled is the answerer’s; one across the question fails', () => {
    const answer = '我認為會更接近。現在的擴展更多依賴RL';
    const [concept] = JSON.parse(
      buildData({ seed, concepts: [stub([answer])] }).files[GENERATED_FILES.concepts]!,
    ) as Concept[];
    expect(concept!.quotes[0]).toMatchObject({ turnId: 'academia-industry-5', speaker: 'Tri Dao' });
    const question = '你覺得一年后開源模型和閉源模型的質量會更接近還是更遠?';
    const [asked] = JSON.parse(
      buildData({ seed, concepts: [stub([question])] }).files[GENERATED_FILES.concepts]!,
    ) as Concept[];
    expect(asked!.quotes[0]!.speaker).toBe('Jacob Effron');
    expect(() => buildData({ seed, concepts: [stub(['還是更遠?我認為'])] })).toThrow(
      /spans a question and its unlabeled answer/,
    );
  });

  test('an editorial note is localized beside the verbatim quote', () => {
    const concepts = [
      stub(['VLM、SGLang'], {
        quotes: [{ text: 'VLM、SGLang', note: { en: 'VLM means vLLM.', zh: '“VLM”应为 vLLM。' } }],
      }),
    ];
    const [concept] = JSON.parse(buildData({ seed, concepts }).files[GENERATED_FILES.concepts]!) as Concept[];
    expect(concept!.quotes[0]!.text.orig).toBe('VLM、SGLang');
    expect(concept!.quotes[0]!.note).toEqual({
      en: 'VLM means vLLM.',
      hans: '“VLM”应为 vLLM。',
      hant: '“VLM”應為 vLLM。',
      twp: '“VLM”應為 vLLM。',
    });
  });
});

describe('alias table', () => {
  test('Chinese aliases appear in Simplified, Traditional and Taiwan forms with their rule; Latin ones once', () => {
    expect(expandAliases([{ text: 'KV cache' }, { text: 'KV缓存' }, { text: '内存', aiOnly: true }])).toEqual([
      { text: 'KV cache' },
      { text: 'KV缓存' },
      { text: 'KV緩存' },
      { text: 'KV快取' },
      { text: '内存', aiOnly: true },
      { text: '內存', aiOnly: true },
      { text: '記憶體', aiOnly: true },
    ]);
  });

  test('hantToHans folds every alias variant to its Simplified form, one character for one', () => {
    const table: AliasTable = buildAliasTable([stub([])]);
    const fold = (s: string) => [...s].map((c) => table.hantToHans[c] ?? c).join('');
    expect(fold('KV緩存')).toBe('KV缓存');
    expect(fold('內存')).toBe('内存');
    expect(fold('記憶體')).toBe('记忆体');
    for (const [hant, hans] of Object.entries(table.hantToHans)) {
      expect([[...hant].length, [...hans].length]).toEqual([1, 1]);
      expect(hant).not.toBe(hans);
    }
    expect(Object.keys(table.hantToHans)).toEqual(Object.keys(table.hantToHans).sort());
  });

  test('output is deterministic', () => {
    const inputs = { seed, concepts: [stub(['KV緩存是注意力機制'])] };
    expect(buildData(inputs).files).toEqual(buildData(inputs).files);
  });
});
