import { describe, expect, it } from 'vitest';
import { compileMatcher, isAiContext } from '@/data/build/compile-matcher';
import { ContextTracker } from './index';
import { MEDIUM_SIGNALS, SIGNAL_WORDS, STRONG_SIGNALS } from './signal-words';
import { loadAliasTable } from '@/tests/tools/read-alias-table';

const matcher = compileMatcher(loadAliasTable());
const found = (text: string) => matcher.findAll(text).map((m) => `${m.conceptId}:${text.slice(m.start, m.end)}`);

/** Texts that use the confusables in their other senses: a reader must see no highlight. */
const negatives: [string, string][] = [
  [
    'MLA citation style',
    'Format the paper in MLA style. The MLA Handbook asks for a works-cited page; MLA format puts the author first. Our library guide compares MLA and APA citations.',
  ],
  [
    'Ministry of Education',
    '教育部(MOE)今日发布通知，要求各地做好秋季学期开学准备。The MOE said schools will reopen in September; MOE officials visited three districts.',
  ],
  [
    'quant trading',
    '量化交易入门：本书介绍量化投资与量化策略的基本方法，包括数据清洗、因子模型和回测。量化基金经理需要理解风险模型。',
  ],
  [
    'database cursor',
    'Open a cursor with conn.cursor(), then cursor.execute(query) and fetch rows. Close the cursor when done; server-side cursors stream large result sets from the database.',
  ],
  [
    'Gemini zodiac',
    'Gemini horoscope for today: Gemini, the twins, is ruled by Mercury. Geminis are curious; your lucky number is 5 and the moon enters your sign on Friday.',
  ],
  [
    'Claude as a first name',
    'Claude Monet painted water lilies at Giverny. Claude Debussy wrote La Mer. My neighbour Claude and I walked together to the market.',
  ],
  [
    'together as a word',
    'We worked together on the garden, and together we planted tomatoes. Bringing people together is what the festival is about.',
  ],
  [
    'mamba package manager',
    'Install mamba with conda, then run mamba install numpy or mamba create -n env python=3.11. Micromamba is a tiny static build of mamba.',
  ],
  [
    'Triton the moon',
    'Triton is the largest moon of Neptune, discovered by William Lassell in 1846. Triton orbits in a retrograde direction and has nitrogen geysers.',
  ],
  [
    'windsurfing',
    'Windsurf lessons at the lake: beginners learn to balance on the board and steer the sail. Our windsurf school rents boards by the hour.',
  ],
  [
    'hybrid cars',
    'A hybrid car combines a petrol engine with an electric motor. Plug-in hybrid models charge at home; hybrid work schedules reduce commuting.',
  ],
  [
    'travel agent',
    'Our travel agent booked flights and hotels; the agent also arranged a rollout of the new loyalty program for frequent travellers.',
  ],
];

describe('context rule on confusables', () => {
  for (const [name, text] of negatives) {
    it(`finds nothing in a text about ${name}`, () => {
      expect(found(text)).toEqual([]);
      expect(matcher.isAiContext(text)).toBe(false);
    });
  }
  it('general AI talk in passing does not make a page AI context', () => {
    const policy =
      'Artificial intelligence is changing how agencies decide. The ACLU asks what model of oversight fits, and whether inference from data is fair.';
    expect(matcher.isAiContext(policy)).toBe(false);
  });
});

describe('context rule on AI texts', () => {
  it('accepts aiOnly aliases in an English AI-systems paragraph', () => {
    const text =
      'DeepSeek-V3 uses MLA and a MoE with 256 experts; on H800 GPUs the KV cache shrinks, and Triton kernels fuse the attention.';
    expect(matcher.isAiContext(text)).toBe(true);
    const ids = new Set(matcher.findAll(text).map((m) => m.conceptId));
    for (const id of ['multi-head-latent-attention', 'mixture-of-experts', 'kv-cache', 'triton'])
      expect(ids, id).toContain(id);
  });
  it('accepts aiOnly aliases in a Traditional Chinese AI paragraph', () => {
    const text = 'DeepSeek 的 MoE 架構與 MLA 大幅降低了推理成本，模型量化到 4 位元後，大模型可以在單張 GPU 上運行。';
    expect(matcher.isAiContext(text)).toBe(true);
    const ids = new Set(matcher.findAll(text).map((m) => m.conceptId));
    for (const id of ['mixture-of-experts', 'multi-head-latent-attention', 'inference-cost', 'quantization'])
      expect(ids, id).toContain(id);
  });
  it("an AI coding tool's maker is a signal of its own: an acquisition story with one AI-coding phrase qualifies", () => {
    const text = 'Who owns the AI IDE now? Cognition bought Windsurf (formerly Codeium) and its editor team.';
    expect(matcher.isAiContext(text)).toBe(true);
    expect(found(text)).toContain('windsurf:Windsurf');
    // One AI-coding phrase alone is still not enough, and a surfing page names no such maker.
    expect(matcher.isAiContext('Who owns the AI IDE now? Cognition bought Windsurf.')).toBe(false);
  });
  it('unambiguous aliases count even outside AI context', () => {
    expect(found('FlashAttention-2 and gpt-oss-120b')).toEqual([
      'flash-attention:FlashAttention-2',
      'gpt-oss:gpt-oss-120b',
    ]);
  });
});

