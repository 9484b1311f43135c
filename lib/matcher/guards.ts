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
 *    `DeepSeek-V3`), and so does one `/` between words (`INT4/INT8`) unless
 *    the token is code otherwise (`nvidia/cuda:12.4.1-runtime`). A `.`
 *    between digits is a version, not code (`GPT-5.1`, `DeepSeek-V3.2`).
 *    No candidate runs over a blank line (a heading and the paragraph after it).
 * 2. Beside Chinese only (`besideChinese`): English words that Chinese AI
 *    writing uses bare ("Agent" in 自动构建 Agent 的桌面级 Agent) but that are
 *    generic in English (user agent, Jenkins agent): the nearest letter on
 *    one side must be a Han character; the brackets and quotes of a gloss
 *    ("代理人 (Agent)") are looked through. In English prose such a word
 *    counts only where its line has one of its concept's `orLine` words
 *    (otherSenses): bare "agent" beside tool calls, a coding tool's name or
 *    agent words ("Claude Code is a CLI agent", "Agent systems create
 *    workflows"), the dev-set guide's decision of 2026-12-02.
 * 3. Local cue (`localCue`): a phrase that means the concept only with an LLM
 *    nearby ("kernel generation" by an LLM, not by a compiler such as
 *    FlashInfer's kernel generator) needs an LLM/AI word in the same line,
 *    within 160 characters. Each concept names its cue words (`cue` in
 *    data/concepts.ts, carried in the input): a hardware or software word for
 *    co-design (not a design workshop's co-design with its users), a
 *    state-space word for "hybrid model" (not a CNN-Transformer hybrid).
 * 4. Version-tolerant names: two candidates of one concept separated only by
 *    a version or variant ("Gemini 2.5 Deep Think", "Gemini 3 Pro Deep Think")
 *    become one match of the whole name, which counts on any page.
 *
 *    A part marked `namePart` ("Gemini": the model family is not the Deep
 *    Think mode) is never a match on its own, only inside such a name.
 * 5. After a count (`afterCount`): "expert" means a routed expert of a
 *    mixture of experts only right after a count of them ("top 8 experts",
 *    "top-k experts", "2 of 8 experts", "8 个专家"); the match then covers
 *    the count.
 * 6. Mid-sentence only (`midSentence`): a capitalised proper noun that is also
 *    a plain word ("Modular", the company) does not count at the start of a
 *    sentence, bullet or heading, where any adjective is capitalised
 *    ("**Modular**: swap any component", "Modular design"), unless what
 *    follows is what only the name does ("Modular was founded",
 *    "Modular's MAX").
 * 8. Other senses by the neighbouring word (`otherSenses` in data/concepts.ts,
 *    carried in the matcher's input): a short
 *    alias that a word beside it turns into another compound or term, on AI
 *    pages too: 微内核, 数据库内核, Sobel 算子, 量化评估 ("quantitative
 *    evaluation"), "kernel size", "Gaussian kernel", "vector quantization",
 *    "8-bit images", an "Ilya" with another surname. Some name the other
 *    sense of the whole page and decide it: "Jupyter kernel", "Spark 算子",
 *    "SSI benefits". Some look at the candidate's whole line: a generic
 *    word counts only beside its concept's words (`unlessLine`: 高吞吐 beside
 *    批量, bare 代理 beside Agent or 智能体), and words of the concept's own
 *    sense keep an ambiguous alias where the page decided the other sense
 *    (`line` with `keeps`: "Cursor" beside Claude Code on a page that also
 *    has a 游標). Written as rules on the neighbours rather than as
 *    blocking phrases, they cost the automaton nothing, and as data in the
 *    input rather than here, the content script's code nothing.
 *    Weaker neighbours decide the page only while it names the concept by
 *    none of its unambiguous aliases (`unlessAffirmed`, context.ts): "GPU
 *    kernel modules", "Unix-like kernels", 聊天机器人, 交易机器人 weigh the
 *    other sense's evidence against ours ("CUDA kernel", 人形机器人), and a
 *    page that names both keeps ours.
 * 7. An acronym the page defines otherwise: an ambiguous (aiOnly) acronym in
 *    a definition, "age-related macular degeneration (AMD)" or "SSI
 *    (Supplemental Security Income)", whose long form spells its capitals
 *    word by word and names none of the concepts, becomes a blocking phrase
 *    that decides the page (one sense per discourse, context.ts). A long form
 *    that holds a candidate ("Mixture of Experts (MoE)", "NVIDIA Collective
 *    Communications Library (NCCL)") is the concept's own.
 *
 * The rules only look at characters near the candidate (a token, a line, a
 * definition's 100 characters), so a slice with the content script's
 * 128-character margin decides as the whole text would.
 */
import { at, type MatcherTables } from './tables';
import {
  FLAG_AFTER_COUNT,
  FLAG_AI_ONLY,
  FLAG_BESIDE_CHINESE,
  FLAG_BLOCK,
  FLAG_DECIDES,
  FLAG_LOCAL_CUE,
  FLAG_MID_SENTENCE,
  FLAG_NAME_PART,
  type Found,
  GUARD_FLAGS,
  type Match,
} from './types';

/** Code units that may join an alias to a longer token (URL, path, flag, identifier). */
const JOINER = new Uint8Array(128);
for (const c of '_./\\@#=:~?&%+') JOINER[c.charCodeAt(0)] = 1;
const isJoiner = (c: number) => c < 128 && JOINER[c] === 1;
const HYPHEN = 0x2d;
/** How far a token is followed on each side (a longer one is code anyway). */
const TOKEN_REACH = 200;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A "." inside a version number (5.1, 3.2.0; not the size 2.8b), collapsed before a token is judged. */
const VERSION_DOT = /(\d)\.(?=\d+(?:\.\d+)*(?![A-Za-z0-9]))/g;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** The ASCII code units that end a token (a table: a token is followed one code unit at a time). */
const TOKEN_END = new Uint8Array(128);
for (let c = 0; c <= 0x20; c++) TOKEN_END[c] = 1;
for (const c of '"\'`()[]{}<>,;!|*^$') TOKEN_END[c.charCodeAt(0)] = 1;

/** Ends a token: whitespace, quotes, brackets, ASCII and CJK punctuation that is not a joiner. */
function endsToken(c: number): boolean {
  if (c < 0x80) return TOKEN_END[c] === 1;
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
export function insideCode(text: string, start: number, candidateEnd: number): boolean {
  // A version after a name belongs to it: "GPT-5.1" and "DeepSeek-V3.2" are names, "v3.2.gguf" is still a file.
  // A size is not a version: "mamba-2.8b" is Mamba at 2.8B parameters, not Mamba-2.
  let end = candidateEnd;
  if (text.charCodeAt(end) === 0x2e && isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))) {
    let v = end + 1;
    while (
      v < text.length &&
      (isDigit(text.charCodeAt(v)) || (text.charCodeAt(v) === 0x2e && isDigit(text.charCodeAt(v + 1))))
    )
      v++;
    if (v >= text.length || !isAsciiAlnum(text.charCodeAt(v))) end = v;
  }
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  const nextAfter = end + 1 < text.length ? text.charCodeAt(end + 1) : 0x20;
  if (underscoredInCode(text, start, end)) return true;
  const joinedBefore = before === HYPHEN || isJoiner(before);
  // A full stop or colon after a word ends a sentence unless a letter or digit follows it.
  const joinedAfter =
    (isJoiner(after) &&
      (isAsciiAlnum(nextAfter) || after === 0x2f || after === 0x5f || after === 0x40 || nextAfter === 0x3a)) ||
    after === HYPHEN;
  if (!joinedBefore && !joinedAfter) return false;
  let from = start;
  while (from > 0 && start - from < TOKEN_REACH && !endsToken(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < TOKEN_REACH && !endsToken(text.charCodeAt(to))) to++;
  while (to > end && (text.charCodeAt(to - 1) === 0x2e || text.charCodeAt(to - 1) === 0x3a)) to--; // sentence punctuation
  if (from === start && to === end) return false;
  // Versions are one number: "GPT-5.1" is a name, "torch.cuda" and "v3.2.gguf" are code.
  const token = text.slice(from, to).replace(VERSION_DOT, '$1');
  if (token.includes('://') || token.startsWith('www.') || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(token)) return true;
  if (from < start && text.charCodeAt(from) === HYPHEN) return true; // a flag: --kt-num-gpu-experts, -O3
  // A scoped package name: npm install -g @anthropic-ai/claude-code (the package, not the product in prose).
  if (from < start && /^@[\w.-]+\/[\w.-]+$/.test(token)) return true;
  // A quantity after "=" is a value in prose (K=4bit, V=2bit), not part of an identifier.
  if (before === 0x3d && isDigit(text.charCodeAt(start)) && !joinedAfter) return false;
  // An ASCII colon that Chinese text runs on from is punctuation ("Triton:GPU原生的…"), not code.
  if (after === 0x3a && nextAfter !== 0x3a && to < text.length && isHan(text.charCodeAt(to)) && !joinedBefore)
    return false;
  // The same colon with the Latin word before it: "Nsight Systems:NVIDIA 系統級分析工具" (a list of tools in
  // Chinese, its full-width colon folded to ASCII) is a label and its text, not a "scheme:name" identifier.
  if (
    before === 0x3a &&
    !joinedAfter &&
    to === end &&
    /^[A-Za-z]+:$/.test(text.slice(from, start)) &&
    hanFollows(text, end)
  )
    return false;
  // A line that is only "Name:Name" is a heading in prose ("vLLM:PagedAttention", "SGLang:RadixAttention" over
  // a Chinese section), not a "scheme:name" identifier: one colon between two words, the second capitalised.
  if (
    (after === 0x3a || before === 0x3a) &&
    lineEdge(text, from - 1, -1) &&
    lineEdge(text, to, 1) &&
    /^[A-Za-z][A-Za-z0-9]*:[A-Z][A-Za-z0-9]*$/.test(token)
  )
    return false;
  // A question mark that Latin text runs on from ("## 什麼是 KV Cache?LLM 推理…", a full-width ？ folded) ends a
  // question: a URL's query has "=" or "&" after it.
  if (after === 0x3f && !joinedBefore && !/[=&/]/.test(text.slice(end, to))) return false;
  // A file name, whatever joins the alias to it: deepseek-v3.2.safetensors, flash-attn-2.8.tar.gz.
  if (/[A-Za-z0-9]\.[A-Za-z][A-Za-z0-9]{0,11}$/.test(token)) return true;
  const inner = text.slice(Math.max(from, start - 1), Math.min(to, end + 1));
  // Names joined by "+" in a list are prose ("GPU+NVLink+CUDA 垄断了市场", a forum's shorthand for a stack), not an
  // expression: every part a capitalised word.
  if ((before === 0x2b || after === 0x2b) && /^[A-Z][A-Za-z0-9-]*(?:\+[A-Z][A-Za-z0-9-]*)+$/.test(token)) return false;
  // Joined to its neighbours by code punctuation: use_kernels, torch.cuda, docs/zh_cn/x.md, a\b, cutlass::gemm.
  if (
    /[A-Za-z0-9](::|[_.\\@#=~?&%+:])[A-Za-z0-9]/.test(token) &&
    /[_.\\@#=~?&%+:]/.test(inner.slice(0, 1) + inner.slice(-1))
  )
    return true;
  // A path has two or more slashes and no spaces (GEMM/Tensor Cores/WMMA is a list in prose).
  const slashBeside = /\//.test(inner.slice(0, 1) + inner.slice(-1));
  // A repository as owner/name is code (the dev-set guide): "Dao-AILab/flash-attention" as a repository page's
  // title, or after "GitHub:". The name as a repository writes it (lower case, words joined by "-") after an owner
  // that is no such word ("multi-head/multi-query attention" is a list in prose); a model id in a sentence
  // ("Load openai/gpt-oss-20b") is a whole alias in code, which may count.
  if (before === 0x2f && to === end && from < start - 1 && isRepoName(text.slice(start, end))) {
    const owner = text.slice(from, start - 1);
    if (
      /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(owner) &&
      !isRepoName(owner) &&
      ((lineEdge(text, from - 1, -1) && lineEdge(text, to, 1)) || REPO_BEFORE.test(lineBefore(text, from)))
    )
      return true;
  }
  if (/^[^\s/]*(\/[^\s/]+){2,}\/?$/.test(token) && slashBeside) return true;
  // A directory written with its trailing slash, as a source tree lists them (kernel-open/nvidia/, src/nvidia-uvm/):
  // two slashes too, the second ending the token.
  if (/^[^\s/]+\/[^\s/]+\/$/.test(token) && slashBeside) return true;
  // One slash in a token that is code otherwise: an image or package reference (nvidia/cuda:12.4.1-runtime).
  if (slashBeside && /[A-Za-z0-9][:@=][A-Za-z0-9]/.test(token)) return true;
  // A slash between Chinese words is prose ("大规模批处理/高吞吐场景"), not a path from the root.
  if (from === start - 1 && before === 0x2f && from > 0 && isHan(text.charCodeAt(from - 1)) && !joinedAfter)
    return false;
  if (token.startsWith('/') || token.startsWith('./') || token.startsWith('~/')) return true;
  // The target of a Markdown link, [text](#anchor-fp8) or [text](docs/x.md), in .md files the CLI reads.
  for (let i = start - 1; i > 0 && start - i < TOKEN_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x29) break; // a space or ")": not inside a link target
    if (c === 0x28 && text.charCodeAt(i - 1) === 0x5d) return true; // "]("
  }
  return false;
}

/** What names a repository before its owner/name in the line: "GitHub: Dao-AILab/flash-attention", 仓库. */
const REPO_BEFORE = /(?:GitHub|GitLab|Gitee|repo(?:sitory)?|仓库|倉庫|代码库|代碼庫)\s*[:：]?\s*$/i;

/** A name as repositories write it: lower-case words joined by "-" (flash-attention, deepseek-ai). */
const isRepoName = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(s);

/** Whether `i` (stepping by `dir` past spaces and a Markdown heading's "#") is the text's edge or a line break. */
function lineEdge(text: string, i: number, dir: 1 | -1): boolean {
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0d || c === 0x23; c = text.charCodeAt(i)) i += dir;
  return i < 0 || i >= text.length || text.charCodeAt(i) === 0x0a;
}

/** Chinese text right after `end`, past at most one space. */
function hanFollows(text: string, end: number): boolean {
  const i = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  return i < text.length && isHan(text.charCodeAt(i));
}

/**
 * Whether [start, end) runs over a blank line: an alias's space is not a paragraph break, and a heading
 * ("…with Triton") followed by a paragraph ("Kernel fusion eliminates…") is not "Triton kernel".
 */
function spansParagraph(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 0x0a) continue;
    let j = i + 1;
    while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
    if (j < end && text.charCodeAt(j) === 0x0a) return true;
  }
  return false;
}

/** A joiner or hyphen right beside the candidate: only then can it be inside code (insideCode's fast path). */
function touchesJoiner(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  return (
    before === HYPHEN || isJoiner(before) || after === HYPHEN || isJoiner(after) || underscoredInCode(text, start, end)
  );
}

/** Code's brackets and quotes: ( ) [ ] " ' ` */
const isCodeMark = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x27 || c === 0x60;

/**
 * An alias written with "_" inside it, with a bracket or quote of code beside it (uint8_t quantized_weights[N],
 * stop_reason === "tool_use"), is an identifier whole, not prose; flash_attention alone stays a spelling of the name.
 */
function underscoredInCode(text: string, start: number, end: number): boolean {
  if (!isCodeMark(start > 0 ? text.charCodeAt(start - 1) : 0x20) && !isCodeMark(text.charCodeAt(end))) return false;
  for (let i = start + 1; i < end - 1; i++) if (text.charCodeAt(i) === 0x5f) return true;
  return false;
}

/** Han or CJK punctuation (、，。（）「」…): Chinese text. */
const isChinese = (c: number) => isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65);

/**
 * Spaces, and the ASCII brackets, quotes and Markdown emphasis a Chinese text puts around an English gloss:
 * "代理人 (Agent)", "Claude Code (CLI Agent) 代表了", "**Agent**".
 */
const isGlossMark = (c: number) =>
  c <= 0x20 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x27 || c === 0x2a;

/** The nearest code unit before `start` or at/after `end` that is not a space or gloss mark is Chinese (rule 2). */
function besideHan(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && i > start - 5 && isGlossMark(text.charCodeAt(i))) i--;
  if (i >= 0 && isChinese(text.charCodeAt(i))) return true;
  let j = end;
  while (j < text.length && j < end + 4 && isGlossMark(text.charCodeAt(j))) j++;
  // A text diagram's arrows and box lines between the word and its Chinese neighbour ("Agent ←──┴──→ 插件系统").
  while (
    j < text.length &&
    j < end + DIAGRAM_REACH &&
    (isDiagramMark(text.charCodeAt(j)) || text.charCodeAt(j) === 0x20)
  )
    j++;
  return j < text.length && isChinese(text.charCodeAt(j));
}

/** Arrows, box drawing and geometric shapes (←, ─, ┴, ▼): the lines of a diagram drawn in text. */
const isDiagramMark = (c: number) => (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2500 && c <= 0x25ff);
const DIAGRAM_REACH = 24;

const CUE_REACH = 160;

/**
 * The candidate's line within CUE_REACH characters on each side, the candidate left out: the text before it
 * and the text after it (rules 3 and 8). The reach is sliced first and the line break looked for in the slice,
 * so a text without line breaks costs no more than one with them.
 */
function lineBefore(text: string, start: number): string {
  const reach = text.slice(Math.max(0, start - CUE_REACH), start);
  const nl = reach.lastIndexOf('\n');
  return nl < 0 ? reach : reach.slice(nl + 1);
}
function lineAfter(text: string, end: number): string {
  const reach = text.slice(end, end + CUE_REACH);
  const nl = reach.indexOf('\n');
  return nl < 0 ? reach : reach.slice(0, nl);
}

/** A cue word in the same line within CUE_REACH characters (rule 3). */
function hasLocalCue(text: string, start: number, end: number, cue: RegExp): boolean {
  return cue.test(lineBefore(text, start)) || cue.test(lineAfter(text, end));
}

/**
 * "top 8", "top-k", "2 of 8", "2 out of 8", or a model card's "128 total experts" right before an English
 * "expert(s)" (rule 5); a bare "10 experts" is as often people.
 */
const ENGLISH_COUNT = /(?:\btop[\s_-]?(?:\d+|k)|\b\d+\s*(?:of|out of)\s*\d+|\b\d+\s+total)[\s-]*$/i;
/** Digits (or top-k) right before 个专家 (rule 5): 8 个专家, Top-k 个专家; not 每个专家 or 一个专家. */
const CHINESE_COUNT = /(?:\btop[\s_-]?(?:\d+|k)|[0-9０-９]+)\s*$/i;

/** Where the count before a candidate starts, or -1 when there is none (rule 5). */
function countStart(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - 24), start);
  const han = isHan(text.charCodeAt(start));
  const m = (han ? CHINESE_COUNT : ENGLISH_COUNT).exec(before);
  if (m) return start - before.length + m.index;
  // A bare number of experts ("16 experts") is a model's only when what follows counts the active ones or says
  // where they sit: "8 experts with 2 active", "16 experts of which 4 active", "128 experts, 4 of which are
  // active", "16 experts total, of which 4 active", "64 experts per layer". A panel's "32 experts" (or "12 experts
  // in total signed it") says none of that.
  if (han) return -1;
  const bare = BARE_ENGLISH_COUNT.exec(before);
  if (bare === null) return -1;
  BARE_COUNT_AFTER.lastIndex = end;
  if (BARE_COUNT_AFTER.test(text)) return start - before.length + bare.index;
  // Not before "per token": "experts per token" is a longer alias of its own, which the count would cut short.
  PER_TOKEN_AFTER.lastIndex = end;
  if (!PER_TOKEN_AFTER.test(text) && hasLocalCue(text, start, end, BARE_COUNT_LINE))
    return start - before.length + bare.index;
  return -1;
}

const PER_TOKEN_AFTER = /\s+per[\s-]token\b/iy;

/**
 * Or the line says whose experts they are: the model's size in parameters, MoE, or its router ("21 billion
 * parameters and 32 experts", "each MoE layer routes to 8 experts"). A panel's experts come with none of these.
 */
const BARE_COUNT_LINE =
  /\b(?:\d+(?:\.\d+)?\s*(?:billion|million|[BM])\s+(?:total\s+|active\s+)?parameters|MoE|mixtures?[\s-]of[\s-]experts?|router|routes?|routing|routed|gating|per[\s-]token)\b/i;

/** A bare number before "experts" (rule 5, with BARE_COUNT_AFTER). */
const BARE_ENGLISH_COUNT = /\b\d+\s*$/;
/**
 * What makes a bare number of experts a model's: the active ones counted, or where they sit (sticky, at the end).
 * "With 4 active" is the experts' own count only when no other noun follows ("32 experts with 4 active members" is a
 * panel).
 */
const BARE_COUNT_AFTER =
  /\s*(?:,\s*)?(?:(?:with|of\s+which)\s+(?:only\s+)?\d+\s+(?:are\s+)?(?:active|activated|routed|selected|used)\b(?!\s+(?!(?:experts?|ones|per|at|for|on|in|by|each|during)\b)[A-Za-z])|\d+\s+of\s+which\s+(?:are\s+)?(?:active|activated|routed|selected|used)\b|(?:in\s+)?total\s*,?\s*(?:of\s+which|with)\s+\d+|per\s+(?:MoE\s+)?layer\b)/iy;

/** Rule 6: the candidate starts a sentence, line, bullet or heading and does not go on as the proper noun. */
function plainWordAtStart(text: string, start: number, end: number, nameAfter: RegExp | undefined): boolean {
  return startsSentence(text, start) && !(nameAfter !== undefined && afterMatches(nameAfter, text, end));
}

/** Whether the candidate starts a sentence, line, bullet or heading: Markdown marks and quotes skipped. */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i < 12) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c <= 0x20 || '*_#>`-+|"\'([\u2022\u00b7\u201c\u2018\u3000'.includes(String.fromCharCode(c))) {
      i--;
      continue;
    }
    return '.!?:;\u3002\uff01\uff1f\uff1a\uff1b'.includes(String.fromCharCode(c));
  }
  return i < 0;
}

