import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';
import { t } from './index';

describe('interface strings', () => {
  it('fall back to English with placeholders filled where browser.i18n is missing (Node, tests)', () => {
    expect(t('countTimesOnPage_other', 3)).toBe('3 times on this page');
    expect(t('transcriptCreditPodcastDetail', 'Jacob Effron', '2025-09-10')).toBe(
      'hosted by Jacob Effron, released 2025-09-10',
    );
  });

  it('exist in every locale with the same placeholders (popup and transcript keys)', () => {
    const ours = Object.keys(en).filter((k) => k.startsWith('popup') || k.startsWith('transcript'));
    expect(ours.length).toBeGreaterThan(40);
    for (const locale of [zhCN, zhTW] as Record<string, { message: string; placeholders?: object }>[]) {
      for (const key of ours) {
        const mine = (en as Record<string, { placeholders?: object }>)[key];
        expect(locale[key], key).toBeDefined();
        expect(Object.keys(locale[key].placeholders ?? {}), key).toEqual(Object.keys(mine.placeholders ?? {}));
      }
    }
  });
});
