/**
 * Parser of the seed (`../shared/seed/000_02d9b6fdf82c4313.txt`) into the
 * `Interview` structure that the popup, the transcript page, the background
 * and the generator read. DOM-free and conversion-free: the caller passes the
 * function that fills the other scripts (data/build/chinese at build time).
 *
 * Whitespace rule (what makes the round trip exact, see reassemble.ts): the
 * seed is split into lines on "\n" (it has no "\r"). Each non-empty line is
 * one element: the title, one lead block, one section heading, or one
 * paragraph of a turn. A turn's text is its paragraphs joined with "\n" (the
 * label line's text after the label first). Empty lines are kept as counts
 * (`blankLinesBefore`) on the element after them, or as empty paragraphs
 * inside a turn; everything after the last non-empty line (the final newline
 * and the trailing empty lines) is kept verbatim as `seedTail`. No character
 * is trimmed, added or normalised.
 *
 * Decisions on the write-up's run-together paragraphs:
 * - A full speaker label right after a sentence end inside a paragraph
 *   ("…演化。Jacob Effron:…", lines 190, 212, 248) starts a new turn there; the
 *   split is clean (the label is unambiguous), and the new turn has
 *   `runIn: true` so the seed is rebuilt without a line break.
 * - A question followed by its answer with no label (line 246) is NOT split:
 *   the turn keeps the seed's label, and `unlabeledAnswer` marks where the
 *   reply begins and whose it is (Tri Dao's), so quotes from it carry the
 *   right speaker and a UI can say the attribution is the team's reading.
 */
import type { Interview, LeadBlock, Scripts, Section, Speaker, Turn } from '@/lib/data-types';
import { sourceMeta } from './source';
import {
  LEAD_END_LINE,
  LEAD_KINDS,
  LINE_LABEL,
  RUN_IN_LABEL,
  SECTION_SLUGS,
  UNLABELED_ANSWERS,
  speakerOf,
} from './structure';

/** Fills the display scripts of one verbatim seed string. */
export type ToScripts = (orig: string) => Scripts;

interface DraftTurn {
  id: string;
  sectionSlug: string;
  speaker: Speaker;
  label: string;
  paragraphs: string[];
  runIn: boolean;
  blankLinesBefore: number;
}

/**
 * Parses the seed text into an `Interview`. Throws (with the line number) on
 * anything that does not fit the hand-chosen structure in structure.ts, so a
 * changed seed cannot silently shift ids.
 */
export function parseInterview(seed: string, toScripts: ToScripts): Interview<Scripts> {
  const lines = seed.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  if (last < 0) throw new Error('The seed is empty');
  const seedTail = '\n'.repeat(lines.length - 1 - last);

  const title = lines[0]!;
  if (title === '') throw new Error('The seed must start with its title on line 1');

  const lead: LeadBlock<Scripts>[] = [];
  let blank = 0;
  let i = 1;
  for (; i <= last; i++) {
    const line = lines[i]!;
    if (line === '') {
      blank++;
      continue;
    }
    const kinds = LEAD_KINDS.filter((k) => line.startsWith(k.startsWith));
    if (kinds.length !== 1) {
      throw new Error(`Lead line ${i + 1} matches ${kinds.length} lead kinds (want 1): ${line.slice(0, 40)}`);
    }
    lead.push(withBlank<LeadBlock<Scripts>>({ kind: kinds[0]!.kind, text: toScripts(line) }, blank));
    blank = 0;
    if (line === LEAD_END_LINE) break;
  }
  if (i > last) throw new Error(`The lead never ends: no line "${LEAD_END_LINE}"`);

  const sections: { slug: string; heading: string; blankLinesBefore: number; turnIds: string[] }[] = [];
  const drafts: DraftTurn[] = [];
  const headingSlug = new Map(SECTION_SLUGS.map((s) => [s.heading, s.slug]));

  const startTurn = (name: string, label: string, runIn: boolean, lineNo: number): DraftTurn => {
    const section = sections.at(-1);
    if (!section) throw new Error(`Line ${lineNo}: a turn before the first section heading`);
    const turn: DraftTurn = {
      id: `${section.slug}-${section.turnIds.length + 1}`,
      sectionSlug: section.slug,
      speaker: speakerOf(name),
      label,
      paragraphs: [],
      runIn,
      blankLinesBefore: 0,
    };
    section.turnIds.push(turn.id);
    drafts.push(turn);
    return turn;
  };

  for (i++; i <= last; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line === '') {
      blank++;
      continue;
    }
    const slug = headingSlug.get(line);
    if (slug) {
      sections.push({ slug, heading: line, blankLinesBefore: blank, turnIds: [] });
      blank = 0;
      continue;
    }
    let rest = line;
    let turn: DraftTurn;
    const label = LINE_LABEL.exec(line);
    if (label) {
      turn = startTurn(label[1]!, label[0], false, lineNo);
      turn.blankLinesBefore = blank;
      rest = line.slice(label[0].length);
    } else {
      const previous = drafts.at(-1);
      if (!previous || previous.sectionSlug !== sections.at(-1)?.slug) {
        throw new Error(`Line ${lineNo}: text with no speaker label at the start of a section`);
      }
      turn = previous;
      // Empty lines inside a turn stay as empty paragraphs.
      for (; blank > 0; blank--) turn.paragraphs.push('');
    }
    blank = 0;
    // Split at labels the write-up ran into the paragraph.
    let start = 0;
    let current = turn;
    for (const m of rest.matchAll(RUN_IN_LABEL)) {
      current.paragraphs.push(rest.slice(start, m.index));
      current = startTurn(m[1]!, m[0], true, lineNo);
      start = m.index + m[0].length;
    }
    current.paragraphs.push(rest.slice(start));
  }

  const order = sections.map((s) => s.slug).join(',');
  const expected = SECTION_SLUGS.map((s) => s.slug).join(',');
  if (order !== expected) throw new Error(`Section headings found: ${order}; expected: ${expected}`);

  const turns: Turn<Scripts>[] = drafts.map((d) => {
    const turn: Turn<Scripts> = {
      id: d.id,
      sectionSlug: d.sectionSlug,
      speaker: d.speaker,
      label: d.label,
      text: toScripts(d.paragraphs.join('\n')),
    };
    if (d.runIn) turn.runIn = true;
    if (d.blankLinesBefore) turn.blankLinesBefore = d.blankLinesBefore;
    return turn;
  });

  for (const u of UNLABELED_ANSWERS) {
    const turn = turns.find((t) => t.text.orig.startsWith(u.question + u.answerStartsWith));
    if (!turn) throw new Error(`No turn where "${u.question}" runs into its answer "${u.answerStartsWith}"`);
    turn.unlabeledAnswer = { start: u.question.length, speaker: u.speaker };
  }

  return {
    source: sourceMeta(toScripts),
    title: toScripts(title),
    lead,
    sections: sections.map((s) =>
      withBlank<Section<Scripts>>(
        { slug: s.slug, title: toScripts(s.heading), turnIds: s.turnIds },
        s.blankLinesBefore,
      ),
    ),
    turns,
    seedTail,
  };
}

function withBlank<T extends { blankLinesBefore?: number }>(item: T, blank: number): T {
  if (blank > 0) item.blankLinesBefore = blank;
  return item;
}
