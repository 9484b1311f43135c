/**
 * Occurrence-level labels of the dev set: which spans of a text a reader
 * expects marked, written as surface forms (the labelling guide in
 * tests/fixtures/dev-set/README.md says how they are chosen), resolved here
 * into spans, and the matcher's marks scored against them.
 *
 * A label is `[conceptId, text, flags?]`. Every occurrence of `text` in the
 * document (case-insensitive; a text that starts or ends with an ASCII letter
 * or digit must not touch another one there) is expected, except:
 * - inside a URL or an e-mail address, or inside a Markdown link target
 *   `](...)`: never expected (the matcher must not mark them);
 * - inside a path, a command-line flag or a longer identifier (the token
 *   around it starts with `-`, `/`, `./` or `~` or holds two or more `/`, or
 *   `text` is joined to it by `_`, `.` or `\`): never expected, unless `text`
 *   is that whole token (`torch.compile`);
 * - joined to a longer name by `-` only (`Qwen3.5-35B-A3B-FP8`, `GLM4-MoE`):
 *   optional, the mark may or may not be there.
 * Flags: `o` every occurrence optional; `c` optional inside code (``` fences
 * or `inline code`); `s:i,j` skip the i-th, j-th occurrence (0-based).
 *
 * Scoring: a mark is right when it overlaps an expected span of its concept,
 * neither right nor wrong when it overlaps only an optional one, wrong
 * otherwise. An expected span is found when a mark of its concept overlaps it.
 */
import type { Match } from '@/lib/matcher';

/** `[conceptId, surface text, flags]`, as labels.json writes them. */
export type OccurrenceLabel = [string, string] | [string, string, string];

/** One resolved span: UTF-16 offsets into the text, end exclusive. */
export interface LabelledSpan {
  conceptId: string;
  start: number;
  end: number;
  optional: boolean;
}

/** Counts behind occurrence-level precision and recall. */
export interface OccurrenceScore {
  docs: number;
  /** Marks that overlap an expected span of their concept. */
  right: number;
  /** Marks that overlap no expected or optional span of their concept. */
  wrong: number;
  /** Expected spans with a mark of their concept, and all expected spans. */
  found: number;
  expected: number;
  precision: number | null;
  recall: number | null;
  /** Wrong marks and missed spans, for the tuning part's report. */
  wrongMarks: { file: string; concept: string; context: string }[];
  missed: { file: string; concept: string; context: string }[];
}

const isAsciiWord = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
/** Characters that end a token: spaces, quotes, brackets, ASCII and CJK punctuation (not - _ . / \ : @). */
const TOKEN_END = /[\s"'`()[\]{}<>,;!?|*，。、；：！？（）《》「」『』【】“”‘’…]/u;

function tokenAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !TOKEN_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !TOKEN_END.test(text[to])) to++;
  // A sentence's full stop or colon is not part of the token.
  while (to > end && /[.:]/.test(text[to - 1])) to--;
  return { from, to };
}

/** Inside a URL, an e-mail address or a Markdown link target. */
function inAddress(text: string, start: number, token: string): boolean {
  if (/:\/\/|^www\.|@/.test(token)) return true;
  const open = text.lastIndexOf('](', start);
  return open >= 0 && text.indexOf(')', open) >= start && !text.slice(open, start).includes('\n');
}

/**
 * A path, a flag or an identifier: the token starts like one, or the text is
 * joined to it by `_`, `.` or `\` (a version number elsewhere in a name,
 * Qwen3.5-35B-A3B-FP8, does not make it code).
 */