/** A version or variant between two parts of one name: " 2.5 ", "-3 Pro ", " 3.0 Ultra ". */
const VERSION_GAP =
  /^[\s-]*(v?\d+(\.\d+)*[a-z]?)([\s-]+(Pro|Flash|Ultra|Nano|Lite|Max|Mini|Plus|Turbo|Preview))?[\s-]*$/i;

/** Small words a long form may hold without a letter of the acronym: "Ministry of Education (MoE)". */
const STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'from', 'by', 'at', 'or']);

/** A word of a possible long form: its span, and whether it follows a hyphen ("related" in "age-related"). */
interface Word {
  start: number;
  end: number;
  inner: boolean;
}

/** An ambiguous acronym as written: 2–6 ASCII letters, the first and at least one more upper case (MoE, AMD, SSMs). */
function acronymLetters(text: string, start: number, end: number): string | null {
  // Most candidates beside a parenthesis are no such acronym: tell without a slice.
  const first = text.charCodeAt(start);
  if (end - start < 2 || end - start > 6 || first < 0x41 || first > 0x5a) return null;
  let word = text.slice(start, end);
  if (!/^[A-Z][A-Za-z]{1,5}$/.test(word)) return null;
  if (word.length > 2 && word.endsWith('s')) word = word.slice(0, -1);
  const capitals = word.replace(/[a-z]/g, '');
  return capitals.length >= 2 ? capitals : null;
}

