/**
 * Character folding for the matcher, one UTF-16 code unit at a time so every
 * folded position is still the original position (offsets stay exact).
 *
 * The matcher never builds a folded copy of the page text: at compile time it
 * fills a 64 Ki table that sends each code unit straight to the automaton's
 * character class of its folded form (see compile.ts). This module holds the
 * rules that table is built from, so tests can check each rule on its own.
 */

/**
 * Code units that separate words inside an alias: spaces (incl. NBSP, thin,
 * ideographic), newlines, tabs, hyphens and dashes, underscores. All of them
 * are one class, and a run of them counts as one separator, so
 * "Flash Attention", "flash-attention", "flash_attention" and
 * "Flash\n  Attention" are the same to the matcher.
 */
export function isSeparatorUnit(c: number): boolean {
  return (
    c === 0x20 || // space
    (c >= 0x09 && c <= 0x0d) || // \t \n \v \f \r
    c === 0x2d || // -
    c === 0x5f || // _
    c === 0xa0 || // NBSP
    (c >= 0x2000 && c <= 0x200a) || // en quad .. hair space
    (c >= 0x2010 && c <= 0x2015) || // hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f || // narrow NBSP (French typography)
    c === 0x205f ||
    c === 0x2212 || // minus sign, typeset in place of a hyphen by some CMSes
    c === 0x3000 || // ideographic space
    c === 0xfe58 || // small em dash
    c === 0xfe63 || // small hyphen-minus
    c === 0xff0d || // full-width hyphen-minus
    c === 0xff3f // full-width low line
  );
}

/**
 * Invisible code units the matcher steps over as if absent: soft hyphen (sites
 * that hyphenate long words insert it: "Flash\u00ADAttention"), zero-width
 * space/joiners, word joiner and BOM. They never reset a match in progress.
 */
export function isIgnorableUnit(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function unitsWhere(test: (c: number) => boolean, ranges: [number, number][]): number[] {
  const out: number[] = [];
  for (const [lo, hi] of ranges) for (let c = lo; c <= hi; c++) if (test(c)) out.push(c);
  return out;
}

/** Every separator code unit, for filling the class table without a 64 Ki loop. */
export const SEPARATOR_UNITS: readonly number[] = unitsWhere(isSeparatorUnit, [
  [0x09, 0x5f],
  [0xa0, 0xa0],
  [0x2000, 0x2212],
  [0x3000, 0x3000],
  [0xfe58, 0xff3f],
]);

/** Every ignorable code unit (see isIgnorableUnit). */
export const IGNORABLE_UNITS: readonly number[] = unitsWhere(isIgnorableUnit, [
  [0xad, 0xad],
  [0x200b, 0x2060],
  [0xfeff, 0xfeff],
]);

/**
 * Code unit -> 1 separator, 2 ignorable, 0 other: one read instead of a dozen comparisons when compiling.
 * Marked pure so that a bundle that does not read it (the content script: only the build's variants.ts does)
 * drops it, and a page does not fill 64 KB for nothing.
 */
export const UNIT_KIND: Uint8Array = /* @__PURE__ */ (() => {
  const kind = new Uint8Array(0x10000);
  for (const u of SEPARATOR_UNITS) kind[u] = 1;
  for (const u of IGNORABLE_UNITS) kind[u] = 2;
  return kind;
})();

/** Full-width ASCII variants (ＭｏＥ, ＧＰＵ, ４) -> their ASCII form; anything else unchanged. */
export function halfWidthUnit(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/**
 * Folds a whole alias (or signal word) the way the scanner folds page text:
 * full-width -> ASCII, lower case, Traditional -> Simplified per character.
 * Separators are kept as they are; the tokenizer deals with them.
 */
export function foldString(s: string, hantToHans: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i), hantToHans));
  return out;
}

/** One code unit folded as above (the compile step's building block). */
export function foldUnit(unit: number, hantToHans: Record<string, string>): number {
  const c = halfWidthUnit(unit);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const ch = String.fromCharCode(c);
  const hans = hantToHans[ch] ?? ch;
  const lower = hans.toLowerCase();
  // Keep 1:1 lengths: a few characters lower-case to two code units (İ).
  return lower.length === 1 ? lower.charCodeAt(0) : hans.charCodeAt(0);
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces between words: a neighbour from them is a boundary. */
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Bopomofo}\u30fc]/u;
const wordCache = new Int8Array(0x10000); // 0 unknown, 1 word, 2 not word
// Variation selectors are marks (\p{M}) but only choose how the character before is drawn: after an emoji
// ("⚡️FlashAttention-2" in a heading) they are no part of a word.
for (let c = 0xfe00; c <= 0xfe0f; c++) wordCache[c] = 2;

function isWordCodePoint(cp: number): boolean {
  // Fast paths without the Unicode regexes (which cost milliseconds to build):
  // ASCII, and the CJK blocks (symbols, kana, Han, Hangul) that are never word characters here.
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  if ((cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af)) return false;
  if (cp < 0x10000) {
    const cached = wordCache[cp];
    if (cached !== 0) return cached === 1;
  }
  const s = String.fromCodePoint(cp);
  const word = WORD.test(s) && !UNSPACED.test(s);
  if (cp < 0x10000) wordCache[cp] = word ? 1 : 2;
  return word;
}

/**
 * True if the code point that ENDS just before `index` is part of a word
 * (letter, digit or combining mark of a spaced script). A Latin alias needs a
 * non-word neighbour on both sides: "MoE" is not found inside "MoEbius",
 * "o3" not inside "co3"; Chinese or Japanese neighbours are fine ("用MoE架构").
 */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  let cp = text.charCodeAt(index - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && index >= 2) {
    const hi = text.charCodeAt(index - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) cp = ((hi - 0xd800) << 10) + (cp - 0xdc00) + 0x10000;
  }
  return isWordCodePoint(cp);
}

/** True if the code point that STARTS at `index` is part of a word (see isWordBefore). */
export function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const cp = text.codePointAt(index)!;
  return isWordCodePoint(cp);
}

/**
 * True if an alias starting or ending with this character needs a word
 * boundary there: letters and digits of spaced scripts (Latin, Greek,
 * Cyrillic...), not Han or kana, so Chinese aliases match inside running text.
 */
export function needsBoundary(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isWordCodePoint(cp);
}