describe('ContextTracker across slices', () => {
  it('decides for the whole document, whatever the slicing', () => {
    const doc = `${'The MoE layer routes tokens. '.repeat(3)}Training on GPUs with CUDA kernels. Our LLM serves users. `;
    const whole = new ContextTracker();
    whole.add(matcher.scanWithSignals(doc));
    const sliced = new ContextTracker();
    for (let i = 0; i < doc.length; i += 30) {
      // Slices cut at spaces, as the content script cuts between text nodes.
      const end = doc.indexOf(' ', i + 30);
      sliced.add(matcher.scanWithSignals(doc.slice(i, end < 0 ? doc.length : end)));
      if (end < 0) break;
      i = end - 30;
    }
    expect(whole.isAi).toBe(true);
    expect(sliced.isAi).toBe(whole.isAi);
  });
  it('counts each signal once across slices (a document that does not qualify)', () => {
    const doc = 'The model was trained on a large dataset. The model was trained again. Inference took a while.';
    const whole = new ContextTracker();
    whole.add(matcher.scanWithSignals(doc));
    const sliced = new ContextTracker();
    for (const part of doc.split('. ')) sliced.add(matcher.scanWithSignals(part));
    expect(whole.isAi).toBe(false);
    expect(sliced.score).toBe(whole.score);
    expect(sliced.weak).toBe(whole.weak);
  });
  it('the standalone isAiContext counts signal words and the candidates it is given', () => {
    expect(isAiContext('We trained the LLM on GPUs.')).toBe(true);
    expect(isAiContext('MoE MLA o3')).toBe(false);
    const text = 'FlashAttention and gpt-oss';
    expect(isAiContext(text)).toBe(false);
    expect(isAiContext(text, matcher.scan(text))).toBe(true);
  });
});

describe('signal tiers', () => {
  it('SIGNAL_WORDS lists its strong, then medium, then weak words, and the counts the tracker reads match', () => {
    const tiers = SIGNAL_WORDS.map((s) => s.tier);
    const expected = tiers
      .slice()
      .sort((a, b) => ['strong', 'medium', 'weak'].indexOf(a) - ['strong', 'medium', 'weak'].indexOf(b));
    expect(tiers, 'keep each tier in its group (strong, medium, weak)').toEqual(expected);
    expect(STRONG_SIGNALS, 'STRONG_SIGNALS in signal-words.ts').toBe(tiers.filter((t) => t === 'strong').length);
    expect(MEDIUM_SIGNALS, 'MEDIUM_SIGNALS in signal-words.ts').toBe(tiers.filter((t) => t === 'medium').length);
  });

  it('each signal counts with its own tier: one strong word decides with one medium, not two weak ones alone', () => {
    const hit = (signal: number) => ({ candidates: [], signals: [{ signal, start: 0, end: 1 }] });
    const lastStrong = STRONG_SIGNALS - 1;
    const firstMedium = STRONG_SIGNALS;
    const lastMedium = STRONG_SIGNALS + MEDIUM_SIGNALS - 1;
    const firstWeak = STRONG_SIGNALS + MEDIUM_SIGNALS;
    const a = new ContextTracker();
    a.add(hit(lastStrong));
    expect(a.score).toBe(1);
    a.add(hit(firstMedium));
    expect(a.score).toBe(1.5);
    a.add(hit(lastMedium));
    expect(a.isAi).toBe(true);
    const b = new ContextTracker();
    b.add(hit(firstWeak));
    b.add(hit(SIGNAL_WORDS.length - 1));
    expect([b.score, b.weak, b.isAi]).toEqual([0, 2, false]);
    b.add(hit(0));
    expect(b.isAi).toBe(true);
  });
});
