/**
 * The shapes of the project's data: the interview, the 48 concepts and what
 * the generator (`data/build/build-data.ts`) derives from them. Every part of
 * the extension (content script, background, popup, transcript page) and the
 * Node tools read these shapes, so they live in one DOM-free module.
 */

/** The ways a Chinese string can be shown. */
export type ScriptVariant = 'orig' | 'hans' | 'hant' | 'twp';

/**
 * One Chinese (or mixed Chinese/Latin) string in every display script.
 * `orig` is the seed's text byte for byte, kept for citation; `hans` is
 * Simplified, `hant` Traditional with Taiwan standard characters, `twp`
 * Traditional with Taiwan phrasing (OpenCC `twp`: 軟體, 資料, 晶片, 輝達).
 */
export interface Scripts {
  orig: string;
  hans: string;
  hant: string;
  twp: string;
}

/**
 * A string of the write-up in every Chinese script plus `en`, the Tri Dao Lens
 * team's English rendering of it (`data/interview-en/`). The rendering is not
 * Tri Dao's words (the podcast was in English, the write-up is Chinese), so
 * wherever `en` is shown it must be labelled as the team's.
 */
export interface Bilingual extends Scripts {
  en: string;
}

/** A string the team wrote, in English and in every Chinese script. */
export interface Localized {
  en: string;
  hans: string;
  hant: string;
  twp: string;
}

/** Who speaks a turn; `Q` is a question the write-up labels only "Q:". */
export type Speaker = 'Q' | 'Jacob Effron' | 'Tri Dao';

/** Where the interview comes from, for credits and "source" links. */
export interface SourceMeta {
  podcast: string;
  publisherOfPodcast: string;
  episodeTitle: string;
  host: string;
  guest: string;
  releaseDate: string; // ISO yyyy-mm-dd
  episodeUrl: string;
  writeUp: {
    publisher: string;
    publisherZh: string;
    byline: string;
    date: string; // ISO, approximate ("around")
    dateApproximate: boolean;
    title: Scripts;
  };
}

/** A block of the editor's lead: the team never presents it as Tri Dao's words. */
export interface LeadBlock<T extends Scripts = Bilingual> {
  kind: 'claim' | 'summary' | 'bio' | 'intro';
  /** Verbatim lines of the seed (no trailing newline), and their English rendering. */
  text: T;
  /** Empty lines right before this block in the seed (absent = 0); kept so the seed can be rebuilt exactly. */
  blankLinesBefore?: number;
}

/** One speaker turn, verbatim. */
export interface Turn<T extends Scripts = Bilingual> {
  /** Stable id, also the transcript anchor `#t-<id>`. */
  id: string;
  sectionSlug: string;
  speaker: Speaker;
  /** The label exactly as the seed writes it, e.g. "Tri D:" (may be empty for a continuation). */
  label: string;
  /**
   * The turn's text after the label, paragraphs joined with "\n"; `text.en`
   * has exactly as many paragraphs, each rendering the Chinese one.
   */
  text: T;
  /**
   * The write-up ran this turn's label into the middle of the previous turn's
   * last paragraph ("…演化。Jacob Effron:…"); the seed has no line break before it.
   */
  runIn?: boolean;
  /**
   * Where the write-up, with no label, goes on with the answer to this turn's
   * question (a question and its answer run into one paragraph): from UTF-16
   * offset `start` of `text.orig` the words are `speaker`'s. The text stays
   * one turn under the seed's own label (verbatim); quotes from that part
   * carry `speaker`, and a UI should mark the point as the team's reading.
   */
  unlabeledAnswer?: {
    start: number;
    speaker: Speaker;
    /** The same point in `text.en` (UTF-16 offset; absent before the English is joined). */
    enStart?: number;
  };
  /** Empty lines right before this turn in the seed (absent = 0). */
  blankLinesBefore?: number;
}

/** A headed part of the write-up, grouping the turns under its heading. */
export interface Section<T extends Scripts = Bilingual> {
  /** Stable slug, also the transcript anchor `#s-<slug>`. */
  slug: string;
  title: T;
  turnIds: string[];
  /** Empty lines right before the heading in the seed (absent = 0). */
  blankLinesBefore?: number;
}

/**
 * The whole seed parsed: source metadata, title, lead, sections and turns, in
 * every script. `Interview<Scripts>` is the parser's output; the generated
 * `interview.json` is `Interview` (= `Interview<Bilingual>`), with the team's
 * English joined in.
 */
export interface Interview<T extends Scripts = Bilingual> {
  source: SourceMeta;
  title: T;
  lead: LeadBlock<T>[];
  sections: Section<T>[];
  turns: Turn<T>[];
  /** What follows the last turn in the seed, verbatim (its final newlines); see tests/support/reassemble.ts. */
  seedTail?: string;
}

/** One colour family per kind of concept in highlights. */
export type ConceptKind = 'hardware' | 'models' | 'techniques' | 'tools' | 'people';

