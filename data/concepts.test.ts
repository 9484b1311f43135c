/**
 * Validation of `data/concepts.ts`, the team-written concept data.
 * Each failure names the concept and the offending value, so a
 * broken edit is fixed from the test output alone.
 *
 * What "an alias claimed by two concepts" means here: two aliases (or an alias
 * and a blocking `notAliases` phrase) of different concepts that fold to the
 * same key. The key folds what the matcher folds: Unicode width (NFKC),
 * spacing/hyphens/underscores, Simplified/Traditional/Taiwan vocabulary
 * (記憶體 = 内存), and case unless the alias is case-sensitive. Two such
 * aliases are SEPARATED only when both are case-sensitive and their exact
 * texts differ (e.g. "MoE" vs "MOE"): the matcher can then tell them apart.
 * aiOnly does not separate: on an AI page both would fire.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenCC from 'opencc-js';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/data/build/compile-matcher';
import type { AliasTable } from '@/lib/data-types';
import { concepts, type ConceptEntry } from './concepts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const contractPath = path.resolve(projectRoot, '../shared/spec/concepts.tsv');
const seedPath = path.resolve(projectRoot, '../shared/seed/000_02d9b6fdf82c4313.txt');
const generatedPath = path.resolve(projectRoot, 'data/generated/concepts.json');

const contractIds = readFileSync(contractPath, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!.trim())
  .filter(Boolean);
const seed = readFileSync(seedPath, 'utf8');
const seedLines = seed.split('\n');

const twpToCn = OpenCC.Converter({ from: 'twp', to: 'cn' });
const tToCn = OpenCC.Converter({ from: 't', to: 'cn' });
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const cnToTwp = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** Simplified form of any Chinese text, Taiwan vocabulary included (記憶體 -> 内存). */
const toSimplified = (text: string): string => tToCn(twpToCn(text));

// ---------------------------------------------------------------- schema

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty());
const aliasSchema = v.strictObject({
  text: nonEmpty,
  caseSensitive: v.optional(v.boolean()),
  aiOnly: v.optional(v.boolean()),
  noTaiwanPhrasing: v.optional(v.boolean()),
  decidesDocument: v.optional(v.boolean()),
  besideChinese: v.optional(v.boolean()),
  localCue: v.optional(v.boolean()),
  afterCount: v.optional(v.boolean()),
  namePart: v.optional(v.boolean()),
  midSentence: v.optional(v.boolean()),
});
/**
 * An `after` (or `nameAfter`) expression is tried sticky at the candidate's end, and the matcher strips one
 * leading `^` (guards.ts). A `^` anywhere else, as in `^A|^B` or `(?:^|\\s)A`, would anchor at the start of the
 * whole text, so that branch would never match and the rule would fail silently. Only a leading `^` is allowed,
 * and a `^` inside a lookbehind (the nvidia rule's `(?<=(?:^|[^A-Za-z])…)` reads the text before the candidate,
 * where the start of the text is a real edge); escaped and in-class carets are fine.
 */
function caretOnlyFirst(source: string): boolean {
  const lookbehind: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
    } else if (c === '(') lookbehind.push(source.startsWith('?<=', i + 1) || source.startsWith('?<!', i + 1));
    else if (c === ')') lookbehind.pop();
    else if (c === '^' && i > 0 && !lookbehind.includes(true)) return false;
  }
  return true;
}
const stickyAfter = v.pipe(
  nonEmpty,
  v.check(caretOnlyFirst, "tried sticky at the candidate's end: only a leading ^ (write ^(?:A|B), not ^A|^B)"),
);
const conceptSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  kind: v.picklist(['hardware', 'models', 'techniques', 'tools', 'people']),
  name: v.strictObject({ en: nonEmpty, zh: nonEmpty }),
  gloss: v.strictObject({
    en: v.pipe(nonEmpty, v.maxLength(120)),
    zh: v.pipe(nonEmpty, v.maxLength(80)),
  }),
  aliases: v.pipe(v.array(aliasSchema), v.minLength(1)),
  notAliases: v.optional(v.array(aliasSchema)),
  cue: v.optional(nonEmpty),
  nameAfter: v.optional(stickyAfter),
  otherSenses: v.optional(
    v.array(
      v.strictObject({
        keys: v.pipe(v.array(nonEmpty), v.minLength(1)),
        before: v.optional(nonEmpty),
        after: v.optional(stickyAfter),
        decides: v.optional(v.boolean()),
        unlessAffirmed: v.optional(v.literal(true)),
        caseSensitive: v.optional(v.boolean()),
        line: v.optional(nonEmpty),
        keeps: v.optional(v.boolean()),
        unlessLine: v.optional(nonEmpty),
        orLine: v.optional(nonEmpty),
      }),
    ),
  ),
  quotes: v.pipe(
    v.array(
      v.strictObject({
        text: nonEmpty,
        note: v.optional(v.strictObject({ en: nonEmpty, zh: nonEmpty })),
      }),
    ),
    v.minLength(1),
    v.maxLength(4),
  ),
});

