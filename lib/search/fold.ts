/**
 * A query in a mix of scripts (英伟達: Simplified 伟 beside Traditional 達) folded to all-Simplified and
 * all-Traditional before searching, with per-character tables the generator derives from the data
 * (`data/generated/search-fold.json`, data/build/build-search-fold.ts), so the popup ships no OpenCC dictionary.
 */
import fold from '@/data/generated/search-fold.json';

const TO_HANS = fold.toHans as Record<string, string>;
const TO_HANT = fold.toHant as Record<string, string>;

function mapChars(text: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/** The query as typed, then all-Simplified, then all-Traditional: each distinct form once. */
export function scriptVariants(query: string): string[] {
  return [...new Set([query, mapChars(query, TO_HANS), mapChars(query, TO_HANT)])];
}

/** True when the query holds Chinese characters: it is searched, and its hits shown, in Chinese. */
export function isChineseQuery(query: string): boolean {
  return /\p{Script=Han}/u.test(query);
}