/** How one surface form of a concept is matched in page text. */
export interface AliasSpec {
  text: string;
  /** Match case exactly (MoE, MLA, SSI). Default: case-insensitive. */
  caseSensitive?: boolean;
  /** Counts only on a page that is about AI/ML systems (see lib/matcher/context.ts). */
  aiOnly?: boolean;
  /**
   * On a blocking phrase (notAliases): it decides the concept's aiOnly
   * aliases for the whole document ("age-related macular degeneration"
   * anywhere means bare "AMD" everywhere is the disease). See
   * lib/matcher/context.ts, "one sense per discourse".
   */
  decidesDocument?: boolean;
  /** Counts only next to Chinese text (bare "Agent" in Chinese AI writing); lib/matcher/guards.ts. */
  besideChinese?: boolean;
  /**
   * Counts only with one of its concept's cue words (the concept's `cue`) in
   * the same line (lib/matcher/guards.ts): an LLM word for "kernel
   * generation" (not a compiler's), a hardware word for co-design (not a
   * workshop's with users), a state-space word for "hybrid model".
   */
  localCue?: boolean;
  /** Counts only right after a count of experts: "top 8 experts", "2 of 8 experts", "8 个专家"; guards.ts. */
  afterCount?: boolean;
  /**
   * Only a part of a longer versioned name ("Gemini" in "Gemini 2.5 Deep
   * Think"): never a match on its own, only merged with the concept's next
   * candidate across a version; guards.ts.
   */
  namePart?: boolean;
  /** Not at the start of a sentence, bullet or heading, where a capitalised word is the plain word ("Modular design"). */
  midSentence?: boolean;
}

/**
 * A neighbouring word that gives a concept's short alias another sense
 * (微内核, "kernel size", 量化评估): the candidate whose folded text is one of
 * `keys` is dropped, or decides the page (`decides`), when the 24 characters
 * before it match `before` or those after it match `after` (regular
 * expression sources, case-insensitive; Traditional forms written out).
 * Rules, not blocking phrases: they cost the automaton nothing and travel in
 * the matcher's input, not in the content script's code.
 */
export interface OtherSenseRule {
  keys: string[];
  before?: string;
  after?: string;
  decides?: boolean;
  /**
   * With `decides`: the page is decided only while it names the concept by
   * none of its unambiguous aliases (one sense per discourse, with the other
   * sense's evidence weighed): "Linux kernel modules" decide bare "kernel"
   * on a driver page, not on one that also says "CUDA kernel"; 聊天机器人
   * decides 机器人 on a chat-bot page, not beside 人形机器人.
   */
  unlessAffirmed?: boolean;
  /** The expressions' case matters ("Ilya" before a capitalised surname). */
  caseSensitive?: boolean;
  /**
   * Words in the candidate's line (160 characters each side, the candidate left out) that drop it there (a
   * circuit's "inductor"); with `keeps`, words of the concept's OWN sense that make it unambiguous there, so it
   * counts even where the page decided the other sense ("Cursor" beside Claude Code or 編輯器 on a page that also
   * has a 游標, a text cursor).
   */
  line?: string;
  keeps?: boolean;
  /**
   * The candidate is dropped unless its line has one of these words: a generic word that means the concept
   * only beside them (高吞吐 beside 批量, bare 代理 beside Agent or 智能体).
   */
  unlessLine?: string;
  /**
   * For a `besideChinese` alias: where it is not beside Chinese, it still counts when its line has one of these
   * (160 characters each side; the text right after the candidate starts the part after, so `^` reads its next
   * words): bare "agent" in English prose about AI agents ("Claude Code is a CLI agent", "why the agent
   * looped" beside tool calls, "Agent systems"), not a Jenkins or travel agent.
   */
  orLine?: string;
}

/** An editorial note the team wrote (e.g. on a transcription slip). */
export interface EditorialNoteSource {
  en: string;
  zh: string; // Simplified; the generator derives the other scripts
}

/** A concept as the team writes it in `data/concepts.ts`. */
export interface ConceptSource {
  id: string;
  kind: ConceptKind;
  name: { en: string; zh: string };
  gloss: { en: string; zh: string };
  aliases: AliasSpec[];
  /** Ranked, best first; each a verbatim span of one turn of the seed (original script). */
  quotes: { text: string; note?: EditorialNoteSource }[];
}

/** A quote as the extension uses it: located in its turn, in every script. */
export interface Quote {
  /** Stable id: `<concept>-<rank>`, transcript anchor `#q-<id>`. */
  id: string;
  conceptId: string;
  rank: number;
  turnId: string;
  sectionSlug: string;
  speaker: Speaker;
  /** UTF-16 offsets of the span in the turn's `text.orig`. */
  start: number;
  end: number;
  /** The span in every script; `text.en` is the team's English of it, a verbatim span of the turn's `text.en`. */
  text: Bilingual;
  /** UTF-16 offsets of `text.en` in the turn's `text.en`, so the same words can be marked in either language. */
  enStart: number;
  enEnd: number;
  note?: Localized;
}

/** A concept as the generator emits it (`data/generated/concepts.json`). */
export interface Concept {
  id: string;
  kind: ConceptKind;
  name: Localized;
  gloss: Localized;
  aliases: AliasSpec[];
  quotes: Quote[];
}

/**
 * What the matcher compiles (`data/generated/aliases.json`): only what the
 * content script needs to find concepts, kept small because it is bundled
 * into every page. The generator expands every Chinese alias into its
 * Simplified, Traditional and Taiwan forms; `hantToHans` folds each
 * Traditional character that occurs in those aliases to its Simplified form,
 * so mixed-script page text still matches (see lib/matcher/).
 */
export interface AliasTable {
  concepts: {
    id: string;
    kind: ConceptKind;
    aliases: AliasSpec[];
    /**
     * Phrases that contain one of the aliases but mean something else
     * ("MLA Handbook", "量化交易"), expanded like the aliases. A matcher may
     * compile them and drop their matches so the alias inside never fires;
     * ignoring them is safe, only less precise.
     */
    notAliases?: AliasSpec[];
    /** Neighbouring words that give an alias another sense (lib/matcher/guards.ts, rule 8). */
    otherSenses?: OtherSenseRule[];
    /** The cue words (an expression source) its `localCue` aliases need in their line. */
    cue?: string;
    /** What may follow its `midSentence` aliases at a sentence's start for them to count ("Modular was founded"). */
    nameAfter?: string;
  }[];
  /** One Traditional character -> one Simplified character. */
  hantToHans: Record<string, string>;
}
