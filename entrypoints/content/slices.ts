/**
 * Cooperative time slicing for the content script. Scanning a 1.6 MB page in
 * one go would block the page's main thread for tens of milliseconds (a "long
 * task" the reader feels as jank), so every bulk job works until its slice's
 * deadline and then gives the thread back to the page.
 */

/** How long one slice may run. Well under the 50 ms long-task threshold, leaving the page room. */
export const SLICE_MS = 8;

/** Timing of the sliced work so far, reported in the page state for tests and benchmarks. */
export interface SliceStats {
  /** Number of slices run. */
  slices: number;
  /** The longest single slice, in ms (what the page may feel as one task). */
  longestSliceMs: number;
  /** Time spent working (not waiting), in ms. */
  busyMs: number;
}

/** Fresh, zeroed stats. */
export function newSliceStats(): SliceStats {
  return { slices: 0, longestSliceMs: 0, busyMs: 0 };
}

interface SchedulerLike {
  postTask?(cb: () => void, options?: { priority?: string; signal?: AbortSignal }): Promise<unknown>;
}

/**
 * Waits until the page has had a chance to run its own tasks (input, rendering).
 * `scheduler.postTask` with background priority (Chrome 94+, Firefox 142+) lets
 * everything the page queued run first; elsewhere a 0 ms timeout does the same job.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.postTask) {
    return scheduler.postTask(() => undefined, { priority: 'background' }).then(() => undefined);
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step` in slices of about {@link SLICE_MS} until it reports it is done
 * or `signal` aborts. `step` receives the deadline (a `performance.now()` time)
 * and must return soon after it; it returns true when there is no more work.
 * Resolves to false when aborted.
 */
export async function runInSlices(
  step: (deadline: number) => boolean,
  stats: SliceStats,
  signal?: AbortSignal,
): Promise<boolean> {
  for (;;) {
    if (signal?.aborted) return false;
    const start = performance.now();
    const done = step(start + SLICE_MS);
    const took = performance.now() - start;
    stats.slices++;
    stats.busyMs += took;
    if (took > stats.longestSliceMs) stats.longestSliceMs = took;
    if (done) return true;
    await yieldToPage();
  }
}

/** Longest wait for a frame: hidden tabs get no animation frames at all. */
const FRAME_WAIT_MS = 500;

/**
 * Resolves after the page has rendered a frame (its styles are then computed
 * and clean), or after {@link FRAME_WAIT_MS} in a tab that does not render.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
