/**
 * Every Chinese string the extension shows is in the script it claims:
 * Simplified strings (the interview, quotes, concept names, glosses and notes
 * in `hans`, and the zh_CN interface) carry no Traditional-only form, such as
 * the Taiwan particle 著 of 随著 / 意味著; Traditional strings (`hant`, `twp`,
 * the zh_TW interface) carry no Simplified-only one. The character lists come
 * from OpenCC's tables (tests/support/script-check.ts), not from a list typed
 * here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { simplifiedLeftovers, traditionalLeftovers, variantFormLists } from '@/tests/support/script-check';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));

/** Every string of the generated data that exists in each script, with where it sits. */
function scriptStrings(): { where: string; hans: string; hant: string; twp: string }[] {
  const out: { where: string; hans: string; hant: string; twp: string }[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${where}[${i}]`);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const r = value as Record<string, unknown>;
    if (typeof r.hans === 'string' && typeof r.hant === 'string' && typeof r.twp === 'string') {
      out.push({ where, hans: r.hans, hant: r.hant, twp: r.twp });
      return;
    }
    for (const [k, v] of Object.entries(r)) visit(v, `${where}.${k}`);
  };
  visit(readJson('data/generated/interview.json'), 'interview');
  visit(readJson('data/generated/concepts.json'), 'concepts');
  return out;
}

/**
 * Messages that name a script in that script, as language pickers do, so a
 * reader finds their own script whatever the interface: 繁體中文 in the zh_CN
 * options, 简体中文 in the zh_TW ones.
 */
const AUTONYMS: Record<string, string[]> = {
  zh_CN: ['optionsScriptHant', 'optionsScriptTwp'],
  zh_TW: ['optionsScriptHans'],
};

function messages(locale: 'zh_CN' | 'zh_TW'): [string, string][] {
  const table = readJson(`public/_locales/${locale}/messages.json`) as Record<string, { message: string }>;
  return Object.entries(table)
    .filter(([key]) => !AUTONYMS[locale]!.includes(key))
    .map(([key, m]) => [key, m.message]);
}

describe('the checks can fail', () => {
  test('the Taiwan particle 著 counts as Traditional in Simplified text, except in words that keep it (显著, 著名)', () => {
    expect(variantFormLists().taiwanOnly).toContain('著');
    expect(traditionalLeftovers('随著工作负载变化,这意味著')).toMatchObject([{ char: '著' }, { char: '著' }]);
    expect(traditionalLeftovers('最显著的是著名的论文')).toEqual([]);
    expect(traditionalLeftovers('随着')).toEqual([]);
  });

  test('OpenCC’s standard forms that Taiwan writes otherwise count as not Traditional (Taiwan standard)', () => {
    expect(variantFormLists().standardOnly).toEqual(expect.arrayContaining(['着', '爲', '裏']));
    expect(simplifiedLeftovers('隨着')).toMatchObject([{ char: '着' }]);
    expect(simplifiedLeftovers('隨著')).toEqual([]);
  });
});

describe('every string the extension shows is in its script', () => {
  const strings = scriptStrings();

  test('there are strings to check: the interview, quotes, names, glosses and notes', () => {
    expect(strings.length).toBeGreaterThan(300);
    for (const part of [
      'interview.turns',
      'interview.lead',
      'concepts[0].name',
      'concepts[0].gloss',
      'concepts[0].quotes',
    ]) {
      expect(
        strings.some((s) => s.where.startsWith(part)),
        part,
      ).toBe(true);
    }
  });

  test('Simplified strings have no Traditional-only form', () => {
    const slips = strings.flatMap((s) => traditionalLeftovers(s.hans).map((slip) => `${s.where}: ${slip.context}`));
    expect(slips).toEqual([]);
  });

  test.each(['hant', 'twp'] as const)('%s strings have no Simplified-only form', (v) => {
    const slips = strings.flatMap((s) => simplifiedLeftovers(s[v]).map((slip) => `${s.where}: ${slip.context}`));
    expect(slips).toEqual([]);
  });

  test('the zh_CN interface has no Traditional-only form', () => {
    const slips = messages('zh_CN').flatMap(([key, text]) =>
      traditionalLeftovers(text).map((s) => `${key}: ${s.context}`),
    );
    expect(slips).toEqual([]);
  });

  test('the zh_TW interface has no Simplified-only form', () => {
    const slips = messages('zh_TW').flatMap(([key, text]) =>
      simplifiedLeftovers(text).map((s) => `${key}: ${s.context}`),
    );
    expect(slips).toEqual([]);
  });
});