/** Collects every failure of one check, so one run shows them all. */
function problems(check: (c: ConceptEntry, report: (msg: string) => void) => void): string[] {
  const out: string[] = [];
  for (const c of concepts) check(c, (msg) => out.push(`${c.id}: ${msg}`));
  return out;
}

// ---------------------------------------------------------------- folding

/** The key two aliases collide on (see the header comment). */
function foldKey(alias: { text: string; caseSensitive?: boolean }): string {
  let t = toSimplified(alias.text.normalize('NFKC'));
  if (!alias.caseSensitive) t = t.toLowerCase();
  return t.replace(/[\s\-_\u2010-\u2015\u2212]+/g, '');
}

// ---------------------------------------------------------------- seed turns

type Speaker = 'Q' | 'Jacob Effron' | 'Tri Dao' | 'lead';
/** The speaker of each seed line: the last label seen at or before it (lead before the first). */
const lineSpeakers: Speaker[] = (() => {
  let current: Speaker = 'lead';
  return seedLines.map((line) => {
    if (/^Q:/.test(line)) current = 'Q';
    else if (/^Jacob Effron:/.test(line)) current = 'Jacob Effron';
    else if (/^Tri D(ao)? ?:/.test(line)) current = 'Tri Dao';
    return current;
  });
})();

/** Labels the write-up sometimes runs into a paragraph; a quote must not cross one. */
const LABEL_IN_TEXT = /(Q|Jacob Effron|Tri Dao ?|Tri D):/;

/** Known transcription slips: a quote containing one needs an editorial note. */
const SLIPS: [string, RegExp][] = [
  ['VLM', /\bVLM\b/],
  ['Hetra', /Hetra/],
  ['Kittens', /(?<!Thunder|Hip)Kittens/],
  ['Dmitry Bahdanau', /Dmitry Bahdanau/],
  ['JimmieBa', /JimmieBa/],
  ['MixtureofExperts', /MixtureofExperts/],
  ['ClaudeCode', /ClaudeCode/],
  ['batchAPI', /batchAPI/],
];

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

// ---------------------------------------------------------------- tests

