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
 * characters. So every string is first normalised to Simplified, and the
 * Traditional variants are made from that Simplified text, which OpenCC's
 * phrase tables get right (複雜, 關係, 輕鬆, 儘管).
 *
 * - Simplified: OpenCC `tw`→`cn` (`simplifiedConverter`). The seed writes the
 *   particle 着 the Taiwan way (隨著, 意味著); the plain `t`→`cn` table keeps
 *   著 (it is also the Simplified 著 of 著名), the Taiwan-aware one gives 随着
 *   and keeps 显著. (`twp`→`cn` would also rewrite Taiwan vocabulary, 执行力 →
 *   运行力.)
 * - Traditional (`cn`→`tw`) and Traditional with Taiwan phrasing
 *   (`cn`→`twp`): OpenCC's own configurations (`s2tw`, `s2twp`), rebuilt
 *   here from its dictionaries so that the team's phrase choices
 *   (`./phrase-review.ts`) sit ahead of OpenCC's, and so that the build can
 *   list every phrase replacement OpenCC's tables make (`phraseReplacements`).
 */
import OpenCC from 'opencc-js';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { Localized, Scripts } from '@/lib/data-types';
import { type TraditionalVariant, teamPhrases } from './phrase-review';

type Convert = (text: string) => string;
type Trie = InstanceType<typeof OpenCC.Trie>;
type Entry = [string, string];
type Dict = string | Entry[];

export type { TraditionalVariant } from './phrase-review';

/** OpenCC's two phrase tables the team reviews: Traditional characters (STPhrases), Taiwan phrasing (TWPhrases). */
export type PhraseTable = 'traditional' | 'taiwan';

/**
 * One replacement a phrase table made: `key` is the dictionary entry that
 * matched (Simplified for the Traditional-characters table, OpenCC
 * Traditional for the Taiwan table), `before` what the character tables alone
 * would have written, `after` what the phrase made of it (both as the
 * variant shows them).
 */
export interface PhraseReplacement {
  table: PhraseTable;
  key: string;
  before: string;
  after: string;
}

function trie(...dicts: Dict[]): Trie {
  const t = new OpenCC.Trie();
  t.loadDictGroup(dicts);
  return t;
}

const isPhrase = (key: string) => [...key].length > 1;

/**
 * OpenCC's `s2tw`/`s2twp` as opencc-js 1.4 runs them: normalise
 * compatibility ideographs, segment the Simplified text with the phrase
 * table, then convert each segment with the characters stage (STPhrases +
 * STCharacters) and the Taiwan stage (variants, plus TWPhrases for `twp`),
 * each stage a longest-match over its dictionaries, earlier dictionaries
 * winning on equal keys. `team` puts the team's entries first in each stage.
 */
interface Pipeline {
  convert: Convert;
  /** The same conversion, reporting every phrase match that changes the text. */
  replacements(text: string): PhraseReplacement[];
}

function pipeline(variant: TraditionalVariant, team: { traditional: Entry[]; taiwan: Entry[] }): Pipeline {
  const normalise = trie(CJKCompatibility);
  const segmenter = trie(team.traditional, STPhrases, STRegionalPhrases);
  const characters = trie(team.traditional, STPhrases, STRegionalPhrases, STCharacters);
  const taiwan =
    variant === 'twp'
      ? trie(team.taiwan, TWPhrases, TWVariantsPhrases, TWVariants)
      : trie(team.taiwan, TWVariantsPhrases, TWVariants);
  // What the character tables alone write (the "before" of a listed replacement), and the variants stage alone.
  const plainCharacters = trie(STCharacters);
  const plainTaiwan = trie(TWVariants);
  const variantsOnly = trie(TWVariantsPhrases, TWVariants);

  /** One stage's longest-match pass (Trie.convert), calling `onPhrase` for each multi-character match. */
  function stage(t: Trie, text: string, onPhrase?: (key: string, value: string) => void): string {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const match = t.matchPrefix(text, i);
      if (match) {
        const key = text.slice(i, match.end);
        if (onPhrase && isPhrase(key)) onPhrase(key, match.value);
        out += match.value;
        i = match.end;
      } else {
        const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        out += text.slice(i, i + width);
        i += width;
      }
    }
    return out;
  }

  function run(text: string, log?: PhraseReplacement[]): string {
    return segmenter
      .segment(normalise.convert(text))
      .map((segment) => {
        const traditional = stage(
          characters,
          segment,
          log &&
            ((key, value) => {
              const before = plainTaiwan.convert(plainCharacters.convert(key));
              const after = variantsOnly.convert(value);
              if (before !== after) log.push({ table: 'traditional', key, before, after });
            }),
        );
        return stage(
          taiwan,
          traditional,
          log &&
            ((key, value) => {
              const before = plainTaiwan.convert(key);
              if (before !== value) log.push({ table: 'taiwan', key, before, after: value });
            }),
        );
      })
      .join('');
  }

  return {
    convert: (text) => run(text),
    replacements(text) {
      const log: PhraseReplacement[] = [];
      run(text, log);
      return log;
    },
  };
}

