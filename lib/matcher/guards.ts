/**
 * Rules that look at the text around a candidate, applied to every scan's
 * candidates before context and selection (so the content script, which
 * scans a page in slices, and findAll, used by the annotate and eval CLIs,
 * see the same candidates):
 *
 * 1. Not prose: no match inside a URL, an e-mail address, a path, a
 *    command-line flag or a longer identifier. A candidate touching one of
 *    `_ . / \ @ # = : ~ ? & % +` (or a `-` that starts the token) is looked at
 *    as a whole token: it is dropped when the token is a URL (`://`,
 *    `www.`), an e-mail address, a flag (`--kt-num-gpu-experts`, `-O3`), or
 *    code that joins words with `_`, `.` or `\` (`use_kernels`, `torch.cuda`,
 *    `docs/zh_cn/kv_quant.md`), unless the candidate is that whole token
 *    (`torch.compile`). Names joined by `-` stay (`gpt-oss-20b`,
 *    `DeepSeek-V3`), and so does one `/` between words (`INT4/INT8`).
 * 2. Beside Chinese only (`besideChinese`): English words that Chinese AI
 *    writing uses bare ("Agent" in 自动构建 Agent 的桌面级 Agent) but that are
 *    generic in English (user agent, Jenkins agent): the nearest letter on
 *    one side must be a Han character.
 * 3. Local cue (`localCue`): a phrase that means the concept only with an LLM
 *    nearby ("kernel generation" by an LLM, not by a compiler such as
 *    FlashInfer's kernel generator) needs an LLM/AI word in the same line,
 *    within 160 characters.
 * 4. Version-tolerant names: two candidates of one concept separated only by
 *    a version or variant ("Gemini 2.5 Deep Think", "Gemini 3 Pro Deep Think")
 *    become one match of the whole name, which counts on any page.
 *
 * Rules 1–3 only look at characters near the candidate (a token, a line), so
 * a slice with the content script's 128-character margin decides as the whole
 * text would.
 */
import { foldUnit, isIgnorableUnit, isSeparatorUnit } from './fold';
import { FLAG_BESIDE_CHINESE, FLAG_LOCAL_CUE, type Match, type MatcherInput } from './types';

/** The flags of an alias, as the guard looks them up from a candidate's text. */
interface AliasFlags {
  besideChinese?: boolean;
  localCue?: boolean;
}

/** Code units that may join an alias to a longer token (URL, path, flag, identifier). */
const JOINER = new Uint8Array(128);
for (const c of '_./\\@#=:~?&%+') JOINER[c.charCodeAt(0)] = 1;
const isJoiner = (c: number) => c < 128 && JOINER[c] === 1;
const HYPHEN = 0x2d;
/** How far a token is followed on each side (a longer one is code anyway). */
const TOKEN_REACH = 200;

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Ends a token: whitespace, quotes, brackets, ASCII and CJK punctuation that is not a joiner. */
function endsToken(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x80) return '"\'`()[]{}<>,;!|*^$'.includes(String.fromCharCode(c));
  return (
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff65) ||
    isHan(c)
  );
}

/**
 * Whether the candidate [start, end) sits inside a URL, e-mail address, path,
 * flag or longer identifier (rule 1). Cheap for prose: only a joiner right
 * next to the candidate makes it look at the token.
 */
