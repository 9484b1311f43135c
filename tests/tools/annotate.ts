/**
 * `npm run --silent annotate -- [--json] FILE...`: shows which of the 48
 * concepts the matcher finds in text, HTML and Markdown files, so anyone can
 * check the matcher on a page without loading the extension.
 *
 * - `.txt`, `.md`, `.markdown`: the file's text is scanned as is (Markdown
 *   source, not rendered). `.html`, `.htm`, `.xhtml`: the visible text, as
 *   `tests/tools/text-extract` extracts it (what the content script would scan).
 * - Files are read as UTF-8; a leading byte-order mark is dropped. Offsets
 *   (`start`, `end`) are UTF-16 code-unit offsets into that decoded text
 *   (after BOM removal), or into the extracted text for HTML: `text.slice(start, end)`
 *   is the matched text.
 * - `--json` prints exactly one line per file, in the order given:
 *   `{"file": "<the path as given>", "matches": [{"concept": "<id>", "text": "<matched text>", "start": <int>, "end": <int>}]}`
 *   with one space after each `:` and `,` between members, as shown above
 *   (`JSON.stringify` writes none, so `jsonLine` below builds the line and
 *   `JSON.stringify` only escapes the strings). Strings are escaped by
 *   `JSON.stringify`, so every line is valid JSON.
 * - Bad input (missing or unreadable file, a directory or other non-regular
 *   file, an unknown extension, a file over 50 MB, a binary file: NUL bytes
 *   or invalid UTF-8) prints one line `annotate: <file>: <reason>` on stderr;
 *   the other files are still processed and the exit code is 1 at the end.
 *   No file at all, or an unknown option: usage on stderr, exit code 2.
 *   Never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Match, Matcher } from '@/lib/matcher';
import { extractVisibleText } from './text-extract';
import { loadMatcher } from './load-matcher';

/** Files larger than this are refused: they are not pages a person reads, and would fill memory. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

const USAGE = `usage: npm run --silent annotate -- [--json] FILE...
  Finds the interview's concepts in .txt, .md and .html files.
  --json   one line of JSON per file: {"file": ..., "matches": [{"concept", "text", "start", "end"}]}
           (offsets are UTF-16 offsets into the file's text, or into the visible text of an HTML file)`;

/** A file the tool refuses, with the reason shown to the user. */
class InputError extends Error {}

/**
 * Where a path given on the command line points. `npm run` runs scripts from
 * the project root, so a relative path is resolved against the directory the
 * user ran npm in (`INIT_CWD`, set by npm), as the user meant it.
 */
function resolveUserPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Reads a file and returns the text the matcher should scan, or throws InputError. */
export function readScannableText(given: string): string {
  const file = resolveUserPath(given);
  const ext = path.extname(file).toLowerCase();
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  if (stats.isDirectory()) throw new InputError('is a directory');
  if (!stats.isFile()) throw new InputError('not a regular file');
  if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
    throw new InputError(`unsupported file type "${ext || '(none)'}" (expected .txt, .md or .html)`);
  }
  if (stats.size > MAX_FILE_BYTES) {
    throw new InputError(`too large (${(stats.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  if (bytes.includes(0)) throw new InputError('looks binary (contains NUL bytes)');
  let text: string;
  try {
    // fatal: refuse invalid UTF-8 instead of silently inserting U+FFFD; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 (binary or another encoding?)');
  }
  return HTML_EXTENSIONS.has(ext) ? extractVisibleText(text) : text;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read (${code ?? (error as Error).message})`;
}

/** One `--json` line, spaced exactly as the header above shows it. */
function jsonLine(file: string, text: string, matches: Match[]): string {
  const items = matches.map(
    (m) =>
      `{"concept": ${JSON.stringify(m.conceptId)}, "text": ${JSON.stringify(text.slice(m.start, m.end))}, ` +
      `"start": ${m.start}, "end": ${m.end}}`,
  );
  return `{"file": ${JSON.stringify(file)}, "matches": [${items.join(', ')}]}`;
}

/** A match with some text around it, on one line: `…before [match] after…`. */
function inContext(text: string, m: Match, width = 32): string {
  const from = Math.max(0, m.start - width);
  const to = Math.min(text.length, m.end + width);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  return (
    (from > 0 ? '…' : '') +
    oneLine(text.slice(from, m.start)) +
    '[' +
    oneLine(text.slice(m.start, m.end)) +
    ']' +
    oneLine(text.slice(m.end, to)) +
    (to < text.length ? '…' : '')
  );
}

/** The human-readable report of one file: concept, count, the first matches in context. */
export function table(file: string, text: string, matches: Match[], examples = 2): string {
  const byConcept = new Map<string, Match[]>();
  for (const m of matches) {
    const list = byConcept.get(m.conceptId) ?? [];
    list.push(m);
    byConcept.set(m.conceptId, list);
  }
  const lines = [
    `${file}: ${matches.length} match${matches.length === 1 ? '' : 'es'}, ${byConcept.size} concept${byConcept.size === 1 ? '' : 's'}`,
  ];
  if (byConcept.size === 0) return lines.join('\n');
  const idWidth = Math.max(7, ...[...byConcept.keys()].map((id) => id.length));
  lines.push(`  ${'concept'.padEnd(idWidth)}  count  first matches`);
  const sorted = [...byConcept.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
  for (const [id, list] of sorted) {
    list.slice(0, examples).forEach((m, i) => {
      const head = i === 0 ? `  ${id.padEnd(idWidth)}  ${String(list.length).padStart(5)}` : ' '.repeat(idWidth + 9);
      lines.push(`${head}  ${inContext(text, m)}`);
    });
  }
  return lines.join('\n');
}

/** Runs the command; returns the exit code. Exported so it can be reused without a subprocess. */
export function main(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  let json = false;
  const files: string[] = [];
  let optionsDone = false;
  for (const arg of args) {
    if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && arg === '--json') json = true;
    else if (!optionsDone && (arg === '--help' || arg === '-h')) {
      out(USAGE);
      return 0;
    } else if (!optionsDone && arg.startsWith('-') && arg !== '-') {
      err(`annotate: unknown option ${arg}`);
      err(USAGE);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    err(USAGE);
    return 2;
  }
  let matcher: Matcher;
  try {
    matcher = loadMatcher();
  } catch (error) {
    err(`annotate: ${(error as Error).message}`.split('\n')[0]);
    return 2;
  }
  let failed = false;
  files.forEach((file, index) => {
    try {
      const text = readScannableText(file);
      const matches = matcher.findAll(text);
      if (json) out(jsonLine(file, text, matches));
      else out((index > 0 ? '\n' : '') + table(file, text, matches));
    } catch (error) {
      failed = true;
      const reason =
        error instanceof InputError ? error.message : `failed: ${String((error as Error)?.message ?? error)}`;
      err(`annotate: ${file}: ${reason.split('\n')[0]}`);
    }
  });
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm run annotate -- … | head` closes stdout early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = main(
      process.argv.slice(2),
      (line) => process.stdout.write(`${line}\n`),
      (line) => process.stderr.write(`${line}\n`),
    );
  } catch (error) {
    process.stderr.write(`annotate: unexpected error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}