/** The letter words of text[from, to), stopping (from the side `fromEnd` says) at anything but letters, spaces and hyphens. */
function wordsOf(text: string, from: number, to: number, fromEnd: boolean): Word[] {
  const words: Word[] = [];
  const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  const isGap = (c: number) => c === 0x20 || c === HYPHEN || c === 0xa0;
  if (fromEnd) {
    let i = to;
    while (i > from) {
      const c = text.charCodeAt(i - 1);
      if (isGap(c)) {
        i--;
        continue;
      }
      if (!isLetter(c)) break;
      const wordEnd = i;
      while (i > from && isLetter(text.charCodeAt(i - 1))) i--;
      words.unshift({ start: i, end: wordEnd, inner: i > from && text.charCodeAt(i - 1) === HYPHEN });
    }
  } else {
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isGap(c)) {
        i++;
        continue;
      }
      if (!isLetter(c)) return [];
      const wordStart = i;
      while (i < to && isLetter(text.charCodeAt(i))) i++;
      words.push({ start: wordStart, end: i, inner: wordStart > from && text.charCodeAt(wordStart - 1) === HYPHEN });
    }
  }
  return words;
}

/**
 * The start of the long form that ends the `words` and spells `capitals`
 * word by word (a word may be skipped when it is a stop word or follows a
 * hyphen), or -1. The first word must give the first capital.
 */