function isCodeToken(text: string, start: number, end: number, token: string): boolean {
  const joiner = (c: string | undefined) => c !== undefined && /[_.\\]/.test(c);
  // Only ASCII joins ASCII: in "3.代理AI" the "3." is a list number, not part of an identifier.
  const joinedBefore = joiner(text[start - 1]) && isAsciiWord(text[start - 2]) && isAsciiWord(text[start]);
  const joinedAfter = joiner(text[end]) && isAsciiWord(text[end + 1]) && isAsciiWord(text[end - 1]);
  return /^(-|\/|\.\/|~)/.test(token) || joinedBefore || joinedAfter || (token.match(/\//g)?.length ?? 0) >= 2;
}

/** Ranges of ``` fences and `inline code`. */
function codeRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /```[\s\S]*?(```|$)|`[^`\n]+`/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Resolves a document's occurrence labels into spans (see the rules above). */
export function resolveOccurrences(text: string, labels: readonly OccurrenceLabel[]): LabelledSpan[] {
  const lower = text.toLowerCase();
  const code = codeRanges(text);
  const inCode = (i: number) => code.some(([a, b]) => i >= a && i < b);
  const spans: LabelledSpan[] = [];
  for (const [conceptId, surface, flags = ''] of labels) {
    const needle = surface.toLowerCase();
    const skip = new Set((/s:([\d,]+)/.exec(flags)?.[1] ?? '').split(',').filter(Boolean).map(Number));
    let index = 0;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (isAsciiWord(surface[0]) && isAsciiWord(text[at - 1])) continue;
      if (isAsciiWord(surface[surface.length - 1]) && isAsciiWord(text[end])) continue;
      const { from, to } = tokenAround(text, at, end);
      const token = text.slice(from, to);
      if (inAddress(text, at, token)) continue;
      const whole = token.toLowerCase() === needle;
      if (!whole && isCodeToken(text, at, end, token)) continue;
      if (skip.has(index++)) continue;
      // Joined to a longer name by a hyphen (`Qwen3-MoE`, `A100-SXM`): optional. Only the hyphen: a Chinese
      // clause is one "token" here (no spaces), and 英伟达的H100芯片 expects its H100 like any other.
      const hyphen = (i: number, j: number) => text[i] === '-' && isAsciiWord(text[j]);
      const joined = !whole && (hyphen(at - 1, at - 2) || hyphen(end, end + 1));
      const optional = flags.includes('o') || joined || (flags.includes('c') && inCode(at));
      spans.push({ conceptId, start: at, end, optional });
    }
  }
  // Where an expected and an optional span of one concept overlap, the expected one stands.
  return spans.filter(
    (s) =>
      !s.optional ||
      !spans.some((t) => !t.optional && t.conceptId === s.conceptId && t.start < s.end && s.start < t.end),
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function context(text: string, start: number, end: number): string {
  const one = (s: string) => s.replace(/\s+/g, ' ');
  return `…${one(text.slice(Math.max(0, start - 30), start))}[${one(text.slice(start, end))}]${one(text.slice(end, end + 30))}…`;
}

/** Scores one document's marks against its resolved spans, adding into `into`. */
export function scoreOccurrences(
  file: string,
  text: string,
  spans: readonly LabelledSpan[],
  marks: readonly Match[],
  into: OccurrenceScore,
): void {
  into.docs++;
  for (const m of marks) {
    const same = spans.filter((s) => s.conceptId === m.conceptId && overlaps(s, m));
    if (same.some((s) => !s.optional)) into.right++;
    else if (same.length === 0) {
      into.wrong++;
      into.wrongMarks.push({ file, concept: m.conceptId, context: context(text, m.start, m.end) });
    }
  }
  for (const s of spans) {
    if (s.optional) continue;
    into.expected++;
    if (marks.some((m) => m.conceptId === s.conceptId && overlaps(s, m))) into.found++;
    else into.missed.push({ file, concept: s.conceptId, context: context(text, s.start, s.end) });
  }
  into.precision = into.right + into.wrong === 0 ? null : into.right / (into.right + into.wrong);
  into.recall = into.expected === 0 ? null : into.found / into.expected;
}

/** An empty tally. */
export function emptyOccurrenceScore(): OccurrenceScore {
  return {
    docs: 0,
    right: 0,
    wrong: 0,
    found: 0,
    expected: 0,
    precision: null,
    recall: null,
    wrongMarks: [],
    missed: [],
  };
}
