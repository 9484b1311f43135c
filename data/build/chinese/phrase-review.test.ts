/**
 * Every phrase replacement OpenCC's tables make on the extension's texts has
 * been reviewed (./phrase-review.ts), and the generated data shows the
 * team's verdicts: no 引數 for a model's 參數, no 核心 for a kernel, no 擴充套件.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '@/data/build/build-data';
import { toHant, toTwp } from './convert';
import { listPhraseReplacements } from './phrase-listing';
import { TAIWAN_REVIEW, TRADITIONAL_REVIEW } from './phrase-review';

const read = (rel: string) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, rel), 'utf8'));
const data = { interview: read('data/generated/interview.json'), concepts: read('data/generated/concepts.json') };
const rows = listPhraseReplacements(data);

/** Every multi-script string of the generated data. */
function strings(): { hans: string; hant: string; twp: string }[] {
  const out: { hans: string; hant: string; twp: string }[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const r = value as Record<string, unknown>;
    if (typeof r.hans === 'string' && typeof r.hant === 'string' && typeof r.twp === 'string') {
      out.push(r as { hans: string; hant: string; twp: string });
      return;
    }
    Object.values(r).forEach(visit);
  };
  visit(data);
  return out;
}

const count = (text: string, word: string) => text.split(word).length - 1;

describe('the phrase review', () => {
  test('the listing finds OpenCC replacements (the check can fail)', () => {
    expect(rows.some((r) => r.table === 'taiwan' && r.key === '參數' && r.after === '引數')).toBe(true);
    expect(rows.some((r) => r.table === 'traditional' && r.key === '复杂' && r.after === '複雜')).toBe(true);
  });

  test('every replacement OpenCC makes on the extension’s texts has a verdict in phrase-review.ts', () => {
    const reviewed = {
      traditional: new Set(TRADITIONAL_REVIEW.map((v) => `${v.key}\t${v.opencc}`)),
      taiwan: new Set(TAIWAN_REVIEW.map((v) => `${v.key}\t${v.opencc}`)),
    };
    const unreviewed = new Map<string, string>();
    for (const r of rows) {
      if (reviewed[r.table].has(`${r.key}\t${r.after}`)) continue;
      // Ready to paste into the table, once someone has decided.
      unreviewed.set(`${r.table}: keep('${r.key}', '${r.after}')`, `${r.before} → ${r.after} in ${r.text}`);
    }
    expect(Object.fromEntries(unreviewed)).toEqual({});
  });

  test('each verdict is listed once, and an override says why', () => {
    for (const review of [TRADITIONAL_REVIEW, TAIWAN_REVIEW]) {
      const keys = review.map((v) => v.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const v of review) if (v.ours !== v.opencc) expect(v.why, v.key).toBeTruthy();
    }
  });

  test('the converter applies the overrides', () => {
    expect(toTwp('模型参数和GPU内核的扩展')).toBe('模型參數和GPU內核的擴展');
    expect(toHant('而是只激活部分专家')).toBe('而是只激活部分專家');
    expect(toTwp('而是只激活部分专家')).toBe('而是只啟用部分專家');
    expect(toHant('会更复杂')).toBe('會更複雜');
    expect(toHant('这是只猫')).toBe('這是隻貓'); // the override is only for 而是只
    // Kept replacements stay OpenCC's.
    expect(toTwp('英伟达的芯片、内存和软件')).toBe('輝達的晶片、記憶體和軟體');
  });
});

describe('the generated data shows the verdicts', () => {
  const all = strings();

  test('no 引數, 擴充套件, 字首 or 型別 in Taiwan phrasing; 參數 and 內核 where Traditional has them', () => {
    const twp = all.map((s) => s.twp).join('\n');
    for (const wrong of ['引數', '擴充套件', '字首', '型別', '指令碼', '視訊記憶體', '而是隻'])
      expect(twp).not.toContain(wrong);
    expect(count(twp, '參數')).toBeGreaterThan(10);
    expect(count(twp, '內核')).toBeGreaterThan(10);
  });

  test('核心 in Taiwan phrasing only where the text itself says 核心 (a core, the core of an argument), never for a kernel', () => {
    for (const s of all) expect(count(s.twp, '核心'), s.hant).toBe(count(s.hant, '核心'));
  });

  test('both Traditional variants keep the reader-facing fixes', () => {
    const hant = all.map((s) => s.hant).join('\n');
    expect(hant).not.toContain('是隻');
    expect(hant).not.toContain('更復雜');
  });
});