export function insideCode(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  const nextAfter = end + 1 < text.length ? text.charCodeAt(end + 1) : 0x20;
  const joinedBefore = before === HYPHEN || isJoiner(before);
  // A full stop or colon after a word ends a sentence unless a letter or digit follows it.
  const joinedAfter =
    (isJoiner(after) && (isAsciiAlnum(nextAfter) || after === 0x2f || after === 0x5f || after === 0x40)) ||
    after === HYPHEN;
  if (!joinedBefore && !joinedAfter) return false;
  let from = start;
  while (from > 0 && start - from < TOKEN_REACH && !endsToken(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < TOKEN_REACH && !endsToken(text.charCodeAt(to))) to++;
  while (to > end && (text.charCodeAt(to - 1) === 0x2e || text.charCodeAt(to - 1) === 0x3a)) to--; // sentence punctuation
  const token = text.slice(from, to);
  if (from === start && to === end) return false;
  if (token.includes('://') || token.startsWith('www.') || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(token)) return true;
  if (from < start && text.charCodeAt(from) === HYPHEN) return true; // a flag: --kt-num-gpu-experts, -O3
  const inner = text.slice(Math.max(from, start - 1), Math.min(to, end + 1));
  // Joined to its neighbours by code punctuation: use_kernels, torch.cuda, docs/zh_cn/x.md, a\b.
  if (
    /[A-Za-z0-9][_.\\@#=~?&%+:][A-Za-z0-9]/.test(token) &&
    /[_.\\@#=~?&%+:]/.test(inner.slice(0, 1) + inner.slice(-1))
  )
    return true;
  // A path has two or more slashes and no spaces (GEMM/Tensor Cores/WMMA is a list in prose).
  if (/^[^\s/]*(\/[^\s/]+){2,}\/?$/.test(token) && /\//.test(inner.slice(0, 1) + inner.slice(-1))) return true;
  if (token.startsWith('/') || token.startsWith('./') || token.startsWith('~/')) return true;
  // The target of a Markdown link, [text](#anchor-fp8) or [text](docs/x.md), in .md files the CLI reads.
  for (let i = start - 1; i > 0 && start - i < TOKEN_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x29) break; // a space or ")": not inside a link target
    if (c === 0x28 && text.charCodeAt(i - 1) === 0x5d) return true; // "]("
  }
  return false;
}

/** Han or CJK punctuation (、，。（）「」…): Chinese text. */
const isChinese = (c: number) => isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65);

/** The nearest non-space code unit before `start` or at/after `end` is Chinese (rule 2). */
function besideHan(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && i > start - 4 && text.charCodeAt(i) <= 0x20) i--;
  if (i >= 0 && isChinese(text.charCodeAt(i))) return true;
  let j = end;
  while (j < text.length && j < end + 3 && text.charCodeAt(j) <= 0x20) j++;
  return j < text.length && isChinese(text.charCodeAt(j));
}

const CUE =
  /\b(LLMs?|language models?|AI|agents?|agentic|GPT|Claude|models?)\b|大模型|语言模型|語言模型|模型|人工智能|人工智慧|智能体|智能體/i;
const CUE_REACH = 160;

/** An LLM/AI word in the same line within CUE_REACH characters (rule 3). */
function hasLocalCue(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < CUE_REACH && text.charCodeAt(from - 1) !== 0x0a) from--;
  let to = end;
  while (to < text.length && to - end < CUE_REACH && text.charCodeAt(to) !== 0x0a) to++;
  return CUE.test(text.slice(from, start)) || CUE.test(text.slice(end, to));
}

/** A version or variant between two parts of one name: " 2.5 ", "-3 Pro ", " 3.0 Ultra ". */
const VERSION_GAP =
  /^[\s-]*(v?\d+(\.\d+)*[a-z]?)([\s-]+(Pro|Flash|Ultra|Nano|Lite|Max|Mini|Plus|Turbo|Preview))?[\s-]*$/i;

/** Folds a candidate's text like an alias key: no separators, case and width folded, Traditional to Simplified. */
function foldedText(text: string, start: number, end: number, hantToHans: Record<string, string>): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSeparatorUnit(c) || isIgnorableUnit(c)) continue;
    out += String.fromCharCode(foldUnit(c, hantToHans));
  }
  return out;
}

/** The candidate rules of one matcher input, applied to each scan's candidates in place. */
export class CandidateGuards {
  /** conceptId -> folded alias key -> flags, only for aliases with a rule. */
  private readonly flagged = new Map<string, Map<string, AliasFlags>>();
  /** The concepts in `flagged`. */
  private readonly flaggedIds: string[];
  private readonly hantToHans: Record<string, string>;

