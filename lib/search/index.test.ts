import { describe, expect, it } from 'vitest';
import { createInterviewSearch, normalizeQuery } from './index';
import { matchIndicesFor, snippet } from './snippet';
import { stubConcepts } from '@/tests/support/search-fixtures';

const search = createInterviewSearch(stubConcepts);
const ids = (q: string) => search.search(q).map((h) => h.doc.quoteId ?? h.doc.conceptId);

describe('interview search (stub data)', () => {
  it('finds text stored in Traditional from a Simplified query', () => {
    // The seed writes 緩存 (Traditional); the reader types 缓存.
    expect(ids('缓存是注意力')).toContain('kv-cache-1');
  });

  it('finds text from a Traditional query, also with Taiwan phrasing', () => {
    expect(ids('鍵值快取')).toContain('kv-cache');
    expect(ids('記憶體之間')).toContain('memory-bound-inference-1');
    expect(ids('資料傳輸')).toContain('memory-bound-inference-1');
  });

  it('finds the Chinese quotes from an English term through the aliases', () => {
    const hits = search.search('KV cache');
    expect(hits[0].doc.conceptId).toBe('kv-cache');
    expect(hits.some((h) => h.doc.quoteId === 'kv-cache-1')).toBe(true);
    expect(ids('MoE')).toContain('mixture-of-experts-1');
  });

  it('ranks the concept whose name matches above unrelated ones and ignores full-width input', () => {
    expect(ids('ＮＶＩＤＩＡ')[0]).toBe('nvidia');
    expect(normalizeQuery('  ＫＶ   cache ')).toBe('KV cache');
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });

  it('highlights the match in the displayed script when lengths allow', () => {
    const hit = search.search('內存之間').find((h) => h.doc.quoteId === 'memory-bound-inference-1')!;
    const hant = matchIndicesFor(hit, 'hant');
    expect(hant.length).toBeGreaterThan(0);
    const parts = snippet(hit.doc.text[1], hant, 80);
    expect(
      parts
        .filter((p) => p.match)
        .map((p) => p.text)
        .join(''),
    ).toContain('內存之間');
  });
});

describe('snippet', () => {
  it('cuts around the match and marks ellipses', () => {
    const text = `${'a'.repeat(100)}MATCH${'b'.repeat(100)}`;
    const parts = snippet(text, [[100, 104]], 40);
    expect(parts[0].text).toBe('…');
    expect(parts.find((p) => p.match)?.text).toBe('MATCH');
    expect(parts.at(-1)?.text).toBe('…');
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(42);
  });
});

describe('interview search (the real data)', async () => {
  const { default: concepts } = await import('@/data/generated/concepts.json');
  const real = concepts as unknown as import('@/lib/data-types').Concept[];

  it('finds across scripts and from English terms in the shipped concepts', () => {
    const s = createInterviewSearch(real);
    const quotesOf = (q: string) =>
      s
        .search(q)
        .filter((h) => h.doc.kind === 'quote')
        .map((h) => h.doc.conceptId);
    expect(quotesOf('KV cache')).toContain('kv-cache');
    expect(quotesOf('MoE')).toContain('mixture-of-experts');
    // The seed is Traditional: 內存 in the original, 内存 in Simplified, 記憶體 in Taiwan phrasing.
    expect(s.search('内存访问').some((h) => h.doc.quoteId === 'flash-attention-1')).toBe(true);
    expect(s.search('記憶體訪問').some((h) => h.doc.quoteId === 'flash-attention-1')).toBe(true);
    expect(s.search('英伟达')[0].doc.conceptId).toBe('nvidia');
    expect(s.search('輝達')[0].doc.conceptId).toBe('nvidia');
    // Typos in English names still find the concept (fuzzy pass), and words may come in any order.
    expect(s.search('flash atention')[0]?.doc.conceptId).toBe('flash-attention');
    expect(s.search('cache KV')[0]?.doc.conceptId).toBe('kv-cache');
  });

  it('prints index build and per-keystroke search times (a measurement, not a threshold)', () => {
    let started = performance.now();
    const s = createInterviewSearch(real);
    const buildMs = performance.now() - started;
    const times: number[] = [];
    for (const query of ['KV cache', '記憶體訪問', '混合专家', 'quantization', 'Flash Attention']) {
      for (let i = 1; i <= query.length; i++) {
        started = performance.now();
        s.search(query.slice(0, i));
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `[search] ${s.docs.length} documents; index built in ${buildMs.toFixed(1)} ms; ` +
        `${times.length} keystrokes: median ${times[times.length >> 1].toFixed(2)} ms, ` +
        `p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`,
    );
    expect(times.length).toBe(44);
  });
});
