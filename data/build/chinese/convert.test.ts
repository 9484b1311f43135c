/**
 * The four scripts of every Chinese string are really what they claim:
 * Traditional variants carry no Simplified leftovers, the Simplified one no
 * Traditional-only forms, Latin runs pass through untouched, and the
 * variants convert back to each other. Checked on the whole seed, on every
 * turn separately, and on mixed strings with the project's Latin terms.
 */
import { describe, expect, test } from 'vitest';
import { readSeed } from '@/data/build/interview/seed-file';
import { charToHans, toHans, toHant, toLocalized, toScripts, toTwp } from './convert';
import { simplifiedLeftovers, traditionalLeftovers } from '@/tests/support/script-check';

const seed = readSeed();
const all = toScripts(seed);

/** Maximal runs of printable ASCII (trimmed): product names, numbers, labels. */
const latinRuns = (s: string) => s.match(/[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?/g) ?? [];

describe('Traditional variants are fully Traditional', () => {
  test('the seed has Simplified leftovers to begin with (the check can fail)', () => {
    expect(new Set(simplifiedLeftovers(seed).map((s) => s.char))).toEqual(
      new Set(['并', '里', '么', '于', '后', '占', '愿', '干', '采']),
    );
  });

  test.each(['hant', 'twp'] as const)('%s of the whole seed has no Simplified-only character', (v) => {
    expect(simplifiedLeftovers(all[v])).toEqual([]);
  });

  test('a Simplified-only character is accepted only inside a word OpenCC keeps (里程碑)', () => {
    expect(all.hant).toContain('里程碑');
    expect(simplifiedLeftovers('這里程碑')).toEqual([]);
    expect(simplifiedLeftovers('在這里')).toMatchObject([{ char: '里', index: 2 }]);
  });

  test('known leftovers come out Traditional in context', () => {
    const pairs: [orig: string, hant: string][] = [
      ['并針對', '並針對'],
      ['在這里很久', '在這裡很久'],
      ['是什么', '是什麼'],
      ['趨于穩定', '趨於穩定'],
      ['兩三年后', '兩三年後'],
      ['占據主導', '佔據主導'],
      ['愿意為此', '願意為此'],
      ['榨干這些', '榨乾這些'],
      // slips of a naive character conversion in the seed, fixed through Simplified:
      ['復雜', '複雜'],
      ['對應關系', '對應關係'],
      ['輕松', '輕鬆'],
    ];
    for (const [orig, hant] of pairs) {
      expect(seed).toContain(orig);
      expect(toHant(orig)).toBe(hant);
      expect(all.hant).not.toContain(orig);
    }
  });

  test('OpenCC’s 發明瞭 mis-segmentation is fixed', () => {
    expect(seed).toContain('大家發明了更高效');
    expect(all.hant).toContain('大家發明了更高效');
    expect(all.twp).toContain('大家發明了更高效');
  });
});

describe('Simplified variant is fully Simplified', () => {
  test('the seed has Traditional-only characters to begin with', () => {
    expect(traditionalLeftovers(seed).length).toBeGreaterThan(1000);
  });

  test('hans of the whole seed has no Traditional-only character', () => {
    expect(traditionalLeftovers(all.hans)).toEqual([]);
  });

  test('leftovers and Traditional forms agree in Simplified', () => {
    expect(toHans('並且並且并且')).toBe('并且并且并且');
    expect(all.hans).toContain('英伟达');
    expect(all.hans).toContain('这里很久');
  });
});

describe('Taiwan phrasing', () => {
  test('twp uses Taiwan vocabulary, hant keeps the wording', () => {
    for (const word of ['軟體', '資料', '晶片', '輝達', '記憶體']) expect(all.twp).toContain(word);
    for (const word of ['軟件', '數據', '芯片', '英偉達', '內存']) expect(all.hant).toContain(word);
    expect(toTwp('英伟达的芯片')).toBe('輝達的晶片');
  });
});

describe('round trips', () => {
  test('hant and twp convert back to hans; hans converts forward to hant again', () => {
    expect(toHans(all.hant)).toBe(all.hans);
    expect(toHant(all.hans)).toBe(all.hant);
    expect(toHant(all.hant)).toBe(all.hant);
    expect(toHans(all.hans)).toBe(all.hans);
  });

  test('per-turn conversion agrees with the checks too', () => {
    for (const turn of seed.split('\n').filter(Boolean)) {
      const s = toScripts(turn);
      expect(simplifiedLeftovers(s.hant)).toEqual([]);
      expect(simplifiedLeftovers(s.twp)).toEqual([]);
      expect(traditionalLeftovers(s.hans)).toEqual([]);
      expect(toHans(s.hant)).toBe(s.hans);
    }
  });
});

describe('Latin runs survive every conversion', () => {
  test('every ASCII run of the seed is unchanged, in order, in each variant', () => {
    const runs = latinRuns(seed);
    expect(runs.length).toBeGreaterThan(700);
    for (const v of ['hans', 'hant', 'twp'] as const) expect(latinRuns(all[v])).toEqual(runs);
  });

  test('the project’s Latin terms next to Chinese', () => {
    const text = '用FlashAttention跑120B的GPT-oss,4-bit量化後每個SKU的內存都夠;Flash Attention也一樣';
    for (const out of [toHans(text), toHant(text), toTwp(text)]) {
      expect(latinRuns(out)).toEqual(['FlashAttention', '120B', 'GPT-oss,4-bit', 'SKU', ';Flash Attention']);
    }
  });
});

describe('helpers', () => {
  test('toScripts keeps orig byte for byte', () => {
    expect(all.orig).toBe(seed);
  });

  test('toLocalized keeps English and converts the Chinese', () => {
    expect(toLocalized('KV cache', 'KV缓存')).toEqual({
      en: 'KV cache',
      hans: 'KV缓存',
      hant: 'KV緩存',
      twp: 'KV快取',
    });
  });

  test('charToHans folds one character without context', () => {
    expect(charToHans('體')).toBe('体');
    expect(charToHans('裡')).toBe('里');
    expect(charToHans('a')).toBe('a');
  });
});