/**
 * OpenCC's `tw2s` (`{ from: 'tw', to: 'cn' }`) as opencc-js 1.4 runs it,
 * made safe for text that is already partly Simplified (the seed's
 * leftovers, the team's glosses): `tw2s` keeps 著 only inside the Traditional
 * words of TWVariantsRevPhrases (顯著, 著名), so a Simplified 显著 would
 * become 显着. The same words in their Simplified spelling are kept too.
 */
function simplifiedConverter(): Convert {
  const toSimplified = new Map(TSCharacters.split('|').map((line) => line.split(' ') as [string, string]));
  const simplify = (word: string) => [...word].map((c) => toSimplified.get(c) ?? c).join('');
  const kept = TWVariantsRevPhrases.split('|')
    .map((line) => line.split(' ') as [string, string])
    .filter(([from, to]) => from === to && simplify(from) !== from)
    .map(([from]): Entry => [simplify(from), simplify(from)]);
  const normalise = trie(CJKCompatibility);
  const segmenter = trie(kept, TSPhrases);
  const variants = trie(kept, TWVariantsRevPhrases, TWVariantsRev);
  const characters = trie(TSPhrases, TSCharacters);
  return (text) =>
    segmenter
      .segment(normalise.convert(text))
      .map((segment) => characters.convert(variants.convert(segment)))
      .join('');
}

interface Converters {
  toHans: Convert;
  /** OpenCC's plain Traditional→Simplified character table, for the matcher's char-by-char fold. */
  charToHans: Convert;
  hant: Pipeline;
  twp: Pipeline;
}

let converters: Converters | undefined;
let openccOnly: { hant: Pipeline; twp: Pipeline } | undefined;

function load(): Converters {
  converters ??= {
    toHans: simplifiedConverter(),
    charToHans: OpenCC.Converter({ from: 't', to: 'cn' }),
    hant: pipeline('hant', teamPhrases('hant')),
    twp: pipeline('twp', teamPhrases('twp')),
  };
  return converters;
}

/** Simplified Chinese (zh-Hans) of any Chinese text, Traditional or mixed. */
export function toHans(text: string): string {
  return load().toHans(text);
}

/** Traditional Chinese with Taiwan standard characters (zh-Hant), same wording. */
export function toHant(text: string): string {
  const c = load();
  return c.hant.convert(c.toHans(text));
}

/** Traditional Chinese with Taiwan phrasing (OpenCC `twp`: 軟體, 資料, 晶片, 輝達), as the team reviewed it. */
export function toTwp(text: string): string {
  const c = load();
  return c.twp.convert(c.toHans(text));
}

/** A seed string in every display script, `orig` kept byte for byte for citation. */
export function toScripts(orig: string): Scripts {
  const c = load();
  const hans = c.toHans(orig);
  return { orig, hans, hant: c.hant.convert(hans), twp: c.twp.convert(hans) };
}

/** A team-written string (English + Chinese in any script) in every display language. */
export function toLocalized(en: string, zh: string): Localized {
  const { hans, hant, twp } = toScripts(zh);
  return { en, hans, hant, twp };
}

/**
 * The phrase replacements OpenCC's own tables make when the Simplified
 * `hans` is converted to Traditional (table `traditional`) and to Taiwan
 * phrasing (table `taiwan`), without the team's choices: what
 * `./phrase-review.ts` must have reviewed.
 */
export function openccPhraseReplacements(hans: string): PhraseReplacement[] {
  const empty = { traditional: [], taiwan: [] };
  openccOnly ??= { hant: pipeline('hant', empty), twp: pipeline('twp', empty) };
  const traditional = openccOnly.hant.replacements(hans);
  const taiwan = openccOnly.twp.replacements(hans).filter((r) => r.table === 'taiwan');
  return [...traditional, ...taiwan];
}

/**
 * The Simplified form of one character, converted without context (OpenCC's
 * character table, no phrases). Used to build the matcher's fold table, which
 * must work char by char on page text. It keeps OpenCC's plain `t`→`cn`
 * table (著 stays 著), so the matcher folds page text as it did before the
 * Simplified variant moved to the Taiwan-aware table.
 */
export function charToHans(char: string): string {
  return load().charToHans(char);
}
