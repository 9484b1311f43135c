/**
 * Independent checks that a converted string really is in the script it
 * claims, for tests and data validation (Node only: it reads OpenCC's
 * dictionaries). They do not re-run the converter; they look each character
 * up in OpenCC's tables:
 * - a Simplified-only character is a key of STCharacters (Simplified ->
 *   Traditional) that is never a Traditional form itself (not a value of
 *   STCharacters or TWVariants, not a key of TSCharacters), e.g. 并 么 于 后
 *   (么 counts although TWVariants lists it as the Taiwan form of 幺);
 * - a Traditional-only character is a key of TSCharacters (Traditional ->
 *   Simplified) that is never a Simplified form (not a value of TSCharacters,
 *   not a key of STCharacters), e.g. 並 麼 於 後.
 * Some characters are Simplified-only as single characters but correct
 * Traditional inside particular words (里 in 里程碑, 公里). An occurrence is
 * accepted when OpenCC's phrase table (STPhrases) has a word that keeps that
 * character unchanged at that position.
 *
 * Variant forms count too, from OpenCC's Taiwan variant tables:
 * - in Simplified text, a Taiwan form whose standard form is written
 *   differently in Simplified (TWVariantsRev: 著 for the particle 着, as in
 *   随著, 意味著), except inside the words TWVariantsRevPhrases keeps it in
 *   (著名, 显著), read in Simplified;
 * - in Traditional text (Taiwan standard characters), an OpenCC standard form
 *   that Taiwan writes differently (TWVariants keys: 着, 爲, 裏, 衆), except
 *   inside the words TWVariantsPhrases keeps.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

type Pair = [string, string];

const pairs = (dict: string): Pair[] => dict.split('|').map((line) => line.split(' ') as Pair);

interface Tables {
  simplifiedOnly: Set<string>;
  traditionalOnly: Set<string>;
  keptPhrases: Map<string, string[]>;
  /** Taiwan variant forms that Simplified text writes otherwise (著 for 着), and the words that keep them. */
  taiwanOnly: Set<string>;
  keptTaiwan: Map<string, string[]>;
  /** OpenCC standard forms that Taiwan Traditional writes otherwise (着 for 著), and the words that keep them. */
  standardOnly: Set<string>;
  keptStandard: Map<string, string[]>;
}

let tables: Tables | undefined;

/** For each character of `chars`, the words of `phrases` (as `spell` writes them) that keep it unchanged. */
function keptIn(phrases: Pair[], chars: Set<string>, spell: (phrase: string) => string): Map<string, string[]> {
  const kept = new Map<string, string[]>();
  for (const [from, to] of phrases) {
    const a = [...from];
    const b = [...to];
    if (a.length !== b.length) continue;
    for (const [j, c] of a.entries()) {
      if (chars.has(c) && b[j] === c) {
        const list = kept.get(c) ?? [];
        list.push(spell(from));
        kept.set(c, list);
      }
    }
  }
  return kept;
}