function longFormStart(text: string, words: Word[], capitals: string): number {
  let j = capitals.length - 1;
  for (let w = words.length - 1; w >= 0 && words.length - w <= capitals.length + 4; w--) {
    const word = words[w];
    const initial = text[word.start].toUpperCase();
    if (initial === capitals[j]) {
      j--;
      if (j < 0) return word.start;
    } else if (!word.inner && !STOPWORDS.has(text.slice(word.start, word.end).toLowerCase())) return -1;
  }
  return -1;
}

/** Whether `words` are exactly a long form of `capitals` (the parenthesis after an acronym). */
function isLongForm(text: string, words: Word[], capitals: string): boolean {
  return words.length > 0 && longFormStart(text, words, capitals) === words[0].start;
}

const isOpenParen = (c: number) => c === 0x28 || c === 0xff08;
const isCloseParen = (c: number) => c === 0x29 || c === 0xff09;
/** How far a long form may reach from its parenthesis. */
const LONG_FORM_REACH = 100;

/**
 * Rule 7 for one candidate: true when it is an acronym in a definition whose
 * long form names none of the concepts (so the page means something else by
 * it). `candidates` around index `i` are the scan's, to tell the long form's.
 */
function definedOtherwise(text: string, candidates: Match[], i: number): boolean {
  const m = candidates[i];
  const capitals = acronymLetters(text, m.start, m.end);
  if (capitals === null) return false;
  let from: number;
  let to: number;
  if (isOpenParen(text.charCodeAt(m.start - 1)) && isCloseParen(text.charCodeAt(m.end))) {
    // "age-related macular degeneration (AMD)": the long form ends before the parenthesis.
    let close = m.start - 1;
    while (close > 0 && text.charCodeAt(close - 1) === 0x20) close--;
    const words = wordsOf(text, Math.max(0, close - LONG_FORM_REACH), close, true);
    from = longFormStart(text, words, capitals);
    to = close;
    if (from < 0) return false;
  } else {
    // "SSI (Supplemental Security Income)": the long form is the parenthesis.
    let open = m.end;
    if (text.charCodeAt(open) === 0x20) open++;
    if (!isOpenParen(text.charCodeAt(open))) return false;
    let close = open + 1;
    while (close < text.length && close - open < LONG_FORM_REACH && !isCloseParen(text.charCodeAt(close))) close++;
    if (!isCloseParen(text.charCodeAt(close))) return false;
    if (!isLongForm(text, wordsOf(text, open + 1, close, false), capitals)) return false;
    from = open + 1;
    to = close;
  }
  // A long form holding a candidate is the concept's own (Mixture of Experts, NVIDIA Collective ... Library).
  for (let k = i - 1; k >= 0 && candidates[k].end > from - LONG_FORM_REACH; k--) {
    const c = candidates[k];
    if (c.blocked !== true && c.start >= from && c.end <= to) return false;
  }
  for (let k = i + 1; k < candidates.length && candidates[k].start < to; k++) {
    const c = candidates[k];
    if (c.blocked !== true && c.start >= from && c.end <= to) return false;
  }
  return true;
}

