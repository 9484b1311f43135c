import { describe, expect, test } from 'vitest';
import { isInsideSkipped, positionInRun, TextRunCollector, type TextRun } from './scanner';

const isOwnUi = (el: Element) => el.localName.startsWith('tri-dao-lens');

function runsOf(html: string, setup?: (body: HTMLElement) => void): TextRun[] {
  document.body.innerHTML = html;
  setup?.(document.body);
  const collector = new TextRunCollector(isOwnUi);
  collector.add(document.body);
  const runs: TextRun[] = [];
  while (!collector.collect(Number.POSITIVE_INFINITY, (run) => runs.push(run)));
  return runs;
}

const texts = (runs: TextRun[]) => runs.map((r) => r.text.trim()).filter(Boolean);

describe('TextRunCollector', () => {
  test('joins inline text within a block, breaks at blocks and <br>', () => {
    const runs = runsOf(
      '<p>Flash<b>Attention</b> is <a href="#">fast</a></p><p>KV<br>cache</p><div>one<p>two</p>three</div>',
    );
    expect(texts(runs)).toEqual(['FlashAttention is fast', 'KV', 'cache', 'one', 'two', 'three']);
    const first = runs[0];
    expect(first.nodes.map((n) => n.data)).toEqual(['Flash', 'Attention', ' is ', 'fast']);
    expect(first.starts).toEqual([0, 5, 14, 18]);
  });

  test('skips scripts, styles, form fields, editable regions, hidden and aria-hidden content, and its own UI', () => {
    const runs = runsOf(
      '<p>visible</p><script>var x = "FlashAttention"</script><style>.a{}</style><noscript>ns</noscript>' +
        '<textarea>typed</textarea><input value="v"><select><option>opt</option></select>' +
        '<div contenteditable="true">editing</div><div contenteditable="false">not editable</div>' +
        '<p hidden>hidden</p><p aria-hidden="true">aria</p><template><p>tpl</p></template>' +
        '<svg><text>svg label</text></svg><tri-dao-lens-card><p>card</p></tri-dao-lens-card><p>end</p>',
    );
    expect(texts(runs)).toEqual(['visible', 'not editable', 'end']);
  });

  test('a skipped element is left with its whole subtree, wherever it sits (last child, nested, in a row)', () => {
    const runs = runsOf(
      '<div><p>one <span>two<b hidden>x<i>y</i></b></span></p><ul><li>three<script>z</script></li></ul>' +
        '<div><div><p aria-hidden="true">deep</p></div></div><style>s</style><noscript>n</noscript></div><p>four</p>',
    );
    expect(texts(runs)).toEqual(['one two', 'three', 'four']);
  });

  test('walks open shadow roots and reports them', () => {
    document.body.innerHTML = '<p>light</p><x-note></x-note><p>after</p>';
    const host = document.querySelector('x-note')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>in shadow</p>';
    const seen: ShadowRoot[] = [];
    const collector = new TextRunCollector(isOwnUi, (root) => seen.push(root));
    collector.add(document.body);
    const runs: TextRun[] = [];
    while (!collector.collect(Number.POSITIVE_INFINITY, (run) => runs.push(run)));
    expect(texts(runs)).toEqual(['light', 'after', 'in shadow']);
    expect(seen).toEqual([host.shadowRoot]);
  });

  test('stops at the deadline and resumes where it stopped', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>para ${i}</p>`).join('');
    document.body.innerHTML = html;
    const collector = new TextRunCollector(isOwnUi);
    collector.add(document.body);
    const runs: TextRun[] = [];
    let calls = 0;
    // A deadline in the past: each call does one small step and returns.
    while (!collector.collect(0, (run) => runs.push(run))) calls++;
    expect(calls).toBeGreaterThan(3);
    expect(texts(runs)).toEqual(Array.from({ length: 300 }, (_, i) => `para ${i}`));
  });
});

describe('positionInRun', () => {
  test('maps run offsets to node offsets; starts go forward and ends backward at a boundary', () => {
    const [run] = runsOf('<p>Flash<b>Attention</b>-3</p>');
    expect(positionInRun(run, 0, false)).toMatchObject({ node: run.nodes[0], offset: 0 });
    expect(positionInRun(run, 5, false)).toMatchObject({ node: run.nodes[1], offset: 0 });
    expect(positionInRun(run, 5, true)).toMatchObject({ node: run.nodes[0], offset: 5 });
    expect(positionInRun(run, 14, true)).toMatchObject({ node: run.nodes[1], offset: 9 });
    expect(positionInRun(run, 16, true)).toMatchObject({ node: run.nodes[2], offset: 2 });
  });
});

test('isInsideSkipped sees editable and hidden ancestors, and its own UI', () => {
  document.body.innerHTML =
    '<div contenteditable><p><b id="a">x</b></p></div><div hidden><i id="b">y</i></div><p><i id="c">z</i></p>' +
    '<tri-dao-lens-card><span id="d">card</span></tri-dao-lens-card>';
  expect(isInsideSkipped(document.getElementById('a')!.firstChild!, isOwnUi)).toBe(true);
  expect(isInsideSkipped(document.getElementById('b')!, isOwnUi)).toBe(true);
  expect(isInsideSkipped(document.getElementById('c')!.firstChild!, isOwnUi)).toBe(false);
  expect(isInsideSkipped(document.getElementById('d')!, isOwnUi)).toBe(true);
});

test('a shadow host handed over as a root (a web component added later) has its shadow tree walked', () => {
  document.body.innerHTML = '<x-late></x-late>';
  const host = document.querySelector('x-late')!;
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>late shadow text</p>';
  const collector = new TextRunCollector(isOwnUi);
  collector.add(host);
  const runs: TextRun[] = [];
  while (!collector.collect(Number.POSITIVE_INFINITY, (run) => runs.push(run)));
  expect(texts(runs)).toEqual(['late shadow text']);
});
