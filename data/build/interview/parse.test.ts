/**
 * Proves the interview data loses and invents nothing: the title, the lead,
 * the headings and the turns (label + text), joined in order, give back the
 * seed byte for byte.
 *
 * Whitespace rule (same as data/build/interview/parse.ts): the seed is split on "\n";
 * each non-empty line is one element (title, lead block, heading, or one
 * paragraph of a turn; a turn's paragraphs are joined with "\n"); elements are
 * joined with "\n", preceded by `blankLinesBefore` extra "\n"; a `runIn` turn
 * follows the previous text with no "\n"; `seedTail` (the final newline and
 * the 23 trailing empty lines) closes the text. Nothing is trimmed.
 */
import { describe, expect, test } from 'vitest';
import type { Scripts } from '@/lib/data-types';
import { parseInterview } from './parse';
import { reassembleSeed } from '@/tests/support/reassemble';
import { readSeed } from './seed-file';
import { SECTION_SLUGS } from './structure';

// Script conversion is tested in data/build/chinese; here only `orig` matters.
const origOnly = (orig: string): Scripts => ({ orig, hans: orig, hant: orig, twp: orig });
const seed = readSeed();
const interview = parseInterview(seed, origOnly);

describe('round trip', () => {
  test('title, lead, headings and turns joined in order reproduce the seed exactly', () => {
    expect(reassembleSeed(interview)).toBe(seed);
  });

  test('every turn text and lead line is a verbatim part of the seed', () => {
    for (const t of interview.turns) expect(seed.includes(t.label + t.text.orig)).toBe(true);
    for (const b of interview.lead) expect(seed.split('\n')).toContain(b.text.orig);
  });

  test('no text is trimmed: labels keep their spacing, text keeps inner spaces', () => {
    expect(interview.turns.filter((t) => t.label === 'Tri Dao :')).toHaveLength(2);
    expect(interview.turns.filter((t) => t.label === 'Tri D:')).toHaveLength(1);
    expect(interview.turns.some((t) => t.text.orig.includes('新信息。 這雖然'))).toBe(true);
  });
});

describe('structure', () => {
  test('the title is the first line', () => {
    expect(interview.title.orig).toBe('Flash Attention作者最新播客:英偉達GPU統治三年內將終結');
  });

  test('seven sections with the stable slugs, first and last headings as in the seed README', () => {
    expect(interview.sections.map((s) => s.slug)).toEqual([
      'nvidia-dominance',
      'chip-design-challenges',
      'inference-optimization',
      'specialized-inference',
      'workloads-open-source',
      'architecture-expert-ai',
      'academia-industry',
    ]);
    expect(interview.sections.map((s) => s.title.orig)).toEqual(SECTION_SLUGS.map((s) => s.heading));
    expect(interview.sections[0]!.title.orig).toBe('Nvidia 的主導地位及其競爭者');
    expect(interview.sections.at(-1)!.title.orig).toBe('學術界與工業界的平衡');
  });

  test('turn ids are unique, `<section-slug>-<n>` numbered from 1, in section order', () => {
    expect(interview.turns).toHaveLength(59);
    expect(new Set(interview.turns.map((t) => t.id)).size).toBe(interview.turns.length);
    expect(interview.sections.flatMap((s) => s.turnIds)).toEqual(interview.turns.map((t) => t.id));
    for (const s of interview.sections) {
      s.turnIds.forEach((id, n) => {
        expect(id).toBe(`${s.slug}-${n + 1}`);
      });
    }
    expect(interview.sections.map((s) => s.turnIds.length)).toEqual([4, 26, 2, 4, 4, 10, 9]);
    expect(interview.turns[0]).toMatchObject({ id: 'nvidia-dominance-1', speaker: 'Q', label: 'Q:' });
    expect(interview.turns.at(-1)).toMatchObject({ id: 'academia-industry-9', speaker: 'Tri Dao' });
  });

  test('every speaker is Q, Jacob Effron or Tri Dao; variant labels are normalised', () => {
    const labels = new Map<string, Set<string>>();
    for (const t of interview.turns) {
      expect(['Q', 'Jacob Effron', 'Tri Dao']).toContain(t.speaker);
      labels.set(t.label, (labels.get(t.label) ?? new Set()).add(t.speaker));
    }
    expect(Object.fromEntries([...labels].map(([l, s]) => [l, [...s]]))).toEqual({
      'Q:': ['Q'],
      'Jacob Effron:': ['Jacob Effron'],
      'Tri Dao:': ['Tri Dao'],
      'Tri Dao :': ['Tri Dao'],
      'Tri D:': ['Tri Dao'],
    });
  });

  test('labels run into a paragraph start their own turn; a label-less answer stays in its turn', () => {
    expect(interview.turns.filter((t) => t.runIn).map((t) => t.id)).toEqual([
      'workloads-open-source-3',
      'architecture-expert-ai-5',
      'academia-industry-8',
    ]);
    const mixed = interview.turns.filter((t) => t.unlabeledAnswer !== undefined);
    expect(mixed.map((t) => t.id)).toEqual(['academia-industry-5']);
    const t = mixed[0]!;
    expect(t.speaker).toBe('Jacob Effron');
    expect(t.unlabeledAnswer!.speaker).toBe('Tri Dao');
    expect(t.text.orig.slice(0, t.unlabeledAnswer!.start)).toMatch(/\?$/);
    expect(t.text.orig.slice(t.unlabeledAnswer!.start)).toMatch(/^我認為會更接近。/);
  });

  test('the editor lead is editorial: claims, summary, bio and intro lines, never turns', () => {
    const kinds = interview.lead.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'claim')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'summary')).toHaveLength(4); // three bullets and the "……" closing them
    expect(kinds.filter((k) => k === 'bio')).toHaveLength(3);
    expect(interview.lead[0]!.text.orig).toBe('英偉達還能“猖狂”多久?——不出三年!');
    expect(interview.lead.at(-1)!.text.orig).toBe('訪談內容');
    const firstTurnText = interview.turns[0]!.text.orig;
    expect(interview.lead.some((b) => b.text.orig.includes(firstTurnText))).toBe(false);
  });

  test('source metadata names the podcast, host, date and the write-up', () => {
    expect(interview.source).toMatchObject({
      podcast: 'Unsupervised Learning',
      publisherOfPodcast: 'Redpoint Ventures',
      host: 'Jacob Effron',
      guest: 'Tri Dao',
      releaseDate: '2025-09-10',
      writeUp: {
        publisher: 'QbitAI',
        publisherZh: '量子位',
        byline: 'henry',
        date: '2025-09-29',
        dateApproximate: true,
      },
    });
    expect(interview.source.episodeUrl).toMatch(/^https:\/\/unsupervised-learning\.simplecast\.com\/episodes\/ep-74-/);
  });
});

describe('parser rejects what it cannot place', () => {
  test('an unknown lead line', () => {
    expect(() => parseInterview(seed.replace('接下來,就和我們', 'XX接下來'), origOnly)).toThrow(/Lead line 17/);
  });
  test('a renamed heading', () => {
    expect(() => parseInterview(seed.replace('推理優化技術\n', '推理優化\n'), origOnly)).toThrow(/Section headings/);
  });
});
