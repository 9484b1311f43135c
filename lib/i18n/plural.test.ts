/**
 * Counted strings read right for 1 and for many in every interface language:
 * the message chrome.i18n would give for the key `countedKey` picks, filled
 * the way Chrome fills `$COUNT$`.
 */
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';
import { type CountedMessage, countedKey } from './plural';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** What chrome.i18n.getMessage(key, [String(count)]) returns from `table`. */
function say(table: unknown, locale: string, base: CountedMessage, count: number): string {
  const entry = (table as Messages)[countedKey(base, count, locale)];
  if (!entry) throw new Error(`${locale} lacks ${countedKey(base, count, locale)}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace('$1', String(count)),
  );
}

const BASES: CountedMessage[] = [
  'countConceptsFound',
  'countTimesOnPage',
  'countSearchResults',
  'countMoreQuotes',
  'countBadgeTitle',
];

describe('counted strings', () => {
  it('English: singular for 1, plural for 0 and many', () => {
    expect(say(en, 'en-US', 'countConceptsFound', 1)).toBe('1 concept from the interview');
    expect(say(en, 'en-US', 'countConceptsFound', 12)).toBe('12 concepts from the interview');
    expect(say(en, 'en-GB', 'countTimesOnPage', 1)).toBe('1 time on this page');
    expect(say(en, 'en-GB', 'countTimesOnPage', 0)).toBe('0 times on this page');
    expect(say(en, 'en', 'countSearchResults', 1)).toBe('1 result');
    expect(say(en, 'en', 'countSearchResults', 20)).toBe('20 results');
    expect(say(en, 'en', 'countMoreQuotes', 1)).toBe('1 more quote');
    expect(say(en, 'en', 'countMoreQuotes', 3)).toBe('3 more quotes');
    expect(say(en, 'en', 'countBadgeTitle', 1)).toBe('Tri Dao Lens: 1 concept from the interview on this page');
    expect(say(en, 'en', 'countBadgeTitle', 5)).toBe('Tri Dao Lens: 5 concepts from the interview on this page');
  });

  it('Simplified Chinese: one form with a measure word, for 1 and many', () => {
    expect(say(zhCN, 'zh-CN', 'countConceptsFound', 1)).toBe('访谈中的 1 个概念');
    expect(say(zhCN, 'zh-CN', 'countConceptsFound', 12)).toBe('访谈中的 12 个概念');
    expect(say(zhCN, 'zh-CN', 'countTimesOnPage', 1)).toBe('在本页出现 1 次');
    expect(say(zhCN, 'zh-CN', 'countSearchResults', 20)).toBe('20 条结果');
    expect(say(zhCN, 'zh-CN', 'countMoreQuotes', 1)).toBe('再看 1 条引文');
    expect(say(zhCN, 'zh-CN', 'countBadgeTitle', 3)).toBe('Tri Dao Lens：本页提到访谈中的 3 个概念');
  });

  it('Traditional Chinese (Taiwan): Taiwan measure words, for 1 and many', () => {
    expect(say(zhTW, 'zh-TW', 'countConceptsFound', 1)).toBe('訪談中的 1 個概念');
    expect(say(zhTW, 'zh-TW', 'countTimesOnPage', 7)).toBe('在本頁出現 7 次');
    expect(say(zhTW, 'zh-TW', 'countSearchResults', 1)).toBe('1 項結果');
    expect(say(zhTW, 'zh-TW', 'countMoreQuotes', 2)).toBe('再看 2 則引文');
    expect(say(zhTW, 'zh-TW', 'countBadgeTitle', 1)).toBe('Tri Dao Lens：本頁提到訪談中的 1 個概念');
  });

  it('every counted message has both forms, with $COUNT$, in every locale', () => {
    for (const table of [en, zhCN, zhTW] as Messages[]) {
      for (const base of BASES) {
        for (const form of ['one', 'other']) {
          const entry = table[`${base}_${form}`];
          expect(entry?.message, `${base}_${form}`).toContain('$COUNT$');
          expect(entry?.placeholders?.count?.content).toBe('$1');
        }
      }
    }
  });
});
