import { describe, expect, it } from 'vitest';
import { createInterviewSearch, normalizeQuery } from './index';
import { englishMatchIndices, matchIndicesFor, snippet } from './snippet';
import { queryStems, stem } from './english';
import { isChineseQuery, scriptVariants } from './fold';
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

describe('English queries (stub data)', () => {
  it('find the English rendering of a quote by its words, in any order and any form, and are shown in English', () => {
    const hits = search.search('moving weights memories');
    const hit = hits.find((h) => h.doc.quoteId === 'memory-bound-inference-1')!;
    expect(hit.lang).toBe('en');
    const marked = englishMatchIndices(hit).map(([a, b]) => hit.doc.en[0]!.slice(a, b + 1));
    expect(marked).toEqual(expect.arrayContaining(['moving', 'weights', 'memories']));
    expect(ids('experts per token')).toContain('mixture-of-experts-1');
    expect(ids('chip design')).toContain('nvidia-1'); // "design very good chips"
  });

  it('a Chinese query is shown in Chinese', () => {
    expect(search.search('缓存是注意力')[0]!.lang).toBe('zh');
  });

  it('stems plurals, comparatives and past forms alike, and drops words that carry no meaning', () => {
    expect([stem('chips'), stem('chip')]).toEqual(['chip', 'chip']);
    expect([stem('cheaper'), stem('cheap')]).toEqual(['cheap', 'cheap']);
    expect([stem('experts'), stem('activated'), stem('activates')]).toEqual(['expert', 'activat', 'activat']);
    expect(queryStems('the experts per token')).toEqual(['expert', 'token']);
  });
});

describe('queries that mix scripts', () => {
  it('are folded to all-Simplified and all-Traditional before searching', () => {
    expect(isChineseQuery('英伟達')).toBe(true);
    expect(isChineseQuery('KV cache')).toBe(false);
    expect(scriptVariants('英伟達')).toEqual(['英伟達', '英伟达', '英偉達']);
  });

  it('find what either script stores', () => {
    expect(ids('英伟達')).toContain('nvidia');
    expect(ids('英偉达之所以')).toContain('nvidia-1');
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

  it('lists the concept first when the query is its name or one of its aliases, in any case', () => {
    const s = createInterviewSearch(real);
    // A quote that merely mentions a name used to come first: "NVIDIA" found a quote on hybrids, "SGLang" one
    // on vLLM, "Mosaic GPU" one on ThunderKittens.
    expect(s.search('nvidia')[0].doc.conceptId).toBe('nvidia');
    expect(s.search('nvidia')[0].doc.kind).toBe('concept');
    const wrong: string[] = [];
    for (const c of real) {
      const names = [c.name.en, c.name.en.toLowerCase(), c.name.hans, c.name.hant];
      for (const q of [...names, ...c.aliases.map((a) => a.text).filter((t) => t.length > 2)]) {
        const top = s.search(q)[0];
        if (top?.doc.kind !== 'concept' || top.doc.conceptId !== c.id) wrong.push(`${q} -> ${top?.doc.conceptId}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds the English rendering for English queries, shown in English', () => {
    const s = createInterviewSearch(real);
    const english = (q: string) =>
      s.search(q).filter((h) => h.doc.kind === 'quote' && h.lang === 'en' && h.doc.en.length);
    // Words of the rendering, not its exact phrase: "only 4 out of 128 experts are activated" per token.
    expect(english('experts per token').map((h) => h.doc.conceptId)).toContain('mixture-of-experts');
    // An alias brings the concept's quotes; their English is what the reader sees.
    expect(english('memory bandwidth').map((h) => h.doc.quoteId)).toContain('memory-bound-inference-1');
    // "Cheaper" finds "lower cost" (a synonym), "chips" finds chips.
    const cheaper = english('cheaper chips').map((h) => h.doc.en[0]!);
    expect(cheaper.some((t) => /\bcost\b/.test(t))).toBe(true);
    expect(cheaper.some((t) => /\bchips\b/.test(t))).toBe(true);
    // A query that mixes Simplified and Traditional.
    expect(s.search('英伟達')[0]!.doc.conceptId).toBe('nvidia');
    expect(s.search('英伟達')[0]!.lang).toBe('zh');
  });

  it('prints index build and per-keystroke search times (a measurement, not a threshold)', () => {
    let started = performance.now();
    const s = createInterviewSearch(real);
    const buildMs = performance.now() - started;
    const times: number[] = [];
    for (const query of ['KV cache', '記憶體訪問', '混合专家', 'quantization', 'Flash Attention', 'cheaper chips']) {
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
    expect(times.length).toBe(57);
  });
});