/** Rule 8: a neighbouring word's rule (data/concepts.ts `otherSenses`), its expressions compiled. */
interface OtherSense {
  keys: string[];
  /** Tested on the 24 characters before the candidate / (sticky) at its end. */
  before?: RegExp;
  /** `before` is a sticky lookbehind, tried at the end of the text before (endAnchored). */
  beforeAtEnd: boolean;
  after?: RegExp;
  /** The neighbour names the other sense of the whole page (one sense per discourse), not just this place. */
  decides: boolean;
  /** With decides: only while the page names the concept by no unambiguous alias (ContextTracker). */
  unlessAffirmed: boolean;
}

/**
 * Rule 8 on the candidate's whole line (CUE_REACH characters each side, the
 * candidate left out): words of the concept's own sense keep it where the
 * page decided the other one (`line` with `keeps`), words of the other sense
 * drop it (`line` alone: a circuit's "inductor"), and a generic word needs
 * one of its concept's words there to count at all (`unlessLine`).
 */
interface LineSense {
  keys: string[];
  line?: RegExp;
  unlessLine?: RegExp;
  keeps: boolean;
}

/** A concept's rules: the keys they are for (with their flags, 0 for none), rule 8's rules. */
interface ConceptRules {
  keys: string[];
  flags: number[];
  other: OtherSense[];
  lines: LineSense[];
  /** Per key (its index in `keys`): the rules of `other` and `lines` that are for it, in order. */
  otherOf: OtherSense[][];
  linesOf: LineSense[][];
  /** Per key: the line words that let a `besideChinese` alias count in English prose (`orLine`), or undefined. */
  orLineOf: (RegExp | undefined)[];
  /** The concept's cue words (rule 3) and what may follow a midSentence alias at a sentence's start (rule 6). */
  cue?: RegExp;
  nameAfter?: RegExp;
}

