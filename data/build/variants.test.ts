import { describe, expect, it } from 'vitest';
import { aliasKeys, allowsPlural } from './variants';
import {
  foldString,
  halfWidthUnit,
  isIgnorableUnit,
  isSeparatorUnit,
  isWordAt,
  isWordBefore,
} from '@/lib/matcher/fold';

describe('optional separator places', () => {
  const places = (alias: string) => {
    const [{ key, seps }] = aliasKeys(alias, {});
    return { key, seps };
  };
  it('come from separators, camelCase steps between 2+ letter parts, and Latin/Chinese steps', () => {
    expect(places('Flash Attention')).toEqual({ key: 'flashattention', seps: [5] });
    expect(places('FlashAttention-2')).toEqual({ key: 'flashattention2', seps: [5, 14] });
    expect(places('flash_attn')).toEqual({ key: 'flashattn', seps: [5] });
    expect(places('TogetherAI')).toEqual({ key: 'togetherai', seps: [8] });
    expect(places('MoE')).toEqual({ key: 'moe', seps: [] });
    expect(places('vLLM')).toEqual({ key: 'vllm', seps: [] });
    expect(places('KV缓存')).toEqual({ key: 'kv缓存', seps: [2] });
    expect(places('Mamba 混合')).toEqual({ key: 'mamba混合', seps: [5] });
    expect(places('多头潜在注意力')).toEqual({ key: '多头潜在注意力', seps: [] });
    expect(places(' -GPU- ')).toEqual({ key: 'gpu', seps: [] });
  });
});

describe('aliasKeys', () => {
  it('folds to one separator-free key with the allowed separator places', () => {
    expect(aliasKeys('Multi-head Latent Attention', {})[0]).toMatchObject({
      key: 'multiheadlatentattention',
      seps: [5, 9, 15],
    });
    expect(aliasKeys('ＧＰＵ kernel', {})[0]).toMatchObject({ key: 'gpukernel', seps: [3] });
    expect(aliasKeys('多頭潛在注意力', { 頭: '头', 潛: '潜' })[0]).toMatchObject({
      key: '多头潜在注意力',
      boundaryStart: false,
      boundaryEnd: false,
    });
  });
  it('asks for word boundaries only at Latin edges', () => {
    expect(aliasKeys('KV缓存', {})[0]).toMatchObject({ boundaryStart: true, boundaryEnd: false });
    expect(aliasKeys('o3', {})[0]).toMatchObject({ boundaryStart: true, boundaryEnd: true });
  });
  it('adds the plural key where the rules allow it', () => {
    expect(aliasKeys('KV cache', {}).map((k) => k.key)).toEqual(['kvcache', 'kvcaches']);
    expect(aliasKeys('Mamba', {}).map((k) => k.key)).toEqual(['mamba']);
  });
});

describe('allowsPlural', () => {
  it.each([
    ['KV cache', true],
    ['rollout', true],
    ['AI agent', true],
    ['MoE', true],
    ['GPU', true],
    ['LLM', true],
    ['H100', true],
    ['B200', true],
    ['Mamba', false],
    ['Triton', false],
    ['Inductor', false],
    ['Flash Attention', false],
    ['o3', false],
    ['GPT-5', false],
    ['torch.compile', false],
    ['tensor cores', false],
    ['CUTLASS', false],
    ['E', false],
    ['量化', false],
  ])('%s -> %s', (alias, expected) => {
    expect(allowsPlural(alias)).toBe(expected);
  });
});

describe('fold', () => {
  it('knows separators, ignorables and full-width forms', () => {
    for (const c of ' -_\u00a0\n\t\u2010\u2013\u2014\u2212\u3000\uff0d')
      expect(isSeparatorUnit(c.charCodeAt(0)), c).toBe(true);
    for (const c of 'a.,/(\u00ad') expect(isSeparatorUnit(c.charCodeAt(0)), c).toBe(false);
    for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') expect(isIgnorableUnit(c.charCodeAt(0))).toBe(true);
    expect(String.fromCharCode(halfWidthUnit('Ｍ'.charCodeAt(0)))).toBe('M');
    expect(foldString('ＭｏＥ 緩存', { 緩: '缓' })).toBe('moe 缓存');
  });
  it('sees word characters across surrogate pairs and combining marks, not in CJK', () => {
    expect(isWordBefore('é', 1)).toBe(true);
    expect(isWordBefore('e\u0301', 2)).toBe(true); // combining acute
    expect(isWordBefore('\u{1d400}', 2)).toBe(true); // mathematical bold A (surrogate pair)
    expect(isWordBefore('😀', 2)).toBe(false);
    expect(isWordBefore('用', 1)).toBe(false);
    expect(isWordAt('架构', 0)).toBe(false);
    expect(isWordAt('\ud800', 0)).toBe(false); // lone surrogate
    expect(isWordAt('x', 1)).toBe(false); // end of text
  });
});