  /** The records with a rule (tables.ts's `guarded`, or a whole input), and the input's concepts and fold. */
  constructor(input: Pick<MatcherInput, 'conceptIds' | 'hantToHans' | 'keys' | 'owners' | 'flags'>) {
    this.hantToHans = input.hantToHans;
    for (let r = 0; r < input.keys.length; r++) {
      const owner = input.owners[r];
      const besideChinese = (input.flags[r] & FLAG_BESIDE_CHINESE) !== 0;
      const localCue = (input.flags[r] & FLAG_LOCAL_CUE) !== 0;
      if (owner < 0 || (!besideChinese && !localCue)) continue;
      const id = input.conceptIds[owner];
      let keys = this.flagged.get(id);
      if (!keys) {
        keys = new Map();
        this.flagged.set(id, keys);
      }
      keys.set(input.keys[r], { besideChinese, localCue });
    }
    this.flaggedIds = [...this.flagged.keys()];
  }

  /** Applies rules 1–4 to `candidates` (sorted as scan() returns them); returns the same array. */
  apply(text: string, candidates: Match[]): Match[] {
    if (candidates.length === 0) return candidates;
    // Few concepts have flagged aliases: compare ids directly rather than hash each candidate's.
    const flaggedIds = this.flaggedIds;
    let kept = 0;
    for (let i = 0; i < candidates.length; i++) {
      const m = candidates[i];
      if (m.blocked !== true) {
        // Inline fast path of insideCode: prose neighbours need no token.
        const before = m.start > 0 ? text.charCodeAt(m.start - 1) : 0x20;
        const after = m.end < text.length ? text.charCodeAt(m.end) : 0x20;
        if (
          (before === HYPHEN || isJoiner(before) || after === HYPHEN || isJoiner(after)) &&
          insideCode(text, m.start, m.end)
        )
          continue;
        if (flaggedIds.length > 0 && flaggedIds.includes(m.conceptId)) {
          const flags = this.flagged.get(m.conceptId)?.get(foldedText(text, m.start, m.end, this.hantToHans));
          if (flags?.besideChinese && !besideHan(text, m.start, m.end)) continue;
          if (flags?.localCue && !hasLocalCue(text, m.start, m.end)) continue;
        }
      }
      if (kept !== i) candidates[kept] = m;
      kept++;
    }
    if (kept < candidates.length) candidates.length = kept;
    return mergeVersionedNames(text, candidates);
  }
}

/**
 * Rule 4: where a candidate is followed, after only a version or variant, by
 * a candidate of the same concept, one match of the whole name replaces both
 * (unambiguous: a versioned product name is not a word).
 */
function mergeVersionedNames(text: string, candidates: Match[]): Match[] {
  let merged = false;
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    if (a.blocked) continue;
    // Cheap test first: a version starts with a space or hyphen, then a digit or "v".
    const gap = text.charCodeAt(a.end);
    if (gap !== 0x20 && gap !== HYPHEN) continue;
    const first = text.charCodeAt(a.end + 1);
    if (!((first >= 0x30 && first <= 0x39) || first === 0x76 || first === 0x56)) continue;
    for (let j = i + 1; j < candidates.length && candidates[j].start <= a.end + 24; j++) {
      const b = candidates[j];
      if (b.blocked || b.conceptId !== a.conceptId || b.start <= a.end) continue;
      if (!VERSION_GAP.test(text.slice(a.end, b.start))) continue;
      candidates[i] = { conceptId: a.conceptId, start: a.start, end: b.end, aiOnly: false };
      merged = true;
      break;
    }
  }
  if (!merged) return candidates;
  // Keep scan()'s order: start ascending, longest first, blocking phrases then unambiguous aliases first.
  return candidates.sort(
    (x, y) =>
      x.start - y.start ||
      y.end - x.end ||
      Number(y.blocked === true) - Number(x.blocked === true) ||
      Number(x.aiOnly) - Number(y.aiOnly),
  );
}