/**
 * A `before` expression, all of whose matches end at the end of the text before the candidate (its source
 * ends with a `$` outside any group and has no `|` outside one, as in `(?:Linux|Unix)\s*$`), made a
 * lookbehind to try, sticky, at that end (`atEnd`): the engine then reads back from the end once instead of
 * trying every start (a third faster on these). It finds a match exactly when the source does; any other
 * source stays as it is. The build (data/build/matcher-tables.ts) runs this, so a page doesn't: read a
 * character at a time in a page's cold interpreter, the 49 sources took about 0.6 ms of making the matcher.
 */
export function endAnchoredSource(source: string): { source: string; atEnd: boolean } {
  let depth = 0;
  let inClass = false;
  let last = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      // A backreference reads differently in a lookbehind (matched backwards): keep such a source as it is.
      if (/[1-9k]/.test(source[i + 1] ?? '')) return { source, atEnd: false };
      i++;
      last = -1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      last = -1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return { source, atEnd: false };
    last = c === '$' && depth === 0 ? i : -1;
  }
  if (last !== source.length - 1) return { source, atEnd: false };
  return { source: `(?<=${source})`, atEnd: true };
}

/** A `before` expression tried on the text before the candidate. */
function beforeMatches(rule: OtherSense, before: string): boolean {
  const re = rule.before as RegExp;
  if (rule.beforeAtEnd) re.lastIndex = before.length;
  return re.test(before);
}

/** A sticky expression tried at `at`. */
function afterMatches(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * Rule 8 for one candidate: the first rule whose neighbour is there, or null. It drops the candidate, or (`decides`)
 * makes it a blocking phrase that decides the page.
 */
function otherSense(rules: OtherSense[], text: string, start: number, end: number): OtherSense | null {
  // The text before is sliced once, and only when a rule looks at it (most after-rules need no slice).
  let before: string | undefined;
  for (const rule of rules) {
    if (rule.after !== undefined && afterMatches(rule.after, text, end)) return rule;
    if (rule.before === undefined) continue;
    before ??= text.slice(Math.max(0, start - 24), start);
    if (beforeMatches(rule, before)) return rule;
  }
  return null;
}

/**
 * Rule 8 on the line for one candidate: false to drop it (no word it needs, or the other sense named), true to
 * keep it as unambiguous (its own sense named), null when the line says nothing.
 */
function lineSense(rules: LineSense[], text: string, start: number, end: number): boolean | null {
  // The line is sliced once per candidate, the part after it only when the part before says nothing. (No
  // closure over the slices: one made per candidate was a measurable share of this rule on dense text.)
  let before: string | undefined;
  let after: string | undefined;
  for (const rule of rules) {
    const { unlessLine, line } = rule;
    if (unlessLine !== undefined) {
      before ??= lineBefore(text, start);
      if (!unlessLine.test(before)) {
        after ??= lineAfter(text, end);
        if (!unlessLine.test(after)) return false;
      }
    }
    if (line !== undefined) {
      before ??= lineBefore(text, start);
      if (line.test(before)) return rule.keeps;
      after ??= lineAfter(text, end);
      if (line.test(after)) return rule.keeps;
    }
  }
  return null;
}

/** One empty list for every key without such rules (most keys), not one each. */
const NONE: never[] = [];
const orNone = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list);

/** The candidate rules of one matcher input, applied to each scan's candidates in place. */
export class CandidateGuards {
  /** conceptId -> the rules its candidates may need; only concepts with some. */
  private readonly rules = new Map<string, ConceptRules>();
  /** Per record (tables.ts `guard`): 1 + its rule key's entry, or 0 (no rule looks at its candidates). */
  private readonly guard: string;
  /** Per entry (tables.ts `guarded`): its concept's rules, and the index of its key in them. */
  private readonly entryRules: ConceptRules[] = [];
  private readonly entryKey: number[] = [];

