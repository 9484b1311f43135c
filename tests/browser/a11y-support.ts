/**
 * Node-side helpers for the accessibility tests: axe-core's source to
 * evaluate in a page, and the rules that count. The in-page parts are in
 * probes.ts (`probeAxe`, `probeCard`, …).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's own source, to be evaluated in a page (it defines `window.axe`). */
export function axeSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/** The WCAG 2 A and AA rules (2.0, 2.1 and 2.2), as axe tags them. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