describe('data/concepts.ts', () => {
  it('every concept matches the schema (names, glosses, kind, 1–4 quotes, alias rules)', () => {
    const out = problems((c, report) => {
      const r = v.safeParse(conceptSchema, c);
      if (!r.success) {
        for (const issue of r.issues) {
          const where = v.getDotPath(issue) ?? '(root)';
          report(`${where}: ${issue.message} (value: ${JSON.stringify(issue.input)})`);
        }
      }
    });
    expect(out).toEqual([]);
  });

  it('the schema refuses an after-expression whose later branch is anchored with ^ (it would never match)', () => {
    const rule = (after: string) => v.safeParse(stickyAfter, after).success;
    expect(rule('^\\s*(?:Linux|Unix)')).toBe(true);
    expect(rule('\\s*[^a-z]')).toBe(true);
    expect(rule('^\\s*\\^')).toBe(true);
    expect(rule('^Linux|^Unix')).toBe(false);
    expect(rule('(?:^|\\s)Linux')).toBe(false);
    expect(rule('(?<=(?:^|\\s)Dr\\.\\s*)Blackwell')).toBe(true);
  });

  it('has no duplicate id', () => {
    const seen = new Set<string>();
    const dups = concepts
      .map((c) => c.id)
      .filter((id) => {
        if (seen.has(id)) return true;
        seen.add(id);
        return false;
      });
    expect(dups.map((id) => `${id}: duplicate id`)).toEqual([]);
  });

  it('has exactly the contract ids, in contract order', () => {
    const ids = concepts.map((c) => c.id);
    const unknown = ids.filter((id) => !contractIds.includes(id)).map((id) => `${id}: not in concepts.tsv`);
    const missing = contractIds.filter((id) => !ids.includes(id)).map((id) => `${id}: contract id missing`);
    expect([...unknown, ...missing]).toEqual([]);
    expect(ids).toEqual(contractIds);
  });

  it('writes Chinese names and glosses in Simplified (the generator derives the other scripts)', () => {
    const out = problems((c, report) => {
      for (const [field, text] of [
        ['name.zh', c.name.zh],
        ['gloss.zh', c.gloss.zh],
        ...c.quotes.flatMap((q, i) => (q.note ? [[`quotes[${i}].note.zh`, q.note.zh]] : [])),
      ] as const) {
        const simplified = tToCn(text);
        if (simplified !== text) report(`${field} is not Simplified: "${text}" (Simplified: "${simplified}")`);
      }
    });
    expect(out).toEqual([]);
  });

  it('has no alias claimed by two concepts without a rule that separates them', () => {
    type Claim = { id: string; text: string; caseSensitive: boolean; negative: boolean };
    const byKey = new Map<string, Claim[]>();
    for (const c of concepts) {
      const all = [
        ...c.aliases.map((a) => ({ ...a, negative: false })),
        ...(c.notAliases ?? []).map((a) => ({ ...a, negative: true })),
      ];
      for (const a of all) {
        // A case-insensitive alias claims every casing, so index it under its lowercase key;
        // a case-sensitive one is indexed under that key too, and told apart below.
        const key = foldKey({ text: a.text, caseSensitive: false });
        const list = byKey.get(key) ?? [];
        list.push({ id: c.id, text: a.text, caseSensitive: !!a.caseSensitive, negative: a.negative });
        byKey.set(key, list);
      }
    }
    const out: string[] = [];
    for (const claims of byKey.values()) {
      for (let i = 0; i < claims.length; i++) {
        for (let j = i + 1; j < claims.length; j++) {
          const x = claims[i]!;
          const y = claims[j]!;
          if (x.id === y.id) continue;
          const separated = x.caseSensitive && y.caseSensitive && foldKey(x) !== foldKey(y);
          if (!separated) {
            out.push(
              `${x.id}: ${x.negative ? 'notAlias' : 'alias'} "${x.text}" is also claimed by ${y.id} as "${y.text}"`,
            );
          }
        }
      }
    }
    expect(out).toEqual([]);
  });

  it('gives every concept with a localCue alias its cue words, and with a midSentence alias what may follow it', () => {
    const out = problems((c, report) => {
      if (c.aliases.some((a) => a.localCue) && !c.cue) report('localCue aliases but no cue');
      if (c.aliases.some((a) => a.midSentence) && !c.nameAfter) report('midSentence aliases but no nameAfter');
      for (const source of [c.cue, c.nameAfter]) if (source) new RegExp(source);
    });
    expect(out).toEqual([]);
  });

  it('never uses a bare confusable or a slip as an alias', () => {
    // Each of these fires on ordinary pages or means something else (see the header of concepts.ts).
    const forbidden = [
      'hybrid',
      'agent',
      'agents',
      'networking',
      'batch',
      'data generation',
      'rollout',
      'rollouts',
      'VLM',
      'Kittens',
      'Hetra',
      'Claude',
      'Together',
      'GPT',
      'OSS',
      'Flash',
      'MAX',
      'Adam',
      'modular',
      'cursor',
      'attention',
      'cache',
      'latency',
      'throughput',
      'chip',
      'model',
      '混合',
      '代理',
      '数据',
      '模型',
      '芯片',
      '推理',
      '缓存',
      '4位',
    ].map((t) => foldKey({ text: t, caseSensitive: false }));
    const out = problems((c, report) => {
      // Keys that count only with one of their concept's words in the line (bare 代理 beside Agent, 智能体).
      const needLine = new Set((c.otherSenses ?? []).filter((r) => r.unlessLine).flatMap((r) => r.keys));
      for (const a of c.aliases) {
        // Allowed with a rule that keeps it to the one sense: its case, Chinese text beside it (bare "rollout"),
        // or words of its sense in its line.
        const ruled =
          a.aiOnly &&
          (a.caseSensitive || a.besideChinese || needLine.has(foldKey({ text: a.text, caseSensitive: false })));
        if (forbidden.includes(foldKey({ text: a.text, caseSensitive: false })) && !ruled) {
          report(`alias "${a.text}" is a bare confusable`);
        }
      }
    });
    expect(out).toEqual([]);
  });

  it('no alias becomes an everyday word when the generator applies Taiwan phrasing', () => {
    // OpenCC twp rewrites whole words; these results are common words with another meaning.
    const everyday = ['核心', '程式', '資料', '影片', '軟體', '硬體', '網路', '記憶體', '晶片', '啟用', '智慧'];
    const out = problems((c, report) => {
      for (const a of [...c.aliases, ...(c.notAliases ?? [])]) {
        if (!/[\u3400-\u9fff]/.test(a.text) || a.noTaiwanPhrasing) continue;
        const hans = tToCn(a.text); // characters only: twp->cn would itself turn 核心 into 内核
        const phrased = cnToTwp(hans);
        if (phrased === cnToTw(hans)) continue;
        const bad = everyday.find((w) => phrased === w || (w === '核心' && phrased.includes(w) && !hans.includes(w)));
        if (bad)
          report(
            `alias "${a.text}" becomes "${phrased}" in Taiwan phrasing ("${bad}" means something else): set noTaiwanPhrasing`,
          );
      }
    });
    expect(out).toEqual([]);
  });

  it('marks the contract confusables case-sensitive and/or AI-only', () => {
    // [alias, must be caseSensitive, must be aiOnly]
    const rules: [string, boolean, boolean][] = [
      ['MoE', true, true],
      ['MLA', true, true],
      ['SSI', true, true],
      ['AGI', true, true],
      ['ASI', true, true],
      ['HBM', true, true],
      ['AMD', true, true],
      ['o3', true, true],
      ['Mamba', true, true],
      ['Triton', true, true],
      ['Gluon', true, true],
      ['Mojo', true, true],
      ['Modular', true, true],
      ['Cursor', true, true],
      ['Windsurf', true, true],
      ['Gemini', true, true],
      ['Pallas', true, true],
      ['Inductor', true, true],
      ['Mila', true, true],
      ['Transformer', true, true],
      ['量化', false, true],
      ['稀疏', false, true],
      ['内核', false, true],
      ['kernel', false, true],
      ['world model', false, true],
      ['机器人', false, true],
    ];
    const out: string[] = [];
    for (const [text, mustCs, mustAi] of rules) {
      for (const c of concepts) {
        for (const a of c.aliases) {
          if (a.text !== text) continue;
          if (mustCs && !a.caseSensitive) out.push(`${c.id}: alias "${text}" must be caseSensitive`);
          if (mustAi && !a.aiOnly) out.push(`${c.id}: alias "${text}" must be aiOnly`);
        }
      }
    }
    expect(out).toEqual([]);
  });

  it('quotes are verbatim spans of one seed line, inside one turn, found exactly once', () => {
    const out = problems((c, report) => {
      const seenInConcept = new Set<string>();
      c.quotes.forEach((q, i) => {
        const where = `quote ${i + 1} "${q.text}"`;
        if (seenInConcept.has(q.text)) report(`${where} is listed twice`);
        seenInConcept.add(q.text);
        if (/[\r\n]/.test(q.text)) {
          report(`${where} is longer than one line of the seed`);
          return;
        }
        if (q.text !== q.text.trim()) report(`${where} has leading or trailing whitespace`);
        const lines = seedLines.map((l, n) => [l, n] as const).filter(([l]) => l.includes(q.text));
        if (lines.length === 0) {
          report(`${where} is not a verbatim substring of any seed line`);
          return;
        }
        if (occurrences(seed, q.text).length > 1) report(`${where} occurs more than once in the seed (ambiguous)`);
        if (LABEL_IN_TEXT.test(q.text)) report(`${where} crosses a speaker label`);
        const [line, n] = lines[0]!;
        const speaker = lineSpeakers[n]!;
        if (speaker === 'lead') report(`${where} is from the editor's lead, not Tri Dao`);
        else if (speaker !== 'Tri Dao' && !q.note) {
          report(`${where} is in a ${speaker} turn (line ${n + 1}); Tri Dao's words only, or explain in a note`);
        }
        // In a line where a question was run into an answer, the quote must sit after the last Tri Dao label.
        const labels = [...line.matchAll(new RegExp(LABEL_IN_TEXT, 'g'))];
        if (labels.length > 1 && speaker === 'Tri Dao') {
          const start = line.indexOf(q.text);
          const before = labels.filter((m) => m.index! <= start).pop();
          if (before && !/^Tri D/.test(before[0])) report(`${where} is after a "${before[0]}" label, not Tri Dao's`);
        }
      });
    });
    expect(out).toEqual([]);
  });

  it('every quote with a known transcription slip carries an editorial note', () => {
    const out = problems((c, report) => {
      c.quotes.forEach((q, i) => {
        for (const [slip, re] of SLIPS) {
          if (re.test(q.text) && !q.note)
            report(`quote ${i + 1} "${q.text}" contains the slip "${slip}" but has no note`);
        }
      });
    });
    expect(out).toEqual([]);
  });

  it("if the generator has run, every quote was located in a turn and is Tri Dao's", () => {
    if (!existsSync(generatedPath)) return; // generator output not built yet: nothing to compare
    const generated = JSON.parse(readFileSync(generatedPath, 'utf8')) as {
      id: string;
      quotes: { id: string; turnId?: string; speaker?: string }[];
    }[];
    const byId = new Map(generated.map((g) => [g.id, g]));
    const out = problems((c, report) => {
      const g = byId.get(c.id);
      if (!g) return report('missing from data/generated/concepts.json (run npm run data)');
      if (g.quotes.length === 0) report('has no quote in data/generated/concepts.json');
      if (g.quotes.length !== c.quotes.length) {
        report(`has ${c.quotes.length} quotes here but ${g.quotes.length} generated (run npm run data)`);
      }
      for (const q of g.quotes) {
        if (!q.turnId) report(`generated quote ${q.id} has no turnId`);
        if (q.speaker !== 'Tri Dao') report(`generated quote ${q.id} is attributed to ${q.speaker}, not Tri Dao`);
      }
    });
    expect(out).toEqual([]);
  });

  it('with the generated alias table, the matcher honours these rules on sample sentences', () => {
    const aliasesPath = path.resolve(projectRoot, 'data/generated/aliases.json');
    if (!existsSync(aliasesPath)) return; // generator output not built yet
    const matcher = compileMatcher(JSON.parse(readFileSync(aliasesPath, 'utf8')) as AliasTable);
    const found = (text: string, context: 'ai' | 'not-ai') =>
      matcher.findAll(text, { context }).map((m) => `${m.conceptId}:${text.slice(m.start, m.end)}`);
    // [text, context, expected matches]
    const cases: [string, 'ai' | 'not-ai', string[]][] = [
      // Blocking phrases (notAliases) swallow the alias inside them.
      ['Deploy it behind Triton Inference Server on the GPU.', 'ai', []],
      ['A Triton kernel beats the Linux kernel here.', 'ai', ['triton:Triton kernel']],
      ['量化交易与模型量化', 'ai', ['quantization:模型量化']],
      ['mamba install pytorch', 'ai', []],
      ['Cite it in MLA style.', 'ai', []],
      // aiOnly aliases count only in AI context; case-sensitive ones only in their case.
      ['The MoE layer and MLA', 'not-ai', []],
      ['The MoE layer and MLA', 'ai', ['mixture-of-experts:MoE', 'multi-head-latent-attention:MLA']],
      ['The MOE announced a scholarship', 'ai', []],
      ['O3 levels rose; o3 reasons well', 'ai', ['openai-o3:o3']],
      // Unambiguous aliases count everywhere, in every script.
      [
        'FlashAttention and 多頭潛在注意力',
        'not-ai',
        ['flash-attention:FlashAttention', 'multi-head-latent-attention:多頭潛在注意力'],
      ],
      ['記憶體頻寬與KV快取', 'ai', ['memory-bound-inference:記憶體頻寬', 'kv-cache:KV快取']],
      // Taiwan phrasing of 内核 (核心, "core") is not an alias.
      ['核心技術', 'ai', []],
      // Never aliases: VLM (vision-language model), Kittens, bare Claude, bare Together.
      ['A VLM, two kittens, Claude and I worked together.', 'ai', []],
    ];
    const out: string[] = [];
    for (const [text, context, expected] of cases) {
      const got = found(text, context);
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        out.push(`"${text}" (${context}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      }
    }
    expect(out).toEqual([]);
  });
});
