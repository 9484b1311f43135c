/**
 * The English rendering of the interview, as the team edits it: QbitAI's Chinese write-up rendered into English
 * by the Tri Dao Lens team (`part-1.ts`: sections 1–2; `part-2.ts`: the title, the editor's lead, the section titles
 * and sections 3–7). It is not Tri Dao's words: the podcast was in English, only the Chinese write-up exists, and his
 * exact words may differ. Everything that shows it must say so.
 *
 * `npm run data` joins it into `data/generated/interview.json` (`en` beside `orig`/`hans`/`hant`/`twp`) and
 * `concepts.json` (each quote's `text.en` with its offsets in the turn's English); `english.test.ts` checks that it
 * is complete and keeps every number and Latin term of the Chinese.
 */
import { part1 } from './part-1';
import { part2 } from './part-2';

/**
 * A Latin-script word or digit run of a turn's Chinese that the English gives differently on purpose (a slip of the
 * write-up, or Chinese counting such as 1200億 = 120 billion). `turnId` is a turn id, or `lead-<i>` for item i of the
 * editor's lead.
 */
export interface EnglishException {
  turnId: string;
  /** The token as the Chinese writes it. */
  chinese: string;
  /** What the English writes instead. */
  english: string;
  /** Why, in one line. */
  why: string;
}

/** The whole rendering, keyed like the generated interview. */
export interface EnglishRendering {
  title: string;
  /** One string per item of the editor's lead, in order. */
  lead: readonly string[];
  /** Section titles by slug. */
  sections: Readonly<Record<string, string>>;
  /** Per turn id, one English string per line of the Chinese `text.orig.split('\n')`. */
  turns: Readonly<Record<string, readonly string[]>>;
  /** Per quote id (`<concept>-<rank>`): the quote's English, a verbatim span of its turn's English. */
  quotes: Readonly<Record<string, string>>;
  /**
   * Per turn with an unlabeled answer (`Turn.unlabeledAnswer`): the English words where the answer begins, so the
   * transcript can mark the same point in the English.
   */
  unlabeledAnswers: Readonly<Record<string, string>>;
  exceptions: readonly EnglishException[];
}

export const english: EnglishRendering = {
  title: part2.title,
  lead: part2.lead,
  sections: part2.sections,
  turns: { ...part1.turns, ...part2.turns },
  quotes: { ...part1.quotes, ...part2.quotes },
  unlabeledAnswers: {
    // "…更接近還是更遠?我認為會更接近。": Jacob Effron's question runs into Tri Dao's reply.
    'academia-industry-5': "I think they'll be closer.",
  },
  exceptions: [...part1.exceptions, ...part2.exceptions],
};
