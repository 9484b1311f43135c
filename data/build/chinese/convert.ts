/**
 * Chinese script conversion for the build-time generator (Node) and for Node
 * tests. It loads the full opencc-js dictionaries (~1.2 MB, ~250 ms to build
 * the tries), so it must never be imported by the content script: the
 * extension reads the converted strings from `data/generated/*.json` and folds
 * page text with the small per-character table in `aliases.json`.
 *
 * Pipeline (why this order): the seed is Traditional with Simplified
 * leftovers (并 里 么 于 后) and with slips of a naive character-by-character
 * conversion (復雜, 關系, 輕松). Converting it straight to Taiwan Traditional
 * would keep those slips, because 复/系/松 are also valid Traditional
 * characters. So every string is first normalised to Simplified (OpenCC
 * `t`→`cn`, which also folds the leftovers), and the Traditional variants are
 * made from that Simplified text (`cn`→`tw`, `cn`→`twp`), which OpenCC's
 * phrase tables get right (複雜, 關係, 輕鬆, 儘管).
 */
import OpenCC from 'opencc-js';
import type { Localized, Scripts } from '@/lib/data-types';

type Convert = (text: string) => string;

/**
 * Fixes applied to OpenCC's Traditional output, each a mis-segmentation found
 * in the seed: OpenCC reads 发明了 as 发+明了 and writes 發明瞭 ("invented" +
 * "clear"); it reads 更复杂 as 更复 (更復, "again") + 杂 and writes 更復雜.
 */
const TRADITIONAL_FIXES: [string, string][] = [
  ['發明瞭', '發明了'],
  ['更復雜', '更複雜'],
];

let converters: { toHans: Convert; toHant: Convert; toTwp: Convert } | undefined;

function load(): NonNullable<typeof converters> {
  if (!converters) {
    const fix = OpenCC.CustomConverter(TRADITIONAL_FIXES);
    const cn2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const cn2twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
    converters = {
      toHans: OpenCC.Converter({ from: 't', to: 'cn' }),
      toHant: (text) => fix(cn2tw(text)),
      toTwp: (text) => fix(cn2twp(text)),
    };
  }
  return converters;
}

/** Simplified Chinese (zh-Hans) of any Chinese text, Traditional or mixed. */
export function toHans(text: string): string {
  return load().toHans(text);
}

/** Traditional Chinese with Taiwan standard characters (zh-Hant), same wording. */
export function toHant(text: string): string {
  const c = load();
  return c.toHant(c.toHans(text));
}

/** Traditional Chinese with Taiwan phrasing (OpenCC `twp`: 軟體, 資料, 晶片, 輝達). */
export function toTwp(text: string): string {
  const c = load();
  return c.toTwp(c.toHans(text));
}

/** A seed string in every display script, `orig` kept byte for byte for citation. */
export function toScripts(orig: string): Scripts {
  const c = load();
  const hans = c.toHans(orig);
  return { orig, hans, hant: c.toHant(hans), twp: c.toTwp(hans) };
}

/** A team-written string (English + Chinese in any script) in every display language. */
export function toLocalized(en: string, zh: string): Localized {
  const { hans, hant, twp } = toScripts(zh);
  return { en, hans, hant, twp };
}

/**
 * The Simplified form of one character, converted without context (OpenCC's
 * character table, no phrases). Used to build the matcher's fold table, which
 * must work char by char on page text.
 */
export function charToHans(char: string): string {
  return load().toHans(char);
}