function load(): Tables {
  if (tables) return tables;
  const st = pairs(STCharacters);
  const ts = pairs(TSCharacters);
  const twv = pairs(TWVariants);
  // TWVariants makes 么 the Taiwan form of 幺 (么二), but in running text 么
  // is the Simplified 麼 (什么), the seed's commonest leftover; so it does not count as Traditional.
  const taiwanForms = twv.map((p) => p[1]).filter((c) => c !== '么');
  const traditionalForms = new Set([...st.map((p) => p[1]), ...taiwanForms, ...ts.map((p) => p[0])]);
  const simplifiedForms = new Set([...ts.map((p) => p[1]), ...st.map((p) => p[0])]);
  // 台 is OpenCC's Simplified for 臺, but it is also how Taiwan writes 臺 in everyday text (台灣, 台北, the
  // extension's own 繁(台灣用語)); OpenCC's tables list a single form per character, so they can't say so.
  const everydayTraditional = new Set(['台']);
  const simplifiedOnly = new Set(
    st.filter(([s, t]) => s !== t && !traditionalForms.has(s) && !everydayTraditional.has(s)).map((p) => p[0]),
  );
  const traditionalOnly = new Set(ts.filter(([t, s]) => s !== t && !simplifiedForms.has(t)).map((p) => p[0]));
  // Traditional words (STPhrases values) that keep a Simplified-only character as is.
  const keptPhrases = new Map<string, string[]>();
  for (const [s, t] of pairs(STPhrases)) {
    const sChars = [...s];
    const tChars = [...t];
    if (sChars.length !== tChars.length) continue;
    for (const [j, c] of tChars.entries()) {
      if (simplifiedOnly.has(c) && sChars[j] === c) {
        const list = keptPhrases.get(c) ?? [];
        list.push(t);
        keptPhrases.set(c, list);
      }
    }
  }
  // Variant forms (Taiwan's against OpenCC's standard), checked only where the scripts disagree.
  const toSimplified = new Map(ts.map(([t, s]) => [t, s]));
  const simplify = (text: string) => [...text].map((c) => toSimplified.get(c) ?? c).join('');
  const taiwanOnly = new Set(
    pairs(TWVariantsRev)
      .filter(([tw, std]) => tw !== std && simplify(std) !== tw && !simplifiedForms.has(tw))
      .map((p) => p[0]),
  );
  const keptTaiwan = keptIn(pairs(TWVariantsRevPhrases), taiwanOnly, simplify);
  const taiwanValues = new Set([...twv.map((p) => p[1]), ...pairs(TWVariantsRev).map((p) => p[0])]);
  const standardOnly = new Set(twv.filter(([std, tw]) => std !== tw && !taiwanValues.has(std)).map((p) => p[0]));
  const keptStandard = keptIn(pairs(TWVariantsPhrases), standardOnly, (phrase) => phrase);
  tables = { simplifiedOnly, traditionalOnly, keptPhrases, taiwanOnly, keptTaiwan, standardOnly, keptStandard };
  return tables;
}

/** One offending character with a little context, for readable test failures. */
export interface ScriptSlip {
  char: string;
  index: number;
  context: string;
}

const contextAt = (text: string, index: number) => text.slice(Math.max(0, index - 6), index + 7);

/** True when one of `phrases` covers `text` at `index` with the character found there. */
function insideKept(text: string, index: number, char: string, phrases: string[] | undefined): boolean {
  return (phrases ?? []).some((phrase) => {
    for (let j = phrase.indexOf(char); j >= 0; j = phrase.indexOf(char, j + 1)) {
      if (text.startsWith(phrase, index - j)) return true;
    }
    return false;
  });
}

/** Simplified-only characters (and OpenCC standard forms Taiwan writes otherwise) left in a string that should be Traditional. */
export function simplifiedLeftovers(text: string): ScriptSlip[] {
  const { simplifiedOnly, keptPhrases, standardOnly, keptStandard } = load();
  const slips: ScriptSlip[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const slip =
      (simplifiedOnly.has(char) && !insideKept(text, index, char, keptPhrases.get(char))) ||
      (standardOnly.has(char) && !insideKept(text, index, char, keptStandard.get(char)));
    if (slip) slips.push({ char, index, context: contextAt(text, index) });
  }
  return slips;
}

/** Traditional-only characters (and Taiwan variant forms such as the particle 著) left in a string that should be Simplified. */
export function traditionalLeftovers(text: string): ScriptSlip[] {
  const { traditionalOnly, taiwanOnly, keptTaiwan } = load();
  const slips: ScriptSlip[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const slip =
      traditionalOnly.has(char) || (taiwanOnly.has(char) && !insideKept(text, index, char, keptTaiwan.get(char)));
    if (slip) slips.push({ char, index, context: contextAt(text, index) });
  }
  return slips;
}

/** The derived character lists, for tests that show what they check. */
export function variantFormLists(): { taiwanOnly: string[]; standardOnly: string[] } {
  const { taiwanOnly, standardOnly } = load();
  return { taiwanOnly: [...taiwanOnly], standardOnly: [...standardOnly] };
}
