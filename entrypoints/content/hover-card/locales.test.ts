import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

// The card's strings, and those of touch, keyboard and screen-reader use.
const cardKeys = Object.keys(en).filter((key) => /^(card|touch|keyboard|a11y)/.test(key));

describe('hover-card strings', () => {
  it('exist in every locale with the same placeholders', () => {
    expect(cardKeys.length).toBeGreaterThan(10);
    for (const [name, table] of [
      ['zh_CN', zhCN],
      ['zh_TW', zhTW],
    ] as const) {
      for (const key of cardKeys) {
        const entry = (table as Messages)[key];
        expect(entry?.message, `${name}.${key}`).toBeTruthy();
        expect(Object.keys(entry.placeholders ?? {}), `${name}.${key}`).toEqual(
          Object.keys((en as Messages)[key].placeholders ?? {}),
        );
      }
    }
  });

  it("say plainly that notes and summaries are the team's, and the figures' derived number is ours", () => {
    const m = (table: unknown, key: string) => (table as Messages)[key].message;
    expect(m(en, 'cardEditorNote')).toMatch(/not Tri Dao's words/);
    expect(m(zhCN, 'cardEditorNote')).toMatch(/非 Tri Dao 原话/);
    expect(m(zhTW, 'cardEditorNote')).toMatch(/非 Tri Dao 原話/);
    expect(m(en, 'cardFigureQuant16')).toMatch(/our arithmetic/);
    expect(m(zhCN, 'cardFigureQuant16')).toMatch(/我们的计算/);
    expect(m(zhTW, 'cardFigureQuant16')).toMatch(/我們的計算/);
  });
});
