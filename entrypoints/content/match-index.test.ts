import { beforeEach, expect, test } from 'vitest';
import { MatchIndex, type MatchEntry } from './match-index';

let index: MatchIndex;
beforeEach(() => {
  index = new MatchIndex();
  document.body.innerHTML =
    '<p id="p">FlashAttention and the KV cache and FlashAttention</p><p id="q">Flash<b>Attention</b></p>';
});

function entry(
  conceptId: string,
  startNode: Text,
  startOffset: number,
  endNode: Text,
  endOffset: number,
  when: MatchEntry['when'] = 'always',
  nodes = startNode === endNode ? [startNode] : [startNode, endNode],
): MatchEntry {
  return {
    conceptId,
    kind: 'techniques',
    when,
    startNode,
    startOffset,
    endNode,
    endOffset,
    nodes,
    // happy-dom has no StaticRange; the index never reads the range itself.
    range: {
      startContainer: startNode,
      startOffset,
      endContainer: endNode,
      endOffset,
      collapsed: false,
    } as StaticRange,
  };
}

const p = () => document.getElementById('p')!.firstChild as Text;

test('findAt finds the occurrence under a caret by binary search; ends are exclusive', () => {
  const text = p();
  const fa1 = entry('flash-attention', text, 0, text, 14);
  const kv = entry('kv-cache', text, 23, text, 31);
  const fa2 = entry('flash-attention', text, 36, text, 50);
  // Added out of order: the index keeps them sorted.
  index.add(fa2);
  index.add(fa1);
  index.add(kv);
  expect(index.findAt(text, 0)).toBe(fa1);
  expect(index.findAt(text, 13)).toBe(fa1);
  expect(index.findAt(text, 14)).toBeNull();
  expect(index.findAt(text, 25)).toBe(kv);
  expect(index.findAt(text, 49)).toBe(fa2);
  expect(index.findAt(text, 50)).toBeNull();
  expect(index.findAt(document.body, 0)).toBeNull();
  expect(index.findAt(text, 25, () => false)).toBeNull();
});

test('an occurrence across two text nodes is found from either', () => {
  const q = document.getElementById('q')!;
  const a = q.firstChild as Text;
  const b = q.querySelector('b')!.firstChild as Text;
  const fa = entry('flash-attention', a, 0, b, 9);
  index.add(fa);
  expect(index.findAt(a, 3)).toBe(fa);
  expect(index.findAt(b, 8)).toBe(fa);
  expect(index.removeNode(b)).toEqual([fa]);
  expect(index.findAt(a, 3)).toBeNull();
  expect(index.size).toBe(0);
});

test('overlapping readings (ai / not-ai) are told apart by the accept filter', () => {
  const text = p();
  const long = entry('kv-cache', text, 19, text, 31, 'ai');
  const short = entry('kv-cache', text, 23, text, 31, 'not-ai');
  index.add(long);
  index.add(short);
  expect(index.findAt(text, 25, (e) => e.when !== 'not-ai')).toBe(long);
  expect(index.findAt(text, 25, (e) => e.when !== 'ai')).toBe(short);
  expect(index.findAt(text, 20, (e) => e.when !== 'ai')).toBeNull();
});

test('counts, occurrences in document order, and stale entries swept', () => {
  const text = p();
  const q = document.getElementById('q')!;
  const later = entry('flash-attention', q.firstChild as Text, 0, q.firstChild as Text, 5);
  const fa1 = entry('flash-attention', text, 0, text, 14);
  const kv = entry('kv-cache', text, 23, text, 31, 'ai');
  index.add(later);
  index.add(kv);
  index.add(fa1);
  expect(index.occurrencesOf('flash-attention')).toEqual([fa1, later]);
  expect([...index.counts()]).toEqual(
    expect.arrayContaining([
      ['flash-attention', 2],
      ['kv-cache', 1],
    ]),
  );
  expect([...index.counts((e) => e.when === 'always')]).toEqual([['flash-attention', 2]]);
  q.remove();
  expect(index.sweepStale()).toEqual([later]);
  text.data = 'short';
  const swept = index.sweepStale();
  expect(swept).toHaveLength(2);
  expect(swept).toEqual(expect.arrayContaining([fa1, kv]));
  expect(index.size).toBe(0);
});
