/**
 * Turns one alias as the team writes it into the folded key the automaton
 * matches. Spelling variants are derived here, at compile time, so the
 * scanner stays a table lookup or two per code unit.
 *
 * Rules (each has a unit test in matcher.test.ts / variants.test.ts):
 * - Folding: full-width -> ASCII, lower case, Traditional -> Simplified per
 *   character (`hantToHans`). Case-sensitive aliases are folded too and
 *   verified against the original span after a hit.
 * - Separators: keys hold no separators. Any run of space/hyphen/underscore/
 *   dash/NBSP/newline in the alias marks a place where ONE optional separator
 *   run may stand in the text, so "Flash Attention" matches "FlashAttention",
 *   "flash-attention", "flash_attention", "Flash\n  Attention".
 * - camelCase: a lower->upper step between two parts of 2+ letters each is an
 *   optional separator too ("FlashAttention" ~ "Flash Attention",
 *   "TogetherAI" ~ "Together AI"); "MoE" and "vLLM" are not split.
 * - Script change: a Latin<->Chinese step is an optional separator
 *   ("KV缓存" ~ "KV 缓存").
 * - Plurals: an optional trailing "s" where English makes one that way and the
 *   alias is not a proper name. Allowed when the last word is lower case and
 *   ends in a letter other than "s" (KV caches, rollouts, AI agents, GPU
 *   kernels); or is an acronym ending in a capital other than "S" (MoEs, GPUs,
 *   LLMs, SSMs; for a case-sensitive acronym only a lower-case "s"); or is a
 *   chip code, letters then digits (H100s, B200s). Not for capitalised single
 *   names (Mamba, Triton, Hopper, Inductor, Gluon: "mambas", "inductors",
 *   "gluons", "hoppers" are other things), not after other digits (o3, GPT-5),
 *   not for aliases with a dot (torch.compile), never for Chinese.
 */
import { foldUnit, halfWidthUnit, isSeparatorUnit, needsBoundary, UNIT_KIND } from '@/lib/matcher/fold';

/** One folded key the automaton must find, and what a hit on it must check. */
export interface AliasKey {
  /** Folded characters, no separators. */
  key: string;
  /** Key positions (number of key characters before) where a separator run may stand. */
  seps: number[];
  /** The alias's first/last character is a letter or digit of a spaced script. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
  /** Ends with the optional plural "s" (not part of the alias as written). */
  plural: boolean;
}

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isLetter = (c: number) => isUpper(c) || isLower(c);
/** Han, kana, Hangul and CJK punctuation/full-width forms: scripts written without spaces. */
const isCjk = (c: number) =>
  (c >= 0x2e80 && c <= 0xa4cf) ||
  (c >= 0xac00 && c <= 0xd7af) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xd800 && c <= 0xdfff);

/** A lower->upper step at i with 2+ letters on each side (Flash|Attention, Together|AI). */
function camelStep(s: string, i: number): boolean {
  if (!isLower(s.charCodeAt(i - 1)) || !isUpper(s.charCodeAt(i))) return false;
  let left = 0;
  for (let j = i - 1; j >= 0 && isLetter(s.charCodeAt(j)); j--) left++;
  // Right part: the capital and what follows in the same case (Attention, AI).
  const upperRun = i + 1 < s.length && isUpper(s.charCodeAt(i + 1));
  let right = 1;
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (upperRun ? !isUpper(c) : !isLower(c)) break;
    right++;
  }
  return left >= 2 && right >= 2;
}

/** Whether a trailing plural "s" reads naturally after this alias (rules above). Char codes, no regexes: it runs for every alias at compile time. */
export function allowsPlural(alias: string): boolean {
  let end = alias.length;
  while (end > 0 && isSeparatorUnit(alias.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSeparatorUnit(alias.charCodeAt(start - 1))) start--;
  if (start === end || alias.includes('.')) return false;
  let uppers = 0;
  let lowers = 0;
  let digitsAtEnd = 0;
  for (let i = start; i < end; i++) {
    const c = alias.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false; // Chinese or other scripts
    if (isUpper(c)) uppers++;
    else if (isLower(c)) lowers++;
    digitsAtEnd = c >= 0x30 && c <= 0x39 ? digitsAtEnd + 1 : 0;
  }
  const last = alias.charCodeAt(end - 1);
  const lastWordLength = end - start;
  if (digitsAtEnd > 0) {
    // Chip codes, letters then digits: H100, B200.
    return uppers === lastWordLength - digitsAtEnd && uppers > 0;
  }
  if (isLower(last)) {
    if (last === 0x73) return false; // already ends in "s"
    // A capitalised name (Mamba, Triton, Attention in "Flash Attention") takes no "s".
    return !(isUpper(alias.charCodeAt(start)) && uppers === 1 && lowers === lastWordLength - 1);
  }
  if (isUpper(last)) return last !== 0x53 && uppers >= 2; // MoE, GPU, LLM; not a lone capital, not ...S
  return false;
}

/**
 * The folded key of one alias, with its optional separator places and edge
 * rules. One pass over the alias's code units: it runs cold, for every alias,
 * each time a page's content script compiles the matcher.
 */
export function aliasKeys(alias: string, hantToHans: Record<string, string>): AliasKey[] {
  const codes: number[] = [];
  const seps: number[] = [];
  let pendingSep = false;
  let prev = -1;
  let first = -1;
  let last = -1;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    const kind = UNIT_KIND[c];
    if (kind === 1) {
      pendingSep = codes.length > 0;
      continue;
    }
    if (kind === 2) continue;
    if (first < 0) first = i;
    last = i;
    if (codes.length > 0) {
      const cjk = c >= 0x2e80 && isCjk(c);
      if (
        pendingSep ||
        cjk !== (prev >= 0x2e80 && isCjk(prev)) ||
        (c >= 0x41 && c <= 0x5a && prev >= 0x61 && prev <= 0x7a && camelStep(alias, i))
      ) {
        seps.push(codes.length);
      }
    }
    pendingSep = false;
    prev = c;
    codes.push(c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 32 : c) : foldUnit(c, hantToHans));
  }
  if (codes.length === 0) return [];
  const key = String.fromCharCode(...codes);
  const boundaryStart = needsBoundary(String.fromCharCode(halfWidthUnit(alias.charCodeAt(first))));
  const boundaryEnd = needsBoundary(String.fromCharCode(halfWidthUnit(alias.charCodeAt(last))));
  const keys: AliasKey[] = [{ key, seps, boundaryStart, boundaryEnd, plural: false }];
  if (allowsPlural(alias)) keys.push({ key: `${key}s`, seps, boundaryStart, boundaryEnd: true, plural: true });
  return keys;
}
