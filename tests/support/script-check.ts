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
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';

type Pair = [string, string];

const pairs = (dict: string): Pair[] => dict.split('|').map((line) => line.split(' ') as Pair);

let tables:
  | { simplifiedOnly: Set<string>; traditionalOnly: Set<string>; keptPhrases: Map<string, string[]> }
  | undefined;

function load(): NonNullable<typeof tables> {
  if (tables) return tables;
  const st = pairs(STCharacters);
  const ts = pairs(TSCharacters);
  const twv = pairs(TWVariants);
  // TWVariants makes 么 the Taiwan form of 幺 (么二), but in running text 么
  // is the Simplified 麼 (什么), the seed's commonest leftover; so it does not count as Traditional.
  const taiwanForms = twv.map((p) => p[1]).filter((c) => c !== '么');
  const traditionalForms = new Set([...st.map((p) => p[1]), ...taiwanForms, ...ts.map((p) => p[0])]);
  const simplifiedForms = new Set([...ts.map((p) => p[1]), ...st.map((p) => p[0])]);
  const simplifiedOnly = new Set(st.filter(([s, t]) => s !== t && !traditionalForms.has(s)).map((p) => p[0]));
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
  tables = { simplifiedOnly, traditionalOnly, keptPhrases };
  return tables;
}

/** One offending character with a little context, for readable test failures. */
export interface ScriptSlip {
  char: string;
  index: number;
  context: string;
}

const contextAt = (text: string, index: number) => text.slice(Math.max(0, index - 6), index + 7);

/** Simplified-only characters left in a string that should be Traditional. */
export function simplifiedLeftovers(text: string): ScriptSlip[] {
  const { simplifiedOnly, keptPhrases } = load();
  const slips: ScriptSlip[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (!simplifiedOnly.has(char)) continue;
    const kept = (keptPhrases.get(char) ?? []).some((phrase) => {
      for (let j = phrase.indexOf(char); j >= 0; j = phrase.indexOf(char, j + 1)) {
        if (text.startsWith(phrase, index - j)) return true;
      }
      return false;
    });
    if (!kept) slips.push({ char, index, context: contextAt(text, index) });
  }
  return slips;
}

/** Traditional-only characters left in a string that should be Simplified. */
export function traditionalLeftovers(text: string): ScriptSlip[] {
  const { traditionalOnly } = load();
  const slips: ScriptSlip[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (traditionalOnly.has(char)) slips.push({ char, index, context: contextAt(text, index) });
  }
  return slips;
}
