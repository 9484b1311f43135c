import { expect, test } from 'vitest';
import { highlightCss, Highlighter, isDarkPage } from './highlighter';

test('one namespaced ::highlight rule per kind, plus the flash; underline-only drops the fill', () => {
  const fill = highlightCss(false, 'fill');
  for (const kind of ['hardware', 'models', 'techniques', 'tools', 'people']) {
    expect(fill).toMatch(new RegExp(`::highlight\\(tdl-${kind}\\) \\{ background-color: hsl\\([^)]*\\); text-decoration: underline`));
  }
  expect(fill).toContain('::highlight(tdl-flash)');
  const underline = highlightCss(false, 'underline');
  expect(underline).not.toMatch(/tdl-(hardware|models|techniques|tools|people)\) \{ background-color/);
  expect(underline).toMatch(/::highlight\(tdl-tools\) \{ text-decoration: underline/);
  // The page's own text colour is never overridden (only the flash sets one, on its yellow).
  expect(fill.split('\n').filter((rule) => /(^|[ ;{])color:/.test(rule))).toEqual([expect.stringContaining('tdl-flash')]);
  // Dark pages get lighter tones.
  expect(highlightCss(true, 'fill')).not.toBe(fill);
});

test('a dark page is recognised by its background, or by light text on no background', () => {
  document.body.setAttribute('style', 'background-color: rgb(20, 22, 28); color: rgb(230, 230, 230)');
  expect(isDarkPage(document)).toBe(true);
  document.body.setAttribute('style', 'background-color: rgb(255, 255, 255); color: rgb(20, 20, 20)');
  expect(isDarkPage(document)).toBe(false);
  document.body.setAttribute('style', 'color: rgb(240, 240, 240)');
  expect(isDarkPage(document)).toBe(true);
  document.body.removeAttribute('style');
});

test('without CSS.highlights (older browsers, this test DOM) every call is a harmless no-op', () => {
  const highlighter = new Highlighter(document);
  if (highlighter.supported) return; // a DOM with the API is tested in the browser tests
  const range = document.createRange();
  expect(() => {
    highlighter.activate();
    highlighter.add('hardware', range);
    highlighter.flash(range);
    highlighter.setStyle('underline');
    highlighter.setShownKinds(['models']);
    highlighter.deactivate();
  }).not.toThrow();
});
