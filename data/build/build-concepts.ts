/**
 * Turns the team-written concepts (`data/concepts.ts`) into what the
 * extension reads: every quote located in its turn (offsets, section,
 * speaker) and every Chinese string in all display scripts
 * (`data/generated/concepts.json`), and the small matcher table the content
 * script bundles (`data/generated/aliases.json`). Node only (opencc-js).
 */
import type {
  AliasSpec,
  AliasTable,
  Concept,
  ConceptSource,
  Interview,
  OtherSenseRule,
  Quote,
  Speaker,
  Turn,
} from '@/lib/data-types';
import { charToHans, toHans, toHant, toLocalized, toScripts, toTwp } from '@/data/build/chinese/convert';
import type { EnglishRendering } from '@/data/interview-en';
import { locateEnglishQuote } from './join-english';

/** A concept as the generator accepts it: the contract shape plus optional blocking phrases. */
export interface ConceptInput extends ConceptSource {
  /** Phrases that contain an alias but mean something else (see data/concepts.ts). */
  notAliases?: AliasSpec[];
  /** Neighbouring words that give an alias another sense (see data/concepts.ts). */
  otherSenses?: OtherSenseRule[];
  /** Cue words for its localCue aliases, and what may follow its midSentence ones (see data/concepts.ts). */
  cue?: string;
  nameAfter?: string;
}

/** Any Han character: such an alias is expanded to every Chinese script. */
const HAN = /\p{Script=Han}/u;

/**
 * Locates one quote: the first turn whose `text.orig` contains it verbatim.
 * Throws when no turn does (a quote must never be paraphrased); reports when
 * it occurs more than once, since the transcript link then points at the first.
 */
function locateQuote(
  turns: readonly Turn[],
  conceptId: string,
  rank: number,
  text: string,
  warnings: string[],
): { turn: Turn; start: number } {
  if (text === '') throw new Error(`Concept "${conceptId}", quote ${rank}: the quote is empty`);
  const hits: { turn: Turn; start: number }[] = [];
  for (const turn of turns) {
    for (let at = turn.text.orig.indexOf(text); at >= 0; at = turn.text.orig.indexOf(text, at + 1)) {
      hits.push({ turn, start: at });
    }
  }
  const first = hits[0];
  if (!first) {
    throw new Error(`Concept "${conceptId}", quote ${rank} is not a verbatim span of any turn of the seed: «${text}»`);
  }
  if (hits.length > 1) {
    warnings.push(
      `Concept "${conceptId}", quote ${rank} occurs ${hits.length} times (${hits
        .map((h) => `${h.turn.id}@${h.start}`)
        .join(', ')}); using ${first.turn.id}`,
    );
  }
  return first;
}

/**
 * Whose words a span of a turn is: the turn's speaker, or the speaker of the
 * unlabeled answer the write-up ran into the turn. A span across that point
 * mixes two speakers and fails the build.
 */
function speakerAt(turn: Turn, start: number, end: number, conceptId: string, rank: number): Speaker {
  const answer = turn.unlabeledAnswer;
  if (!answer || end <= answer.start) return turn.speaker;
  if (start >= answer.start) return answer.speaker;
  throw new Error(
    `Concept "${conceptId}", quote ${rank} spans a question and its unlabeled answer in turn ${turn.id}: quote one speaker`,
  );
}

/**
 * An alias list where every Chinese alias also appears in Simplified,
 * Traditional and Taiwan phrasing, each variant with the alias's own rule,
 * in the team's order, without duplicates (the first rule for a text wins).
 */
export function expandAliases(aliases: readonly (AliasSpec & { noTaiwanPhrasing?: boolean })[]): AliasSpec[] {
  const out: AliasSpec[] = [];
  const seen = new Set<string>();
  for (const alias of aliases) {
    // noTaiwanPhrasing (data/concepts.ts): Taiwan phrasing would turn 内核 (kernel) into 核心 ("core").
    const forms = HAN.test(alias.text)
      ? [alias.text, toHans(alias.text), toHant(alias.text), ...(alias.noTaiwanPhrasing ? [] : [toTwp(alias.text)])]
      : [alias.text];
    for (const text of forms) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(specWithText(alias, text));
    }
  }
  return out;
}

