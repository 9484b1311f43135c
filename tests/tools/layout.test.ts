/**
 * The layout rule (README, "Layout"), checked on every source file: project
 * files are imported as `@/…` across folders and `./x` within one; `lib/`
 * holds only code that ships, so its modules import no Node built-in and
 * nothing from the build-time (`data/build/`) or test-only (`tests/`) code.
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