  /**
   * From the tables: the rule keys (`guarded`: one entry per concept and key that a rule is for) and which record
   * reads which (`guard`), the records (a candidate's concept and flags), and the concepts' rule data.
   */
  constructor(private readonly tables: MatcherTables) {
    this.guard = tables.guard;
    const { keys, owners, flags: keyFlags } = tables.guarded;
    const of = (id: string) => {
      let r = this.rules.get(id);
      if (!r) {
        r = { keys: [], flags: [], other: [], lines: [], otherOf: [], linesOf: [], orLineOf: [] };
        this.rules.set(id, r);
      }
      return r;
    };
    const addKey = (r: ConceptRules, key: string, flags: number) => {
      const k = r.keys.indexOf(key);
      if (k >= 0) r.flags[k] |= flags;
      else {
        r.keys.push(key);
        r.flags.push(flags);
      }
    };
    for (const [id, rules] of Object.entries(tables.otherSenses ?? {})) {
      const r = of(id);
      for (const rule of rules) {
        const flags = rule.caseSensitive ? '' : 'i';
        for (const key of rule.keys) addKey(r, key, 0);
        // The build made `before` a lookbehind where it could (endAnchoredSource, beforeAtEnd).
        const atEnd = rule.beforeAtEnd === true;
        r.other.push({
          keys: rule.keys,
          before: rule.before === undefined ? undefined : new RegExp(rule.before, atEnd ? `${flags}y` : flags),
          beforeAtEnd: atEnd,
          // Sticky, tried at the candidate's end without slicing the text (the source's "^" is implied).
          after: rule.after === undefined ? undefined : new RegExp(rule.after.replace(/^\^/, ''), `${flags}y`),
          decides: rule.decides === true,
          unlessAffirmed: rule.unlessAffirmed === true,
        });
        if (rule.line !== undefined || rule.unlessLine !== undefined)
          r.lines.push({
            keys: rule.keys,
            line: rule.line === undefined ? undefined : new RegExp(rule.line, flags),
            unlessLine: rule.unlessLine === undefined ? undefined : new RegExp(rule.unlessLine, flags),
            keeps: rule.keeps === true,
          });
        // Rule 2's line words, by key (its index in `keys` stays: keys are only ever appended).
        if (rule.orLine !== undefined) {
          const re = new RegExp(rule.orLine, flags);
          for (const key of rule.keys) r.orLineOf[r.keys.indexOf(key)] = re;
        }
      }
    }
    for (const [id, cue] of Object.entries(tables.cues ?? {})) of(id).cue = new RegExp(cue, 'i');
    // Sticky, tried at the alias's end (the source's "^" is implied).
    for (const [id, after] of Object.entries(tables.nameAfter ?? {}))
      of(id).nameAfter = new RegExp(after.replace(/^\^/, ''), 'y');
    for (let k = 0; k < keys.length; k++) {
      const owner = owners[k];
      const flags = keyFlags[k] & GUARD_FLAGS;
      if (owner < 0) continue;
      const r = of(tables.conceptIds[owner]);
      addKey(r, keys[k], flags);
      this.entryRules[k] = r;
      this.entryKey[k] = r.keys.indexOf(keys[k]);
    }
    // Each key's rules found once here, not by testing every rule's keys for every candidate.
    for (const r of this.rules.values()) {
      r.otherOf = r.keys.map((key) => orNone(r.other.filter((rule) => rule.keys.includes(key))));
      r.linesOf = r.keys.map((key) => orNone(r.lines.filter((rule) => rule.keys.includes(key))));
    }
  }

  /**
   * Applies rules 1–8 to a scan's candidates (`found`, in scan()'s order) and makes the Match
   * objects of the ones they keep, in that order. Before a candidate is kept it is only numbers: its span from
   * `found`, its concept and flags from its record, and what the rules change in local variables.
   */
  apply(text: string, found: Found): Match[] {
    const candidates: Match[] = [];
    const { count, list } = found;
    const { conceptIds, owner: ownerOf, flags: flagsOf, length: keyLength, signals } = this.tables;
    let moved = false;
    /** Kept candidates (their indices) beside a parenthesis (rule 7) and before a possible version (rule 4). */
    const defined: number[] = [];
    const versioned: number[] = [];
    for (let i = 0; i < count; i++) {
      let start = list[3 * i];
      const end = list[3 * i + 1];
      const r = list[3 * i + 2];
      // The candidate's own few characters are looked at for a blank line (spansParagraph), not the text up to
      // the next line break: on text dense with candidates (one every 40 characters of the benchmark's Chinese
      // interview) that search read every line once more, 2.6 ms of the rules' ~21. And only a span longer than
      // its key can hold a line break (a separator): most candidates are as long as their key.
      if (end - start !== at(keyLength, r) && spansParagraph(text, start, end)) continue;
      const recordFlags = at(flagsOf, r);
      let aiOnly = (recordFlags & FLAG_AI_ONLY) !== 0;
      let blocked = (recordFlags & FLAG_BLOCK) !== 0;
      // A URL or path naming the other sense still blocks there but decides nothing for the page (its prose does):
      // "github.com/triton-inference-server/server" on a thread about Triton the language.
      let decides =
        blocked &&
        (recordFlags & FLAG_DECIDES) !== 0 &&
        !(touchesJoiner(text, start, end) && insideCode(text, start, end));
      let unlessAffirmed = false;
      if (!blocked) {
        // insideCode's fast path first: prose neighbours need no token.
        if (touchesJoiner(text, start, end) && insideCode(text, start, end)) continue;
        // Few records have a rule: the table says which, and which key of its concept's rules they read.
        const e = at(this.guard, r) - 1;
        const rules = e < 0 ? undefined : this.entryRules[e];
        if (rules !== undefined) {
          const k = this.entryKey[e];
          const flags = rules.flags[k];
          if (flags !== 0) {
            if (flags & FLAG_BESIDE_CHINESE && !besideHan(text, start, end)) {
              // In English prose the word counts only beside the words of its own sense (rule 2's `orLine`).
              const orLine = rules.orLineOf[k];
              if (orLine === undefined || !hasLocalCue(text, start, end, orLine)) continue;
            }
            if (flags & FLAG_LOCAL_CUE && !(rules.cue !== undefined && hasLocalCue(text, start, end, rules.cue)))
              continue;
            if (flags & FLAG_MID_SENTENCE && plainWordAtStart(text, start, end, rules.nameAfter)) continue;
            if (flags & FLAG_AFTER_COUNT) {
              const from = countStart(text, start, end);
              if (from < 0) continue;
              start = from;
              // Only a start moved before a kept candidate's breaks scan()'s order.
              const last = candidates.at(-1);
              if (last && order(last, { start, end, aiOnly } as Match) > 0) moved = true;
            }
            // A part of a versioned name counts only if the name's next part follows a version (rule 4 merges them).
            if (flags & FLAG_NAME_PART && !this.versionedNameFollows(text, found, i)) continue;
          }
          const other = rules.otherOf[k];
          if (other.length > 0) {
            const sense = otherSense(other, text, start, end);
            if (sense !== null) {
              if (!sense.decides) continue;
              blocked = true;
              decides = true;
              unlessAffirmed = sense.unlessAffirmed;
            }
          }
          const lines = rules.linesOf[k];
          if (lines.length > 0 && !blocked) {
            const keeps = lineSense(lines, text, start, end);
            if (keeps === false) continue;
            // Its own sense named in the line: unambiguous here, so it counts even where the page decided otherwise.
            if (keeps) aiOnly = false;
          }
        }
      }
      // Rules 7 and 4 (below) look again only at the few kept candidates their first test lets through,
      // made here while the candidate and the text around it are in the cache: on text dense with the
      // concepts, one more pass over every candidate cost more than the rules themselves.
      if (!blocked) {
        if (
          aiOnly &&
          (isOpenParen(text.charCodeAt(start - 1)) ||
            isOpenParen(text.charCodeAt(end + (text.charCodeAt(end) === 0x20 ? 1 : 0))))
        )
          defined.push(candidates.length);
        if (versionMayFollow(text, end)) versioned.push(candidates.length);
      }
      // Its properties always in this order, the optional ones only when set (as everyone reads them).
      const m: Match = { conceptId: conceptIds[at(ownerOf, r) - signals], start, end, aiOnly };
      if (blocked) m.blocked = true;
      if (decides) m.decides = true;
      if (unlessAffirmed) m.unlessAffirmed = true;
      candidates.push(m);
    }
    // Rule 7: a parenthesis beside an ambiguous acronym may define it otherwise.
    for (const i of defined) {
      const m = candidates[i];
      if (definedOtherwise(text, candidates, i)) {
        m.blocked = true;
        m.decides = true;
      }
    }
    // A count moved a start back by a few characters: put those candidates back in place (rule 4 then
    // looks at every candidate, as the kept indices moved).
    if (moved) insertionSort(candidates);
    return mergeVersionedNames(text, candidates, moved ? undefined : versioned);
  }

