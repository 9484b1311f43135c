import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { extensionDir, projectRoot } from './harness';

// AMO's linter on the Firefox build: errors would block a store listing.
// Warnings are allowed only where the README explains them.
test('web-ext lint reports no errors on the Firefox build', () => {
  const webExt = path.join(projectRoot, 'node_modules/.bin/web-ext');
  let output: string;
  try {
    output = execFileSync(webExt, ['lint', '--output', 'json', '--source-dir', extensionDir('firefox-mv3')], {
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as {
    errors: { code: string; message: string; file?: string }[];
    warnings: { code: string; message: string; file?: string }[];
  };
  console.log(
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings` +
      report.warnings.map((w) => `\n  warning ${w.code} ${w.file ?? ''}: ${w.message}`).join(''),
  );
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
});
