/**
 * The built manifests ask for exactly what the README's permissions section
 * lists, and the built code has no way to run remote or generated code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extensionDir, projectRoot } from './harness';

/** The README's list (see "Permissions and privacy"). Anything else in a built manifest fails here. */
const ALLOWED_PERMISSIONS = ['storage'];
const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const targets = (['chrome-mv3', 'firefox-mv3'] as const).filter((target) => {
  if (target === 'chrome-mv3') return true; // required: extensionDir throws with the build command if missing
  const outDir = path.resolve(projectRoot, process.env.WXT_OUT_DIR || '.output');
  return existsSync(path.join(outDir, target, 'manifest.json'));
});

describe.each(targets)('%s build', (target) => {
  const dir = extensionDir(target);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

  test('permissions are exactly the documented ones; no host permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  test('content scripts run on http and https pages only', () => {
    for (const script of manifest.content_scripts ?? []) {
      expect([...script.matches].sort()).toEqual(CONTENT_MATCHES);
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.match_origin_as_fallback ?? false).toBe(false);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  test('no web-accessible resources, no external connections, default CSP', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  test('the Firefox build declares that it collects no data', () => {
    if (target !== 'firefox-mv3') return;
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('no eval, no Function constructor, no remote script URLs in the built code', () => {
    const offenders: string[] = [];
    for (const file of filesUnder(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      const rel = path.relative(dir, file);
      if (/(^|[^\w$.])eval\s*\(/.test(code)) offenders.push(`${rel}: eval(`);
      if (/new\s+Function\s*\(|[^\w$.]Function\s*\(\s*["'`]/.test(code)) offenders.push(`${rel}: Function constructor`);
      if (/<script[^>]+src=["']?https?:/i.test(code)) offenders.push(`${rel}: remote <script>`);
      if (/importScripts\s*\(\s*["'`]https?:/.test(code)) offenders.push(`${rel}: remote importScripts`);
      if (/import\s*\(\s*["'`]https?:/.test(code)) offenders.push(`${rel}: remote import()`);
    }
    expect(offenders).toEqual([]);
  });
});