  /**
   * Rule 4's first test, for a candidate (index `i` of `found`) not yet kept: whether a candidate of its
   * concept follows after only a version or variant. Those after it are not judged yet, as in the scan.
   */
  private versionedNameFollows(text: string, found: Found, i: number): boolean {
    const { owner, flags } = this.tables;
    const { list } = found;
    const end = list[3 * i + 1];
    if (!versionMayFollow(text, end)) return false;
    const concept = at(owner, list[3 * i + 2]);
    for (let j = 3 * i + 3; j < 3 * found.count && list[j] <= end + 24; j += 3) {
      const r = list[j + 2];
      if (at(flags, r) & FLAG_BLOCK || at(owner, r) !== concept || list[j] <= end) continue;
      if (VERSION_GAP.test(text.slice(end, list[j]))) return true;
    }
    return false;
  }
}

/** scan()'s order: start ascending, longest first, blocking phrases then unambiguous aliases first. */
const order = (x: Match, y: Match) =>
  x.start - y.start ||
  y.end - x.end ||
  Number(y.blocked === true) - Number(x.blocked === true) ||
  Number(x.aiOnly) - Number(y.aiOnly);

/** Sorts a nearly sorted array in place, in linear time when few are out of place. */
function insertionSort(candidates: Match[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const m = candidates[i];
    let j = i;
    while (j > 0 && order(candidates[j - 1], m) > 0) {
      candidates[j] = candidates[j - 1];
      j--;
    }
    candidates[j] = m;
  }
}

/**
 * Rule 4: where a candidate is followed, after only a version or variant, by
 * a candidate of the same concept, one match of the whole name replaces both
 * (unambiguous: a versioned product name is not a word). `only`: the
 * indices of the candidates that may be followed by a version (all when absent).
 */
function mergeVersionedNames(text: string, candidates: Match[], only?: readonly number[]): Match[] {
  let merged = false;
  const n = only === undefined ? candidates.length : only.length;
  for (let k = 0; k < n; k++) {
    const i = only === undefined ? k : only[k];
    const j = versionedPartner(text, candidates, i);
    if (j < 0) continue;
    const a = candidates[i];
    candidates[i] = { conceptId: a.conceptId, start: a.start, end: candidates[j].end, aiOnly: false };
    merged = true;
  }
  if (merged) insertionSort(candidates);
  return candidates;
}

/** The cheap test first: a version starts with a space or hyphen, then a digit or "v". */
function versionMayFollow(text: string, end: number): boolean {
  const gap = text.charCodeAt(end);
  if (gap !== 0x20 && gap !== HYPHEN) return false;
  const first = text.charCodeAt(end + 1);
  return (first >= 0x30 && first <= 0x39) || first === 0x76 || first === 0x56;
}

/** The index of the candidate that follows candidate i after only a version or variant, of its concept; or -1. */
function versionedPartner(text: string, candidates: Match[], i: number): number {
  const a = candidates[i];
  if (a.blocked || !versionMayFollow(text, a.end)) return -1;
  for (let j = i + 1; j < candidates.length && candidates[j].start <= a.end + 24; j++) {
    const b = candidates[j];
    if (b.blocked || b.conceptId !== a.conceptId || b.start <= a.end) continue;
    if (VERSION_GAP.test(text.slice(a.end, b.start))) return j;
  }
  return -1;
}
