/**
 * What a piece of page text is written in: English (or another Latin-script
 * language), Simplified or Traditional Chinese. The hover card decides with
 * it, from the words around a term, which language and which Chinese script
 * it shows first ("it follows what you are reading"); the content script
 * decides with it which script the popup shows for the page.
 *
 * DOM-free and import-free. It runs in the content script, whose size budget
 * the whole extension shares, so its own table is short: the 12 most frequent
 * pairs of characters that differ between the scripts (function words that
 * any paragraph has). The content script adds the matcher's fold table, which
 * it bundles anyway: the Traditional characters of every Chinese alias and
 * their Simplified forms (處理器, 記憶體, 參數, 訓練, 輝達 …), the words of
 * exactly the texts the card shows up in.
 */

/** The language and script of a piece of text. */
export type TextScript = 'en' | 'hans' | 'hant';

/** Classifies a piece of text; `chinese` is the guess for Chinese text that has no character only one script uses. */
export type TextScriptClassifier = (text: string, chinese?: 'hans' | 'hant') => TextScript;

/** Pairs, Traditional then Simplified, of frequent characters that differ. */
const OWN_PAIRS = '這这們们個个來来說说會会為为國国發发過过還还現现';

/**
 * Returns a classifier that knows `hantToHans` (one Traditional character to
 * its Simplified form) on top of its own pairs. For a piece of text:
 * - `en` when it has no Han character, or fewer Han characters than Latin
 *   words. A Chinese word is one to three characters, so an English sentence
 *   that names 英伟达 stays English and a Chinese sentence full of "KV cache"
 *   and "token" stays Chinese. A word starts with an ASCII letter ("H100" is
 *   one, "100" none);
 * - else `hant` or `hans`, whichever script's own characters it has more of;
 *   a tie (推理模型 is the same in both) is `chinese`, Simplified when not given.
 */
export function textScriptClassifier(hantToHans: Readonly<Record<string, string>> = {}): TextScriptClassifier {
  /** +1 for a Traditional-only character, -1 for a Simplified-only one. */
  const side = new Map<string, number>();
  for (const [hant, hans] of [...Object.entries(hantToHans), ...OWN_PAIRS.match(/../g)!]) {
    side.set(hant, 1);
    side.set(hans, -1);
  }
  return (text, chinese = 'hans') => {
    const han = text.match(/\p{Script=Han}/gu) ?? [];
    if (han.length === 0 || han.length < (text.match(/[a-z][\w'’]*/gi)?.length ?? 0)) return 'en';
    let score = 0;
    for (const ch of han) score += side.get(ch) ?? 0;
    return score > 0 ? 'hant' : score < 0 ? 'hans' : chinese;
  };
}

/** The classifier with its own pairs only (where the matcher's fold table is not at hand). */
export const textScriptOf: TextScriptClassifier = /* @__PURE__ */ textScriptClassifier();
