/**
 * The Chinese scripts the data is shown in, and the BCP 47 tag for each. Kept
 * apart from the Preact hook in `script.ts` (and free of imports) so the
 * content script's hover card can use it without pulling in Preact.
 */

/** A script the data is stored in (what the `auto` setting resolves to). */
export type DisplayScript = 'hans' | 'hant' | 'twp';

const SCRIPT_LANG: Record<DisplayScript, string> = { hans: 'zh-Hans', hant: 'zh-Hant', twp: 'zh-Hant-TW' };

/** The `lang` attribute for text shown in a Chinese script: browsers pick CJK fonts and line breaking by it, screen readers the voice. */
export function langOf(script: DisplayScript): string {
  return SCRIPT_LANG[script];
}
