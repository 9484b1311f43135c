/**
 * Turns one alias as the team writes it into the folded keys the automaton
 * matches. All spelling variants are derived here, at compile time, so the
 * scanner stays one table lookup per code unit.
 *
 * Rules (each has a unit test in variants.test.ts / matcher.test.ts):
 * - Folding: full-width -> ASCII, lower case, Traditional -> Simplified per
 *   character (`hantToHans`). Case-sensitive aliases are folded too and
 *   verified against the original span after a hit.
 * - Separators: any run of space/hyphen/underscore/dash/NBSP/newline in the
 *   alias is ONE optional separator, so "Flash Attention" also matches
 *   "FlashAttention", "flash-attention", "flash_attention", "Flash\nAttention".
 *   With more than two separators only the all-separated and the fully joined
 *   forms are kept ("multi-head latent attention" / "multiheadlatentattention"),
 *   which bounds the automaton's size.
 * - camelCase: a lower->upper step between two parts of 2+ letters each is an
 *   optional separator too ("FlashAttention" ~ "Flash Attention",
 *   "TogetherAI" ~ "Together AI", "DeepSeek" ~ "Deep Seek"); "MoE" and "vLLM"
 *   are not split (a one-letter part).
 * - Script change: a Latin<->Chinese step is an optional separator
 *   ("KV缓存" ~ "KV 缓存").
 * - Plurals: an optional trailing "s" where English makes one that way and the
 *   alias is not a proper name. Allowed when the last word is lower case and
 *   ends in a letter other than "s" (KV caches, rollouts, AI agents, GPU
 *   kernels); or is an acronym ending in a capital other than "S" (MoEs, GPUs,
 *   LLMs, SSMs; for a case-sensitive acronym only a lower-case "s"); or is a
 *   chip code letters+digits (H100s, B200s). Not for capitalised single names
 *   (Mamba, Triton, Hopper, Inductor, Gluon: "mambas", "inductors", "gluons",
 *   "hoppers" are other things), not for words ending in a digit elsewhere
 *   (o3, GPT-5), never for Chinese.
 */
import { foldString, halfWidthUnit, isIgnorableUnit, isSeparatorUnit, needsBoundary } from './fold';

/** The separator token inside a key (never a folded text character: control code). */
export const SEP = '\u0001';

/** One folded key the automaton must find, and what a hit on it must check. */
export interface AliasKey {
  /** Folded characters, with SEP where one separator run is required. */
  key: string;
  /** The alias's first/last character is a letter or digit of a spaced script. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
  /** Ends with the optional plural "s" (not part of the alias as written). */
  plural: boolean;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const HAN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** Splits an alias into the parts between optional separators (unfolded). */
export function splitParts(alias: string): string[] {
  const parts: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur) parts.push(cur);
    cur = '';
  };
  const chars = Array.from(alias);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && isSeparatorUnit(c)) {
      flush();
      continue;
    }
    if (ch.length === 1 && isIgnorableUnit(c)) continue;
    if (cur) {
      const prev = chars[i - 1];
      if (camelStep(chars, i) || HAN.test(prev) !== HAN.test(ch)) flush();
    }
    cur += ch;
  }
  flush();
  return parts;
}

/** A lower->upper step at i with 2+ letters on each side (Flash|Attention, Together|AI). */
function camelStep(chars: string[], i: number): boolean {
  if (!LOWER.test(chars[i - 1]) || !UPPER.test(chars[i])) return false;
  let left = 0;
  for (let j = i - 1; j >= 0 && LETTER.test(chars[j]); j--) left++;
  let right = 1;
  // Right part: the capital and what follows it up to the next case step or non-letter.
  const upperRun = i + 1 < chars.length && UPPER.test(chars[i + 1]);
  for (let j = i + 1; j < chars.length && LETTER.test(chars[j]); j++) {
    if (upperRun ? !UPPER.test(chars[j]) : !LOWER.test(chars[j])) break;
    right++;
  }
  return left >= 2 && right >= 2;
}

/** Whether a trailing plural "s" reads naturally after this alias (rules above). */
export function allowsPlural(alias: string): boolean {
  const trimmed = alias.trim();
  const lastWord = trimmed.split(/[\s\-_\u00a0]+/).pop() ?? '';
  if (!/^[\x21-\x7e]+$/.test(lastWord)) return false; // CJK or other scripts: no
  if (/^[A-Z]+\d+$/.test(lastWord)) return true; // H100, B200
  if (/[a-rt-z]$/.test(lastWord)) {
    // lower-case ending: a common noun unless it is a capitalised single name
    const isSingleWord = !/[\s\-_]/.test(trimmed) && !/[.]/.test(trimmed);
    if (isSingleWord && /^[A-Z][a-z]+$/.test(trimmed)) return false;
    if (/^[A-Z]/.test(lastWord) && /^[A-Z][a-z]+$/.test(lastWord)) return false; // "Flash Attention", "Deep Think"
    return true;
  }
  if (/[A-RT-Z]$/.test(lastWord)) return /[A-Z].*[A-Z]$|^[A-Z][a-z]*[A-Z]$/.test(lastWord); // acronyms: MoE, GPU, LLM
  return false;
}

/**
 * All folded keys for one alias. Keys are deduplicated; each says which edges
 * need a word boundary and whether it is the plural form.
 */
export function aliasKeys(alias: string, hantToHans: Record<string, string>): AliasKey[] {
  const parts = splitParts(alias).map((p) => foldString(p, hantToHans));
  if (parts.length === 0) return [];
  const chars = Array.from(alias.replace(/[\s\-_\u00a0\u00ad\u200b-\u200d]+/g, ''));
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  const boundaryStart = needsBoundary(String.fromCharCode(halfWidthUnit(first.charCodeAt(0))));
  const boundaryEnd = needsBoundary(String.fromCharCode(halfWidthUnit(last.charCodeAt(0))));
  const joins: string[] = [];
  const gaps = parts.length - 1;
  if (gaps <= 2) {
    for (let mask = 0; mask < 1 << gaps; mask++) {
      let k = parts[0];
      for (let g = 0; g < gaps; g++) k += (mask & (1 << g) ? SEP : '') + parts[g + 1];
      joins.push(k);
    }
  } else {
    joins.push(parts.join(SEP), parts.join(''));
  }
  const plural = allowsPlural(alias);
  const seen = new Set<string>();
  const keys: AliasKey[] = [];
  for (const k of joins) {
    if (!seen.has(k)) {
      seen.add(k);
      keys.push({ key: k, boundaryStart, boundaryEnd, plural: false });
    }
    if (plural && !seen.has(k + 's')) {
      seen.add(k + 's');
      keys.push({ key: k + 's', boundaryStart, boundaryEnd: true, plural: true });
    }
  }
  return keys;
}
