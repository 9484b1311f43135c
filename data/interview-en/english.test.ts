/**
 * The English rendering is complete and faithful as far as a program can tell: every string of the write-up has
 * its English, every digit run and Latin word of a turn's Chinese (2 of 8, 120B, H100, CUDA, Cerebras…) is in its
 * English unless a commented exception says why not, no turn's English is implausibly short for its Chinese (an
 * omission), and every quote's English is a verbatim span of its turn's English at the offsets the data gives.
 * Runs on the committed generated data (`build-data.test.ts` checks that it is what `npm run data` makes now), and
 * on doctored copies to show that each kind of slip is caught.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildData, GENERATED_FILES, loadInputs, PROJECT_ROOT } from '@/data/build/build-data';
import type { Bilingual, Concept, Interview } from '@/lib/data-types';
import { english, type EnglishException } from './index';

const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(PROJECT_ROOT, rel), 'utf8')) as T;
const interview = read<Interview>(GENERATED_FILES.interview);
const concepts = read<Concept[]>(GENERATED_FILES.concepts);

/** Below this many characters of Chinese a turn ("對。") may be rendered in fewer English characters. */
const MIN_CHINESE_FOR_LENGTH_CHECK = 40;
/** English runs 1.8–3× the characters of the Chinese; under 1.2× something was left out. */
const MIN_LENGTH_RATIO = 1.2;

/** The digit runs and Latin words of a Chinese string, which its English must keep. */
function tokensOf(chinese: string): string[] {
  return [...new Set([...(chinese.match(/[0-9]+/g) ?? []), ...(chinese.match(/[A-Za-z][A-Za-z0-9+.-]*/g) ?? [])])];
}

/** Everything wrong with the English of the data, one line each (empty: all good). */
function englishProblems(
  data: Interview,
  quotesOf: readonly Concept[],
  exceptions: readonly EnglishException[],
): string[] {
  const problems: string[] = [];
  const check = (id: string, text: Bilingual, lengthCheck: boolean) => {
    if (typeof text.en !== 'string' || text.en.trim() === '') {
      problems.push(`${id} lacks its English`);
      return;
    }
    if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(text.en)) problems.push(`${id}: the English holds Chinese`);
    for (const token of tokensOf(text.orig)) {
      if (text.en.includes(token)) continue;
      const exception = exceptions.find((e) => e.turnId === id && e.chinese === token);
      if (!exception || !text.en.includes(exception.english))
        problems.push(`${id}: the English lacks "${token}" of the Chinese, and no exception explains it`);
    }
    if (
      lengthCheck &&
      text.orig.length >= MIN_CHINESE_FOR_LENGTH_CHECK &&
      text.en.length < MIN_LENGTH_RATIO * text.orig.length
    ) {
      problems.push(`${id}: ${text.en.length} characters of English for ${text.orig.length} of Chinese (an omission?)`);
    }
  };
  check('title', data.title, false);
  for (const [i, block] of data.lead.entries()) check(`lead-${i}`, block.text, true);
  for (const section of data.sections) check(`section ${section.slug}`, section.title, false);
  for (const turn of data.turns) {
    check(turn.id, turn.text, true);
    const zhLines = turn.text.orig.split('\n').length;
    const enLines = turn.text.en.split('\n').length;
    if (turn.text.en && enLines !== zhLines)
      problems.push(`${turn.id}: ${enLines} paragraphs of English, ${zhLines} of Chinese`);
    if (turn.unlabeledAnswer && turn.text.en && turn.unlabeledAnswer.enStart === undefined) {
      problems.push(`${turn.id}: where its unlabeled answer starts in the English is unknown`);
    }
  }
  const turns = new Map(data.turns.map((t) => [t.id, t]));
  for (const quote of quotesOf.flatMap((c) => c.quotes)) {
    const turnEn = turns.get(quote.turnId)?.text.en ?? '';
    if (!quote.text.en) problems.push(`quote ${quote.id} lacks its English`);
    else if (turnEn.slice(quote.enStart, quote.enEnd) !== quote.text.en) {
      problems.push(
        `quote ${quote.id}: its English is not the span ${quote.enStart}–${quote.enEnd} of ${quote.turnId}'s English`,
      );
    }
  }
  // An exception records a deliberate difference (some only for the record: Kittens → ThunderKittens passes anyway);
  // one whose English is gone, or whose Chinese is not in its turn, is stale.
  const texts = new Map<string, Bilingual>([
    ...data.turns.map((t) => [t.id, t.text] as const),
    ...data.lead.map((b, i) => [`lead-${i}`, b.text] as const),
  ]);
  for (const e of exceptions) {
    const text = texts.get(e.turnId);
    if (!text?.orig.includes(e.chinese) || !text.en.includes(e.english)) {
      problems.push(`exception ${e.turnId} "${e.chinese}" → "${e.english}" is stale`);
    }
  }
  return problems;
}

/** A deep copy to doctor. */
const copy = <T>(value: T): T => structuredClone(value);

