import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractVisibleText } from './text-extract';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const webPages = path.resolve(projectRoot, '../shared/corpus/web-pages');

describe('extractVisibleText', () => {
  it('skips script, style, noscript, template, head and title', () => {
    const html =
      '<html><head><title>T</title><style>p{color:red}</style></head><body>' +
      '<script>var s = "</div>hidden";</script><noscript>enable JS</noscript>' +
      '<template><p>tpl</p></template><p>visible</p></body></html>';
    expect(extractVisibleText(html)).toBe('visible');
  });

  it('skips hidden, aria-hidden, display:none and visibility:hidden subtrees', () => {
    const html =
      '<p>a<span hidden>x</span>b</p><div aria-hidden="true">y</div>' +
      '<div style="color: red; display:none !important">z</div>' +
      '<div style="visibility: hidden">w</div><div aria-hidden="false">shown</div>';
    expect(extractVisibleText(html)).toBe('ab\nshown');
  });

  it('skips form controls and contenteditable, keeps contenteditable="false" and button labels', () => {
    const html =
      '<form><input value="in"><textarea>typed</textarea><select><option>opt</option></select>' +
      '<button>Send</button></form><div contenteditable>draft</div><div contenteditable="false">kept</div>';
    expect(extractVisibleText(html)).toBe('Send\nkept');
    expect(extractVisibleText('<p>Run<button>Copy</button>now</p>')).toBe('Run\nCopy\nnow');
  });

  it('separates blocks, line breaks and table cells so words never fuse', () => {
    expect(extractVisibleText('<div>Flash</div><div>Attention</div>')).toBe('Flash\nAttention');
    expect(extractVisibleText('<p>one<br>two</p><ul><li>three<li>four</ul>')).toBe('one\ntwo\nthree\nfour');
    expect(extractVisibleText('<table><tr><td>A<td>B<tr><td>C</table>')).toBe('A\tB\nC');
    // inline elements do not separate: "Flash<b>Attention</b>" reads as one word
    expect(extractVisibleText('<p>Flash<b>Attention</b> <i>rocks</i></p>')).toBe('FlashAttention rocks');
  });

  it('collapses whitespace outside pre and keeps it inside', () => {
    expect(extractVisibleText('<p>  KV \n\t cache  </p>')).toBe('KV cache');
    expect(extractVisibleText('<pre>  a\n   b</pre>')).toBe('  a\n   b');
    expect(extractVisibleText('<div style="white-space: pre-wrap">x  y</div>')).toBe('x  y');
  });

  it('decodes character references, keeping &nbsp; as U+00A0', () => {
    expect(extractVisibleText('<p>R&amp;D &#x82F1;&#20255;&#36798; a&nbsp;b &lt;tag&gt;</p>')).toBe(
      'R&D 英伟达 a\u00a0b <tag>',
    );
  });

  it('skips svg and math, ruby annotations, and comments', () => {
    expect(extractVisibleText('<p>a<svg><text>icon</text></svg>b<!-- note --></p>')).toBe('ab');
    expect(extractVisibleText('<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>字</p>')).toBe('漢字');
  });

  it('survives malformed markup and stray closing tags', () => {
    expect(extractVisibleText('<div><p>a</span></div>b</p></p><b><i>c</b>d')).toBe('a\nb\ncd');
    expect(extractVisibleText('<<>>&&;<p')).toContain('<>>&&;');
    expect(extractVisibleText('')).toBe('');
  });

  it('never throws on any of the 130 real web pages and finds their text', () => {
    const files = readdirSync(webPages).filter((f) => f.endsWith('.html'));
    expect(files.length).toBe(130);
    for (const file of files) {
      const html = readFileSync(path.join(webPages, file), 'utf8');
      const text = extractVisibleText(html);
      expect(typeof text).toBe('string');
      // No script source leaks in: a distinctive line of every inline script is absent from the text.
      for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
        const line = m[1]
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l.length >= 30);
        if (line !== undefined) expect(text, `${file}: ${line}`).not.toContain(line);
      }
    }
    const qq = extractVisibleText(readFileSync(path.join(webPages, 'qq.html'), 'utf8'));
    expect(qq).toMatch(/[\u4e00-\u9fff]{20}/);
  });
});
