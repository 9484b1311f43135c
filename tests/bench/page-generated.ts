/**
 * The page-scan benchmark's synthetic large page: at least 5 M characters of
 * text made from the project's AI fixture texts (the labelled dev set, the
 * fixture pages and the interview seed), repeated into `<p>` paragraphs with
 * inline markup (`<b>`, `<em>`, `<a>`, `<code>`), under `<h2>` headings.
 *
 * The real corpus pages top out near 0.3 M characters of text; this page shows
 * how the scan scales on a page an order of magnitude larger (a long thread,
 * a book-length document) where a per-alias pass such as mark.js's is hopeless.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Text characters the generated page holds at least (5 MiB of UTF-16 code units). */
export const GENERATED_MIN_CHARS = 5 * 1024 * 1024;

const INLINE = [
  (s: string) => `<b>${s}</b>`,
  (s: string) => `<em>${s}</em>`,
  (s: string) => `<a href="#p">${s}</a>`,
  (s: string) => `<code>${s}</code>`,
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The visible text of a small fixture page (scripts and styles dropped, tags removed, a few entities decoded). */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/(p|div|li|h\d|section|article|tr|blockquote)>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** One source text's paragraphs (blank-line separated; lines inside joined), without empty ones. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * A paragraph as HTML: every fifth word (or, in Chinese text without spaces,
 * every fifth clause) wrapped in one of the inline elements, so terms are
 * sometimes split across text nodes as they are on real pages.
 */
function paragraphHtml(text: string, salt: number): string {
  const pieces = text.split(/([\s，。、；：]+)/);
  let word = 0;
  return pieces
    .map((piece) => {
      if (piece === '' || /^[\s，。、；：]+$/.test(piece)) return escapeHtml(piece);
      word++;
      const escaped = escapeHtml(piece);
      return (word + salt) % 5 === 0 ? INLINE[(word + salt) % INLINE.length](escaped) : escaped;
    })
    .join('');
}

/** The fixture texts: name and paragraphs. */
function sources(projectRoot: string): { name: string; paragraphs: string[] }[] {
  const out: { name: string; paragraphs: string[] }[] = [];
  const devSet = path.join(projectRoot, 'tests/fixtures/dev-set');
  for (const file of readdirSync(devSet).sort()) {
    if (!/\.(md|txt)$/.test(file)) continue;
    out.push({ name: file, paragraphs: paragraphsOf(readFileSync(path.join(devSet, file), 'utf8')) });
  }
  const pages = path.join(projectRoot, 'tests/fixtures/pages');
  for (const file of readdirSync(pages).sort()) {
    if (!file.endsWith('.html')) continue;
    out.push({ name: file, paragraphs: paragraphsOf(htmlToText(readFileSync(path.join(pages, file), 'utf8'))) });
  }
  const seed = path.resolve(projectRoot, '../shared/seed/000_02d9b6fdf82c4313.txt');
  out.push({ name: 'interview', paragraphs: paragraphsOf(readFileSync(seed, 'utf8')) });
  return out.filter((s) => s.paragraphs.length > 0);
}

/**
 * A typical article about AI systems: the English AI texts of the labelled
 * dev set (those with concepts they must contain), in file-name order, as
 * the sections of one `<article>` of about `targetChars` characters of text
 * (10-50 K is what a long news article or blog post holds), with a site
 * header, navigation and footer around it.
 */
export function articlePage(projectRoot: string, targetChars = 20_000): { html: string; chars: number } {
  const devSet = path.join(projectRoot, 'tests/fixtures/dev-set');
  const labels = JSON.parse(readFileSync(path.join(devSet, 'labels.json'), 'utf8')) as Record<
    string,
    { lang: string; must: string[] }
  >;
  const files = Object.keys(labels)
    .filter((f) => labels[f].lang === 'en' && labels[f].must.length > 0)
    .sort();
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inside the AI hardware race</title>',
    '<style>body{font:17px/1.6 Georgia,serif;margin:0}header,nav,footer{font:14px sans-serif;padding:8px 24px}',
    'article{max-width:42em;margin:2em auto}code{font-size:90%}</style></head><body>',
    '<header><a href="#">The Compute Review</a></header>',
    '<nav><ul><li><a href="#">News</a></li><li><a href="#">Chips</a></li><li><a href="#">Models</a></li><li><a href="#">Opinion</a></li></ul></nav>',
    '<main><article><h1>Inside the AI hardware race</h1><p><em>A long read.</em></p>\n',
  ];
  let chars = 0;
  for (const [n, file] of files.entries()) {
    if (chars >= targetChars) break;
    const paragraphs = paragraphsOf(readFileSync(path.join(devSet, file), 'utf8')).filter((p) => !p.startsWith('#'));
    parts.push(`<section><h2>Part ${n + 1}</h2>\n`);
    paragraphs.forEach((p, i) => {
      if (chars >= targetChars) return;
      parts.push(`<p>${paragraphHtml(p.replace(/[*_`]/g, ''), n + i)}</p>\n`);
      chars += p.length;
    });
    parts.push('</section>\n');
  }
  parts.push(
    '</article></main><footer><p>© The Compute Review. <a href="#">Privacy</a> · <a href="#">Terms</a></p></footer></body></html>\n',
  );
  return { html: parts.join(''), chars };
}

/** Builds the page; `minChars` of paragraph text at least. Returns the HTML and the paragraph text's length. */
export function generatedPage(projectRoot: string, minChars = GENERATED_MIN_CHARS): { html: string; chars: number } {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated AI texts</title>',
    '<style>body{font:16px/1.5 sans-serif;max-width:48em;margin:2em auto}code{font-size:90%}</style></head><body><main>',
  ];
  const all = sources(projectRoot);
  let chars = 0;
  for (let round = 0; chars < minChars; round++) {
    for (const source of all) {
      parts.push(`<section><h2>${escapeHtml(`${source.name} (copy ${round + 1})`)}</h2>\n`);
      source.paragraphs.forEach((p, i) => {
        parts.push(`<p>${paragraphHtml(p, round + i)}</p>\n`);
        chars += p.length;
      });
      parts.push('</section>\n');
      if (chars >= minChars) break;
    }
  }
  parts.push('</main></body></html>\n');
  return { html: parts.join(''), chars };
}
