/**
 * Small inline SVG figures for the two numbers a reader can't picture, drawn
 * from the interview's own figures (seed, section on why inference got
 * cheaper): MoE sparsity (early Mistral: 2 of 8 experts, 25%; DeepSeek and
 * gpt-oss: 4 of 128, 1/32) and gpt-oss in 4-bit (120B parameters in about
 * 60 GB; at 16 bits that would be about 240 GB, our arithmetic, labelled so).
 *
 * Built with createElementNS and textContent only: no markup strings.
 */
import type { Translate } from './translate';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Record<string, string | number>;

function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

/** An accessible SVG root: role="img", <title> and aria-labelledby, so screen readers read the figure's sentence. */
function figureRoot(doc: Document, kind: string, width: number, height: number, title: string): SVGSVGElement {
  const svg = svgEl(doc, 'svg', {
    class: `figure figure-${kind}`,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': title,
    'data-figure': kind,
  });
  const titleEl = svgEl(doc, 'title');
  titleEl.textContent = title;
  svg.append(titleEl);
  return svg;
}

function label(doc: Document, x: number, y: number, text: string): SVGTextElement {
  const t = svgEl(doc, 'text', { x, y, class: 'fig-label' });
  t.textContent = text;
  return t;
}

/** A row of expert cells, the first `active` of them filled. */
function expertRow(
  doc: Document,
  y: number,
  total: number,
  active: number,
  columns: number,
  cell: number,
): SVGGElement {
  const g = svgEl(doc, 'g', { 'data-experts': total, 'data-active': active });
  const gap = cell >= 10 ? 3 : 1;
  for (let i = 0; i < total; i++) {
    const col = i % columns;
    const row = Math.floor(i / columns);
    g.append(
      svgEl(doc, 'rect', {
        x: col * (cell + gap),
        y: y + row * (cell + gap),
        width: cell,
        height: cell,
        rx: cell >= 10 ? 2 : 0.5,
        class: i < active ? 'fig-on' : 'fig-off',
      }),
    );
  }
  return g;
}

/** MoE sparsity: 8 experts with 2 active, against 128 experts (4 rows of 32) with 4 active. */
function moeSparsityFigure(doc: Document, t: Translate): SVGSVGElement {
  const svg = figureRoot(doc, 'moe', 300, 92, t('cardFigureMoeTitle'));
  svg.append(label(doc, 0, 10, t('cardFigureMoeEarly')));
  svg.append(expertRow(doc, 15, 8, 2, 8, 14));
  svg.append(label(doc, 0, 50, t('cardFigureMoeLatest')));
  svg.append(expertRow(doc, 55, 128, 4, 32, 6.5));
  return svg;
}

/** gpt-oss weights: a 240 GB bar (16-bit, derived) against a 60 GB bar (4-bit, the interview's figure). */
function fourBitFigure(doc: Document, t: Translate): SVGSVGElement {
  const svg = figureRoot(doc, 'quant', 300, 64, t('cardFigureQuantTitle'));
  const full = 296;
  svg.append(label(doc, 0, 10, t('cardFigureQuant16')));
  svg.append(svgEl(doc, 'rect', { x: 0, y: 14, width: full, height: 12, rx: 2, class: 'fig-off', 'data-gb': 240 }));
  svg.append(label(doc, 0, 44, t('cardFigureQuant4')));
  svg.append(
    svgEl(doc, 'rect', { x: 0, y: 48, width: full * (60 / 240), height: 12, rx: 2, class: 'fig-on', 'data-gb': 60 }),
  );
  return svg;
}

/** The figure shown next to a concept's top quote, if that concept has one. */
export function figureForConcept(doc: Document, conceptId: string, t: Translate): SVGSVGElement | null {
  switch (conceptId) {
    case 'mixture-of-experts':
      return moeSparsityFigure(doc, t);
    case 'gpt-oss':
    case 'quantization':
      return fourBitFigure(doc, t);
    default:
      return null;
  }
}
