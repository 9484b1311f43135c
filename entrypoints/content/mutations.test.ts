import { expect, test, vi } from 'vitest';
import { MutationWatcher, topmostConnected } from './mutations';

test('topmostConnected keeps connected roots not inside another root', () => {
  document.body.innerHTML = '<div id="a"><p id="b"><i id="c">x</i></p></div><p id="d">y</p>';
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
  const detached = document.createElement('p');
  expect(topmostConnected([c, b, a, d, detached])).toEqual([a, d]);
  expect(topmostConnected([c, d])).toEqual([c, d]);
});

test('changes are batched, and the extension’s own elements never trigger a scan', async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p id="p">a</p>';
  const batches: { roots: Node[]; removed: boolean }[] = [];
  const watcher = new MutationWatcher(
    (el) => el.localName.startsWith('tri-dao-lens'),
    async (batch) => {
      batches.push(batch);
      return 0;
    },
  );
  const watching = new AbortController();
  watcher.watch(document, watching.signal);
  const host = document.createElement('tri-dao-lens-card');
  document.documentElement.append(host);
  host.append(document.createElement('span'));
  await vi.advanceTimersByTimeAsync(2000);
  expect(batches).toEqual([]);

  const p = document.getElementById('p')!;
  p.append(' more');
  p.append(' and more');
  const q = document.createElement('p');
  document.body.append(q);
  await vi.advanceTimersByTimeAsync(2000);
  expect(batches).toHaveLength(1);
  expect(batches[0].roots).toEqual([p, q]);

  q.remove();
  await vi.advanceTimersByTimeAsync(2000);
  expect(batches).toHaveLength(2);
  expect(batches[1]).toMatchObject({ roots: [], removed: true });
  watching.abort();
  host.remove();
  vi.useRealTimers();
});

test('once its signal aborts, the watcher drops pending changes and sees no new ones', async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p id="p">a</p>';
  const batches: unknown[] = [];
  const watcher = new MutationWatcher(
    () => false,
    async (batch) => {
      batches.push(batch);
      return 0;
    },
  );
  const watching = new AbortController();
  watcher.watch(document, watching.signal);
  document.getElementById('p')!.append(' pending');
  await vi.advanceTimersByTimeAsync(0);
  watching.abort();
  document.body.append(document.createElement('p'));
  await vi.advanceTimersByTimeAsync(2000);
  expect(batches).toEqual([]);
  vi.useRealTimers();
});
