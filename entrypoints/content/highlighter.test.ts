import { expect, test, vi } from 'vitest';
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

test('ranges are queued and painted in one batch by flush(); a queued range deleted before is never painted', () => {
  // A stand-in for the API (happy-dom has none): a Highlight is a set of ranges, CSS.highlights a map.
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
  try {
    const highlighter = new Highlighter(document);
    expect(highlighter.supported).toBe(true);
    highlighter.activate();
    const painted = () => (CSS.highlights.get('tdl-hardware') as unknown as Set<AbstractRange>).size;
    const [a, b, c] = [document.createRange(), document.createRange(), document.createRange()];
    highlighter.add('hardware', a);
    highlighter.add('hardware', b);
    expect(painted()).toBe(0); // nothing changes on the page until the batch is flushed
    highlighter.delete('hardware', b);
    highlighter.flush();
    expect(painted()).toBe(1);
    highlighter.delete('hardware', a); // painted ranges are removed at once
    expect(painted()).toBe(0);
    highlighter.add('hardware', c);
    highlighter.clear();
    highlighter.flush();
    expect(highlighter.sizes().hardware).toBe(0);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('the style sheet is adopted only once a range is painted (a page without a match pays no style recalculation)', () => {
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  vi.stubGlobal('CSS', { highlights: new Map<string, Set<AbstractRange>>() });
  const pageSheets = document.adoptedStyleSheets;
  const ours = () => document.adoptedStyleSheets.filter((sheet) => !pageSheets.includes(sheet));
  try {
    const highlighter = new Highlighter(document);
    highlighter.activate();
    highlighter.flush();
    expect(ours()).toEqual([]);
    highlighter.add('tools', document.createRange());
    expect(ours()).toEqual([]);
    highlighter.flush();
    expect(ours()).toHaveLength(1);
    highlighter.deactivate();
    expect(ours()).toEqual([]);
  } finally {
    vi.unstubAllGlobals();
  }
});
