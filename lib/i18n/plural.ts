/**
 * Counted interface strings ("1 concept", "3 concepts"): chrome.i18n has no
 * plural forms, so each counted message exists once per plural category, as
 * `<base>_one` and `<base>_other` in every locale (Chinese has only `other`,
 * and its `_one` says the same), and the category comes from the
 * interface language's own rules (`Intl.PluralRules`). Kept free of
 * `browser.*` so the content script, the background and the pages share it.
 */

/** The counted messages: every `public/_locales/<locale>/messages.json` has `<base>_one` and `<base>_other`. */
export type CountedMessage =
  | 'countConceptsFound'
  | 'countTimesOnPage'
  | 'countSearchResults'
  | 'countMoreQuotes'
  | 'countBadgeTitle';

/**
 * The message key for `count` of `base` in `locale` (a BCP 47 tag such as
 * "en-US" or "zh-TW", as the browser reports it). The locale files provide
 * `one` and `other`; any other category a language has reads as `other`.
 */
export function countedKey(
  base: CountedMessage,
  count: number,
  locale: string,
): `${CountedMessage}_${'one' | 'other'}` {
  return `${base}_${new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'}`;
}
