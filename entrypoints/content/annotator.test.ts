import { beforeAll, expect, test } from 'vitest';
import type { AliasTable, ConceptKind } from '@/lib/data-types';
import { compileMatcher } from '@/data/build/compile-matcher';
import aliases from '@/data/generated/aliases.json';
import { Annotator } from './annotator';
import { Highlighter } from './highlighter';

beforeAll(() => {
  // happy-dom has no StaticRange; the annotator only stores and hands them on.
  if (typeof globalThis.StaticRange !== 'function') {
    (globalThis as { StaticRange: unknown }).StaticRange = class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    };
  }
});

function annotator() {
  const table = aliases as AliasTable;
  return new Annotator({
    doc: document,
    matcher: compileMatcher(table),
    kinds: new Map<string, ConceptKind>(table.concepts.map((c) => [c.id, c.kind])),
    isOwnUi: (el) => el.localName.startsWith('tri-dao-lens'),
    highlighter: new Highlighter(document),
    onChange: () => undefined,
  });
}

test('a huge text node is matched in windows, with terms on the window edges found exactly once', async () => {
  // 100 k characters in one node (a log in <pre>), terms placed around the 32 768-character window edges.
  const filler = 'lorem ipsum dolor sit amet ';
  let text = '';
  const expected: number[] = [];
  for (const at of [10, 32_760, 32_768, 65_530, 98_000]) {
    while (text.length < at) text += filler;
    expected.push(text.length + 1);
    text += ' FlashAttention ';
  }
  document.body.innerHTML = '<pre></pre><p>Words of the GPU and LLM world: the KV cache.</p>';
  document.querySelector('pre')!.textContent = text;
  const a = annotator();
  await a.start();
  expect(a.status).toBe('done');
  const starts = a.index
    .occurrencesOf('flash-attention')
    .map((e) => e.startOffset)
    .sort((x, y) => x - y);
  expect(starts).toEqual(expected);
  expect(a.concepts()).toEqual(
    expect.arrayContaining([
      { conceptId: 'flash-attention', count: 5 },
      { conceptId: 'kv-cache', count: 1 },
    ]),
  );
  a.stop();
  expect(a.index.size).toBe(0);
});

test('aiOnly aliases count only once the page reads as AI, wherever the signals are', async () => {
  document.body.innerHTML = `<p>Early MoE designs</p>${'<p>filler text</p>'.repeat(50)}<p>an LLM on a GPU with a KV cache</p>`;
  const a = annotator();
  await a.start();
  expect(a.isAiPage).toBe(true);
  expect(a.concepts().map((c) => c.conceptId)).toContain('mixture-of-experts');
  a.stop();

  document.body.innerHTML = '<p>The Ministry of Education (MOE) and the MoE office</p>';
  const b = annotator();
  await b.start();
  expect(b.isAiPage).toBe(false);
  expect(b.concepts()).toEqual([]);
  b.stop();
});

test('a page that defines the other sense of an acronym shows it nowhere, as findAll does, wherever the definition is', async () => {
  const paragraphs = [
    'AMD is common after 60; an LLM on a GPU with a KV cache grades the scans.',
    ...Array.from({ length: 40 }, () => 'filler text'),
    'Age-related macular degeneration (AMD) damages the macula. AMD Instinct MI300X GPUs train the model.',
  ];
  document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const a = annotator();
  await a.start();
  const shown = a.index.occurrencesOf('amd', a.isActive).map((e) => e.startNode.data.slice(e.startOffset, e.endOffset));
  // The bare acronym is the disease everywhere; the unambiguous product name still counts.
  expect(shown).toEqual(['AMD Instinct', 'MI300X']);
  const cli = compileMatcher(aliases as AliasTable)
    .findAll(paragraphs.join('\n'))
    .filter((m) => m.conceptId === 'amd');
  expect(cli.length).toBe(2);
  a.stop();
});

test('a decision that waits for our sense is taken back when the page names it later, as findAll does', async () => {
  const paragraphs = [
    '大模型和 GPU 的时代，聊天机器人最终会消失，人们关心的是世界模型或者机器人。',
    ...Array.from({ length: 40 }, () => 'filler text'),
    '家庭人形机器人还有多远？',
  ];
  document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const a = annotator();
  await a.start();
  const shown = a.index
    .occurrencesOf('robotics', a.isActive)
    .map((e) => e.startNode.data.slice(e.startOffset, e.endOffset));
  // 聊天机器人 (a chat bot) would decide bare 机器人 for the page; 人形机器人 at its end says the page means robots.
  expect(shown).toEqual(['机器人', '人形机器人']);
  const text = paragraphs.join('\n');
  const cli = compileMatcher(aliases as AliasTable)
    .findAll(text)
    .filter((m) => m.conceptId === 'robotics')
    .map((m) => text.slice(m.start, m.end));
  expect(cli).toEqual(shown);
  a.stop();

  document.body.innerHTML = paragraphs
    .slice(0, -1)
    .map((p) => `<p>${p}</p>`)
    .join('');
  const b = annotator();
  await b.start();
  expect(b.index.occurrencesOf('robotics', b.isActive)).toEqual([]);
  b.stop();
});
