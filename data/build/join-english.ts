/**
 * Joins the team's English rendering (`data/interview-en/`) into the parsed interview and locates each quote's
 * English in its turn's English. Lenient where the rendering is merely incomplete (a missing string becomes `''`
 * with a warning, so a partial rendering still builds and `english.test.ts` names what is missing); strict where
 * the data would be wrong (a quote's English that is not in its turn's English fails the build).
 */
import type { Bilingual, Interview, Scripts, Turn } from '@/lib/data-types';
import type { EnglishRendering } from '@/data/interview-en';

function bilingual(scripts: Scripts, en: string | undefined, what: string, warnings: string[] | null): Bilingual {
  if (en === undefined) warnings?.push(`${what} has no English rendering`);
  return { ...scripts, en: en ?? '' };
}

/**
 * The interview with `en` beside the Chinese scripts of the title, every lead item, section title and turn.
 * Without a rendering (the generator's own unit tests) every `en` is empty and nothing is reported.
 */
export function joinEnglish(
  interview: Interview<Scripts>,
  english: EnglishRendering | undefined,
  warnings: string[],
): Interview {
  const report = english ? warnings : null;
  const turns = interview.turns.map((turn): Turn => {
    const lines = english?.turns[turn.id];
    if (lines && lines.length !== turn.text.orig.split('\n').length) {
      warnings.push(
        `Turn ${turn.id}: the English has ${lines.length} lines, the Chinese ${turn.text.orig.split('\n').length}`,
      );
    }
    const text = bilingual(turn.text, lines?.join('\n'), `Turn ${turn.id}`, report);
    const joined: Turn = { ...turn, text };
    if (turn.unlabeledAnswer) {
      const words = english?.unlabeledAnswers[turn.id];
      const at = words ? text.en.indexOf(words) : -1;
      if (english && at < 0) warnings.push(`Turn ${turn.id}: the English of its unlabeled answer is not found`);
      // Keys in the order the parser writes them, then the English point.
      joined.unlabeledAnswer = at >= 0 ? { ...turn.unlabeledAnswer, enStart: at } : { ...turn.unlabeledAnswer };
    }
    return joined;
  });
  return {
    ...interview,
    title: bilingual(interview.title, english?.title, 'The title', report),
    lead: interview.lead.map((block, i) => ({
      ...block,
      text: bilingual(block.text, english?.lead[i], `Lead item ${i}`, report),
    })),
    sections: interview.sections.map((section) => ({
      ...section,
      title: bilingual(section.title, english?.sections[section.slug], `Section title ${section.slug}`, report),
    })),
    turns,
  };
}

/**
 * Where a quote's English sits in its turn's English. The English must be a verbatim span of it (else the build
 * fails, naming the quote); where it occurs more than once, the occurrence nearest to the Chinese quote's place
 * (scaled to the English length) wins.
 */
export function locateEnglishQuote(
  turn: Turn,
  quoteId: string,
  chineseStart: number,
  english: EnglishRendering | undefined,
  warnings: string[],
): { en: string; enStart: number; enEnd: number } {
  const en = english?.quotes[quoteId];
  if (en === undefined || en === '') {
    if (english) warnings.push(`Quote ${quoteId} has no English rendering`);
    return { en: '', enStart: 0, enEnd: 0 };
  }
  const hits: number[] = [];
  for (let at = turn.text.en.indexOf(en); at >= 0; at = turn.text.en.indexOf(en, at + 1)) hits.push(at);
  if (!hits.length) {
    throw new Error(
      `Quote ${quoteId}: its English is not a verbatim span of turn ${turn.id}'s English (data/interview-en/): «${en}»`,
    );
  }
  const expected = chineseStart * (turn.text.en.length / Math.max(1, turn.text.orig.length));
  const enStart = hits.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0]!;
  return { en, enStart, enEnd: enStart + en.length };
}