describe('the English rendering', () => {
  test('every string of the write-up and every quote has faithful English (else fix data/interview-en/)', () => {
    expect(englishProblems(interview, concepts, english.exceptions)).toEqual([]);
  });

  test('the rendering has no stray entries (turns, quotes, sections or lead items the data does not have)', () => {
    const quoteIds = new Set(concepts.flatMap((c) => c.quotes.map((q) => q.id)));
    const turnIds = new Set(interview.turns.map((t) => t.id));
    expect(Object.keys(english.turns).filter((id) => !turnIds.has(id))).toEqual([]);
    expect(Object.keys(english.quotes).filter((id) => !quoteIds.has(id))).toEqual([]);
    expect(Object.keys(english.sections).sort()).toEqual(interview.sections.map((s) => s.slug).sort());
    expect(english.lead).toHaveLength(interview.lead.length);
  });

  test('every exception says why, and names a token its turn’s Chinese has', () => {
    const chineseOf = new Map<string, string>([
      ...interview.turns.map((t) => [t.id, t.text.orig] as const),
      ...interview.lead.map((b, i) => [`lead-${i}`, b.text.orig] as const),
    ]);
    for (const e of english.exceptions) {
      expect(e.why.length, `${e.turnId} ${e.chinese}`).toBeGreaterThan(10);
      expect(chineseOf.get(e.turnId) ?? '', `${e.turnId} ${e.chinese}`).toContain(e.chinese);
    }
  });
});

describe('the check catches', () => {
  const turnWith = (pattern: RegExp) => interview.turns.findIndex((t) => pattern.test(t.text.orig));

  test('a turn lacking its English', () => {
    const doctored = copy(interview);
    doctored.turns[3]!.text.en = '';
    expect(englishProblems(doctored, concepts, english.exceptions)).toContain(
      `${doctored.turns[3]!.id} lacks its English`,
    );
  });

  test('a digit run of the Chinese missing from the English (4 of 128 → 4 of 12)', () => {
    const doctored = copy(interview);
    const turn = doctored.turns[turnWith(/128/)]!;
    turn.text.en = turn.text.en.replaceAll('128', '12');
    expect(englishProblems(doctored, concepts, english.exceptions)).toContain(
      `${turn.id}: the English lacks "128" of the Chinese, and no exception explains it`,
    );
  });

  test('a Latin word of the Chinese missing from the English, unless an exception explains it', () => {
    const doctored = copy(interview);
    const turn = doctored.turns[turnWith(/Cerebras/)]!;
    turn.text.en = turn.text.en.replaceAll('Cerebras', 'a wafer-scale chipmaker');
    const problem = `${turn.id}: the English lacks "Cerebras" of the Chinese, and no exception explains it`;
    expect(englishProblems(doctored, concepts, english.exceptions)).toContain(problem);
    const excused = [
      ...english.exceptions,
      { turnId: turn.id, chinese: 'Cerebras', english: 'a wafer-scale chipmaker', why: 'a test of the exception list' },
    ];
    expect(englishProblems(doctored, concepts, excused)).not.toContain(problem);
  });

  test('a stale exception (its English is no longer there)', () => {
    const turn = interview.turns.find((t) => t.text.orig.includes('Cerebras'))!;
    const stale = {
      turnId: turn.id,
      chinese: 'Cerebras',
      english: 'Cerebras Systems Inc.',
      why: 'the English changed since',
    };
    expect(englishProblems(interview, concepts, [...english.exceptions, stale])).toEqual([
      `exception ${turn.id} "Cerebras" → "Cerebras Systems Inc." is stale`,
    ]);
  });

  test('a quote’s English that is not the span of its turn’s English', () => {
    const doctored = copy(concepts);
    const quote = doctored[0]!.quotes[0]!;
    quote.text.en = `${quote.text.en} (and more)`;
    expect(englishProblems(interview, doctored, english.exceptions)).toContain(
      `quote ${quote.id}: its English is not the span ${quote.enStart}–${quote.enEnd} of ${quote.turnId}'s English`,
    );
  });

  test('a turn’s English implausibly short for its Chinese (a paragraph left out)', () => {
    const doctored = copy(interview);
    const turn = doctored.turns.find((t) => t.text.orig.length > 400 && t.text.en.includes('\n'))!;
    const paragraphs = turn.text.en.split('\n');
    turn.text.en = paragraphs.map((p, i) => (i === 0 ? p : '…')).join('\n');
    const found = englishProblems(doctored, concepts, english.exceptions);
    expect(found.some((p) => p.startsWith(`${turn.id}: `) && p.includes('(an omission?)'))).toBe(true);
  });
});

// Each test runs the whole generator (OpenCC's conversion of the interview): seconds on a loaded machine.
describe('the generator (npm run data)', { timeout: 60_000 }, () => {
  test('fails on a quote whose English is not in its turn’s English, naming the quote', () => {
    const inputs = loadInputs();
    const doctored = { ...english, quotes: { ...english.quotes, 'kv-cache-1': 'Words Tri Dao never said.' } };
    expect(() => buildData({ ...inputs, english: doctored })).toThrow(
      /Quote kv-cache-1: its English is not a verbatim span of turn .*«Words Tri Dao never said\.»/,
    );
  });

  test('builds a partial rendering, reporting what is missing (the data test then fails on it)', () => {
    const inputs = loadInputs();
    const { [interview.turns[0]!.id]: _dropped, ...turns } = english.turns;
    const { warnings, files } = buildData({ ...inputs, english: { ...english, turns } });
    expect(warnings).toContain(`Turn ${interview.turns[0]!.id} has no English rendering`);
    const built = JSON.parse(files[GENERATED_FILES.interview]!) as Interview;
    expect(englishProblems(built, concepts, english.exceptions)).toContain(
      `${interview.turns[0]!.id} lacks its English`,
    );
  });
});
