import { describe, expect, test } from 'vitest';
import aliases from '@/data/generated/content-aliases.json';
import { textScriptClassifier, textScriptOf } from './text-script';

/** The classifier the content script uses: its own pairs and the matcher's fold table. */
const withFold = textScriptClassifier(aliases.hantToHans);

describe('textScriptOf', () => {
  test('English prose is en', () => {
    expect(textScriptOf('Serving a large language model is bound by memory traffic, not FLOPs.')).toBe('en');
  });

  test('Simplified and Traditional prose', () => {
    expect(textScriptOf('在推理时，大部分开销来自缓存的搬运；这个模型每个 token 只启用少数专家。')).toBe('hans');
    expect(textScriptOf('在推理時，大部分開銷來自快取的搬運；這個模型每個 token 只啟用少數專家。')).toBe('hant');
  });

  test('mixed text: English naming a Chinese term stays English, Chinese full of English terms stays Chinese', () => {
    expect(textScriptOf('NVIDIA (英伟达) announced the H100 today')).toBe('en');
    expect(textScriptOf('Chinese outlets call the company 輝達 in Taiwan.')).toBe('en');
    expect(textScriptOf('我们用 FlashAttention 和 KV cache 做推理')).toBe('hans');
    expect(textScriptOf('這些 MoE 模型在 H100 上跑得很快')).toBe('hant');
  });

  test('a Simplified paragraph quoting one Traditional name stays Simplified (and the other way round)', () => {
    expect(textScriptOf('这家公司在台湾叫「輝達」，但这里说的还是同一个东西。')).toBe('hans');
    expect(textScriptOf('這家公司在大陸叫「英伟达」，但這裡說的還是同一個東西。')).toBe('hant');
  });

  test('short contexts', () => {
    expect(textScriptOf('FlashAttention')).toBe('en');
    expect(textScriptOf('H100')).toBe('en');
    expect(textScriptOf('这')).toBe('hans');
    expect(textScriptOf('這')).toBe('hant');
    expect(textScriptOf('GPU 上')).toBe('hans');
    expect(textScriptOf('')).toBe('en');
    expect(textScriptOf('2025 · 100× · 1.5')).toBe('en');
  });

  test('text the same in both scripts takes the caller’s guess, Simplified by default', () => {
    expect(textScriptOf('推理模型')).toBe('hans');
    expect(textScriptOf('推理模型', 'hant')).toBe('hant');
    // Evidence wins over the guess.
    expect(textScriptOf('这个推理模型', 'hant')).toBe('hans');
  });

  test('numbers and the multiplication sign are not words', () => {
    expect(textScriptOf('模型 120B × 2 = 240 GB')).toBe('hans');
  });
});

/** More Latin letters than Han characters. */
function mostlyLatin(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return latin > han;
}

describe('with the fold table of the content script', () => {
  test('AI-hardware vocabulary counts as evidence', () => {
    // 記憶體 and 處理器 are in the aliases; the built-in pairs alone see nothing here.
    expect(textScriptOf('記憶體處理器')).toBe('hans');
    expect(withFold('記憶體處理器')).toBe('hant');
    expect(withFold('内存处理器')).toBe('hans');
  });

  /**
   * The dev set's texts, cut into windows of 60 characters (about a sentence,
   * what the card sees around a term): Simplified and Traditional files must
   * come out in their own script, English files in English. A Chinese file's
   * window with more Latin letters than Han characters (code, commands, link
   * targets, a BibTeX entry, an untranslated English paragraph: the dev set's
   * README pages have many) is legitimately en and not judged; a few percent
   * of the rest are allowed.
   */
  test('dev-set windows come out in their file’s script', () => {
    // Vite reads the files (no Node built-in in lib/, test files included).
    const devSet = import.meta.glob<string>('../../tests/fixtures/dev-set/*.{md,txt}', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const tally: Record<string, { n: number; ok: number }> = {};
    for (const [filePath, raw] of Object.entries(devSet)) {
      const file = filePath.slice(filePath.lastIndexOf('/') + 1);
      const lang = /^(en|zh-Hans|zh-Hant)-/.exec(file)?.[1];
      if (!lang) continue;
      const want = ({ en: 'en', 'zh-Hans': 'hans', 'zh-Hant': 'hant' } as const)[lang as 'en'];
      const text = raw.replace(/\s+/g, ' ');
      tally[want] ??= { n: 0, ok: 0 };
      const row = tally[want];
      for (let i = 0; i + 60 <= text.length; i += 180) {
        const window = text.slice(i, i + 60);
        if (want !== 'en' && mostlyLatin(window)) continue;
        row.n++;
        if (withFold(window) === want) row.ok++;
      }
    }
    for (const [want, { n, ok }] of Object.entries(tally)) {
      expect(n, want).toBeGreaterThan(40);
      expect(ok / n, `${want}: ${ok} of ${n}`).toBeGreaterThanOrEqual(want === 'en' ? 0.99 : 0.9);
    }
  });
});
