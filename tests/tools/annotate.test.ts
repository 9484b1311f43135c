/**
 * The annotate CLI as a user runs it: a subprocess (node + tsx) on fixture
 * files, checking stdout's JSON lines, stderr's one-line messages and the
 * exit code. Offsets are checked against the text the CLI scanned.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractVisibleText } from './text-extract';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = 'tests/fixtures/annotate';

function annotate(args: string[], cwd = projectRoot) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'tests/tools/annotate.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: cwd },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Line {
  file: string;
  matches: { concept: string; text: string; start: number; end: number }[];
}

/** The exact shape of a `--json` line (annotate.ts's header), spacing included. */
const LINE_SHAPE =
  /^\{"file": "[^"]*", "matches": \[(\{"concept": "[a-z0-9-]+", "text": "(?:[^"\\]|\\.)*", "start": \d+, "end": \d+\}(, (?!$))?)*\]\}$/;

function parseLines(stdout: string): Line[] {
  const lines = stdout.split('\n').filter((l) => l !== '');
  for (const line of lines) expect(line).toMatch(LINE_SHAPE);
  return lines.map((l) => JSON.parse(l) as Line);
}

function expectOffsetsInto(text: string, line: Line) {
  for (const m of line.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  const starts = line.matches.map((m) => m.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

function hasMatch(line: Line, concept: string, text: string, source: string) {
  const start = source.indexOf(text);
  expect(start, `"${text}" in the scanned text`).toBeGreaterThanOrEqual(0);
  expect(line.matches).toContainEqual({ concept, text, start, end: start + text.length });
}

describe('annotate --json', () => {
  it('prints one exact JSON line per file, in order, with offsets into the scanned text', () => {
    const files = ['sample.txt', 'sample.md', 'sample.html'].map((f) => `${fixtures}/${f}`);
    const { code, stdout, stderr } = annotate(['--json', ...files]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [txt, md, html] = parseLines(stdout);
    expect([txt.file, md.file, html.file]).toEqual(files);

    // .txt: UTF-8 with a BOM; offsets count from the first character after it.
    const txtText = readFileSync(path.join(projectRoot, files[0]), 'utf8').replace(/^\uFEFF/, '');
    expectOffsetsInto(txtText, txt);
    hasMatch(txt, 'flash-attention', 'FlashAttention-3', txtText);
    hasMatch(txt, 'nvidia', 'NVIDIA', txtText);
    hasMatch(txt, 'kv-cache', 'KV cache', txtText);
    hasMatch(txt, 'mixture-of-experts', '混合专家模型', txtText); // the longest Chinese alias wins

    // .md: scanned as Markdown source.
    const mdText = readFileSync(path.join(projectRoot, files[1]), 'utf8');
    expectOffsetsInto(mdText, md);
    hasMatch(md, 'vllm', 'vLLM', mdText);
    hasMatch(md, 'sglang', 'SGLang', mdText);
    hasMatch(md, 'prefix-caching', 'prefix caching', mdText);

    // .html: offsets into the visible text; head, script, style, hidden and form text are not scanned.
    const htmlText = extractVisibleText(readFileSync(path.join(projectRoot, files[2]), 'utf8'));
    expectOffsetsInto(htmlText, html);
    hasMatch(html, 'flash-attention', 'FlashAttention', htmlText); // <b>Flash</b><b>Attention</b> reads as one word
    hasMatch(html, 'deepseek', 'DeepSeek', htmlText);
    hasMatch(html, 'multi-head-latent-attention', 'multi-head latent attention', htmlText);
    hasMatch(html, 'kv-cache', 'KV cache', htmlText); // "KV&#32;cache" decoded
    const concepts = new Set(html.matches.map((m) => m.concept));
    for (const hidden of ['gpt-oss', 'state-space-models', 'triton', 'thunderkittens', 'sglang', 'vllm']) {
      expect(concepts.has(hidden), hidden).toBe(false);
    }
    expect(html.matches.filter((m) => m.concept === 'flash-attention')).toHaveLength(1); // not the <title>
  });

  it('resolves relative paths from where npm was run (INIT_CWD) and echoes them as given', () => {
    const { code, stdout } = annotate(['--json', 'sample.md'], path.join(projectRoot, fixtures));
    expect(code).toBe(0);
    expect(parseLines(stdout)[0].file).toBe('sample.md');
  });

  it('prints an empty match list for a file without concepts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annotate-empty-'));
    try {
      writeFileSync(path.join(dir, 'plain.txt'), 'The weather was mild and the tea was hot.\n');
      const { code, stdout } = annotate(['--json', path.join(dir, 'plain.txt')]);
      expect(code).toBe(0);
      expect(stdout).toBe(`{"file": ${JSON.stringify(path.join(dir, 'plain.txt'))}, "matches": []}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('annotate: bad input', () => {
  let dir: string;
  const bad: Record<string, string> = {};

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'annotate-bad-'));
    bad.missing = path.join(dir, 'missing.txt');
    bad.directory = path.join(dir, 'folder.html');
    mkdirSync(bad.directory);
    bad.nul = path.join(dir, 'nul.txt');
    writeFileSync(bad.nul, Buffer.from([0x4b, 0x56, 0x00, 0x01, 0x02]));
    bad.latin1 = path.join(dir, 'latin1.md');
    writeFileSync(bad.latin1, Buffer.from('caf\xe9 NVIDIA', 'latin1'));
    bad.large = path.join(dir, 'large.txt');
    writeFileSync(bad.large, '');
    truncateSync(bad.large, 50 * 1024 * 1024 + 1); // sparse: costs no disk
    bad.unknown = path.join(dir, 'slides.pdf');
    writeFileSync(bad.unknown, 'FlashAttention');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad file on one stderr line, still processes the good ones, exits 1, no stack trace', () => {
    const good = `${fixtures}/sample.md`;
    const order = [bad.missing, good, bad.directory, bad.nul, bad.latin1, bad.large, bad.unknown];
    const { code, stdout, stderr } = annotate(['--json', ...order]);
    expect(code).toBe(1);
    const lines = parseLines(stdout);
    expect(lines.map((l) => l.file)).toEqual([good]);
    expect(lines[0].matches.length).toBeGreaterThan(0);
    const errors = stderr.split('\n').filter((l) => l !== '');
    expect(errors).toEqual([
      `annotate: ${bad.missing}: no such file`,
      `annotate: ${bad.directory}: is a directory`,
      `annotate: ${bad.nul}: looks binary (contains NUL bytes)`,
      `annotate: ${bad.latin1}: is not valid UTF-8 (binary or another encoding?)`,
      `annotate: ${bad.large}: too large (50.0 MB; the limit is 50 MB)`,
      `annotate: ${bad.unknown}: unsupported file type ".pdf" (expected .txt, .md or .html)`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('without files prints the usage on stderr and exits 2; an unknown option too', () => {
    const none = annotate([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^usage: npm run --silent annotate -- \[--json\] FILE\.\.\./);
    const unknown = annotate(['--jsn', `${fixtures}/sample.md`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('annotate: unknown option --jsn');
  });

  it('prints a readable table per file by default', () => {
    const { code, stdout } = annotate([`${fixtures}/sample.md`]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^tests\/fixtures\/annotate\/sample\.md: \d+ matches, \d+ concepts$/);
    expect(lines[1]).toMatch(/^ {2}concept +count {2}first matches$/);
    expect(stdout).toMatch(/ {2}kv-cache +\d+ {2}.*\[KV cache\]/);
  });
});
