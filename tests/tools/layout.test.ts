/**
 * The layout rule (README, "Layout"), checked on every source file: project
 * files are imported as `@/…` across folders and `./x` within one; `lib/`
 * holds only code that ships, so its modules import no Node built-in and
 * nothing from the build-time (`data/build/`) or test-only (`tests/`) code;
 * and no two project files import each other, directly or through others
 * (type-only imports count: shared types go in a module of their own).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && !file.startsWith('tests/fixtures/'));

/** Every module specifier a file imports or re-exports (static and dynamic imports). */
function specifiers(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport|\bimport\()\s*'([^']+)'/g)].map((m) => m[1]);
}

test('project files are imported as @/… across folders and ./x within one', () => {
  const wrong = sources.flatMap((file) =>
    specifiers(file)
      .filter(
        (spec) => spec.startsWith('../') || spec.startsWith('~/') || spec.startsWith('~~/') || spec.startsWith('@@/'),
      )
      // The root config files are loaded before any alias exists.
      .filter(() => !/^[^/]+\.config\.ts$/.test(file))
      .map((spec) => `${file}: ${spec}`),
  );
  expect(wrong).toEqual([]);
});

test('lib/ imports no Node built-in and no build-time or test-only code', () => {
  const shipped = sources.filter((file) => file.startsWith('lib/') && !/\.test\.tsx?$/.test(file));
  const wrong = shipped.flatMap((file) =>
    specifiers(file)
      .filter((spec) => spec.startsWith('node:') || spec.startsWith('@/data/build/') || spec.startsWith('@/tests/'))
      .map((spec) => `${file}: ${spec}`),
  );
  expect(wrong).toEqual([]);
});

/** The project file a specifier names, or null for a package or a non-source file. */
function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('./') || spec.startsWith('../')) base = path.posix.join(path.posix.dirname(from), spec);
  else return null;
  const known = new Set(sources);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (known.has(candidate)) return candidate;
  return null;
}

/** Import cycles that are known and being removed on another branch, each as its files in sorted order. */
const KNOWN_CYCLES: string[][] = [];

test('no import cycle between project files (type-only imports included)', () => {
  const edges = new Map(
    sources.map((file) => [
      file,
      [
        ...new Set(
          specifiers(file)
            .map((spec) => resolve(file, spec))
            .filter((f): f is string => f !== null),
        ),
      ],
    ]),
  );
  // Tarjan's strongly connected components: every component of more than one
  // file, or a file importing itself, is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const dep of edges.get(file) ?? []) {
      if (!index.has(dep)) {
        visit(dep);
        low.set(file, Math.min(low.get(file)!, low.get(dep)!));
      } else if (onStack.has(dep)) low.set(file, Math.min(low.get(file)!, index.get(dep)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file)?.includes(file)) cycles.push(component.sort());
  };
  for (const file of sources) if (!index.has(file)) visit(file);
  const found = cycles.map((c) => c.join(' <-> '));
  const known = KNOWN_CYCLES.map((c) => c.join(' <-> '));
  expect(found.filter((c) => !known.includes(c))).toEqual([]);
  // A known cycle that is gone leaves a stale exception: remove it from KNOWN_CYCLES.
  expect(
    known.filter((c) => !found.includes(c)),
    'stale entries in KNOWN_CYCLES',
  ).toEqual([]);
});