/** The alias's rule with a new text, keys in a stable order and false flags left out. */
function specWithText(alias: AliasSpec, text: string): AliasSpec {
  const spec: AliasSpec = { text };
  if (alias.caseSensitive) spec.caseSensitive = true;
  if (alias.aiOnly) spec.aiOnly = true;
  if (alias.decidesDocument) spec.decidesDocument = true;
  if (alias.besideChinese) spec.besideChinese = true;
  if (alias.localCue) spec.localCue = true;
  if (alias.afterCount) spec.afterCount = true;
  if (alias.namePart) spec.namePart = true;
  if (alias.midSentence) spec.midSentence = true;
  return spec;
}

/** Generates `concepts.json`'s content: located quotes, all scripts, and each quote's English in its turn's. */
export function buildConcepts(
  sources: readonly ConceptInput[],
  interview: Interview,
  warnings: string[],
  english?: EnglishRendering,
): Concept[] {
  const ids = new Set<string>();
  return sources.map((source) => {
    if (ids.has(source.id)) throw new Error(`Concept id "${source.id}" is used twice`);
    ids.add(source.id);
    const quotes = source.quotes.map((q, i): Quote => {
      const rank = i + 1;
      const { turn, start } = locateQuote(interview.turns, source.id, rank, q.text, warnings);
      const end = start + q.text.length;
      const id = `${source.id}-${rank}`;
      const { en, enStart, enEnd } = locateEnglishQuote(turn, id, start, english, warnings);
      const quote: Quote = {
        id,
        conceptId: source.id,
        rank,
        turnId: turn.id,
        sectionSlug: turn.sectionSlug,
        speaker: speakerAt(turn, start, end, source.id, rank),
        start,
        end,
        text: { ...toScripts(q.text), en },
        enStart,
        enEnd,
      };
      if (q.note) quote.note = toLocalized(q.note.en, q.note.zh);
      return quote;
    });
    return {
      id: source.id,
      kind: source.kind,
      name: toLocalized(source.name.en, source.name.zh),
      gloss: toLocalized(source.gloss.en, source.gloss.zh),
      aliases: expandAliases(source.aliases),
      quotes,
    };
  });
}

/**
 * Generates `aliases.json`'s content: per concept the expanded aliases (and
 * blocking phrases), plus `hantToHans`, the per-character fold from every
 * character of every alias variant to its Simplified form (OpenCC's character
 * table, no context; only single characters that change), keys sorted by
 * code point so the file is stable.
 */
export function buildAliasTable(sources: readonly ConceptInput[]): AliasTable {
  const chars = new Set<string>();
  const concepts = sources.map((source) => {
    const aliases = expandAliases(source.aliases);
    const entry: AliasTable['concepts'][number] = { id: source.id, kind: source.kind, aliases };
    const notAliases = source.notAliases?.length ? expandAliases(source.notAliases) : undefined;
    if (notAliases) entry.notAliases = notAliases;
    if (source.otherSenses?.length) entry.otherSenses = source.otherSenses;
    if (source.cue) entry.cue = source.cue;
    if (source.nameAfter) entry.nameAfter = source.nameAfter;
    for (const alias of [...aliases, ...(notAliases ?? [])]) {
      for (const ch of alias.text) if (HAN.test(ch)) chars.add(ch);
    }
    return entry;
  });
  const hantToHans: Record<string, string> = {};
  for (const ch of [...chars].sort(byCodePoint)) {
    const hans = charToHans(ch);
    if (hans !== ch && [...hans].length === 1) hantToHans[ch] = hans;
  }
  return { concepts, hantToHans };
}

function byCodePoint(a: string, b: string): number {
  return a.codePointAt(0)! - b.codePointAt(0)!;
}
