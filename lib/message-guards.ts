/**
 * Schemas for every message in `lib/messages.ts`, and the checks a receiver
 * runs before acting on one. A message is input: the background answers
 * content scripts that run inside pages we don't control, and a bug or a
 * compromised renderer could send anything. So a receiver accepts a message
 * only when it comes from this extension (sender check) and has exactly the
 * shape of a known request (schema check); everything else is ignored with a
 * console warning and no answer.
 *
 * DOM-free and browser-API-free (the extension id is passed in), so the
 * checks are unit-tested in Node.
 */
import * as v from 'valibot';
import type { BackgroundRequest, ContentRequest } from './messages';

/** Concept ids are the kebab-case slugs of `../shared/spec/concepts.tsv` (e.g. "kv-cache"). */
const conceptId = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * A transcript anchor without "#": a quote, turn or section (`q-kv-cache-1`,
 * `t-…`, `s-…`). Letters, digits, "-" and "_" only, so it can never become
 * another URL, a path or a script when appended to `transcript.html#`.
 */
const transcriptAnchor = v.pipe(v.string(), v.maxLength(128), v.regex(/^[qts]-[A-Za-z0-9_-]+$/));

/** At most this many concepts per page report: there are 48, with room for the list to grow. */
const MAX_COUNTED_CONCEPTS = 256;

const conceptCounts = v.pipe(
  // Bound the work before looking at entries, so a million-key object costs one check.
  v.custom<Record<string, unknown>>(
    (x) => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length <= MAX_COUNTED_CONCEPTS,
  ),
  v.record(conceptId, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000))),
);

/** Schema of `BackgroundRequest` (what content scripts, the popup and pages send to the background). */
const backgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('get-concept-card'), conceptId }),
  v.strictObject({ type: v.literal('page-concepts'), counts: conceptCounts }),
  v.strictObject({
    type: v.literal('open-transcript'),
    anchor: transcriptAnchor,
    lang: v.optional(v.picklist(['en', 'zh'])),
    script: v.optional(v.picklist(['hans', 'hant', 'twp'])),
  }),
  v.strictObject({ type: v.literal('get-matcher-input') }),
]);

/** Schema of `ContentRequest` (what the popup and background send to a tab's content script). */
const contentRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('get-page-state') }),
  v.strictObject({ type: v.literal('reveal-concept'), conceptId }),
  v.strictObject({ type: v.literal('set-page-enabled'), enabled: v.boolean() }),
  v.strictObject({ type: v.literal('toggle-page') }),
  v.strictObject({ type: v.literal('step-concept'), direction: v.picklist(['next', 'previous']) }),
]);

// Compile-time guard: when someone adds a variant or field to lib/messages.ts
// without adding it here, `npm run typecheck` fails on these lines instead of
// the new message being dropped at run time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const backgroundSchemaMatchesType: Same<v.InferOutput<typeof backgroundRequestSchema>, BackgroundRequest> = true;
const contentSchemaMatchesType: Same<v.InferOutput<typeof contentRequestSchema>, ContentRequest> = true;
void backgroundSchemaMatchesType;
void contentSchemaMatchesType;

/** True when `x` is exactly a known background request (no extra keys, every field in range). */
export function isBackgroundRequest(x: unknown): x is BackgroundRequest {
  return v.is(backgroundRequestSchema, x);
}

/** True when `x` is exactly a known content-script request. */
export function isContentRequest(x: unknown): x is ContentRequest {
  return v.is(contentRequestSchema, x);
}

/** The parts of `runtime.MessageSender` the checks read (same in Chrome and Firefox). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * True when a message comes from this extension: `sender.id` is our id.
 * With `requireTab`, it must also come from a content script in a tab (e.g.
 * `page-concepts`, which sets that tab's badge). Messages from web pages
 * never reach `runtime.onMessage` (no `externally_connectable`), but this is
 * checked anyway: it costs nothing and survives a manifest change.
 */
export function isOwnExtensionSender(
  sender: SenderLike | undefined,
  ownId: string | undefined,
  options: { requireTab?: boolean } = {},
): boolean {
  if (!sender || !ownId || sender.id !== ownId) return false;
  if (options.requireTab && (typeof sender.tab?.id !== 'number' || sender.tab.id < 0)) return false;
  return true;
}

/** Background requests that only make sense from a content script in a tab. */
const TAB_ONLY: ReadonlySet<BackgroundRequest['type']> = new Set(['page-concepts']);

function summarize(x: unknown): string {
  try {
    return JSON.stringify(x)?.slice(0, 120) ?? String(x);
  } catch {
    return Object.prototype.toString.call(x);
  }
}

/**
 * The one call a background `onMessage` listener makes: returns the request
 * when it is well-formed and from this extension (and, where needed, from a
 * tab), else warns and returns null (the listener then returns undefined, so
 * the sender gets no answer).
 */
export function acceptBackgroundRequest(
  message: unknown,
  sender: SenderLike | undefined,
  ownId: string | undefined,
): BackgroundRequest | null {
  if (!isOwnExtensionSender(sender, ownId)) {
    console.warn('[tri-dao-lens] ignored a message from another sender', sender?.id, sender?.url);
    return null;
  }
  if (!isBackgroundRequest(message)) {
    console.warn('[tri-dao-lens] ignored a malformed message', summarize(message));
    return null;
  }
  if (TAB_ONLY.has(message.type) && !isOwnExtensionSender(sender, ownId, { requireTab: true })) {
    console.warn('[tri-dao-lens] ignored a tab-only message sent from outside a tab', message.type);
    return null;
  }
  return message;
}

/** The one call a content script's `onMessage` listener makes (same contract as `acceptBackgroundRequest`). */
export function acceptContentRequest(
  message: unknown,
  sender: SenderLike | undefined,
  ownId: string | undefined,
): ContentRequest | null {
  if (!isOwnExtensionSender(sender, ownId)) {
    console.warn('[tri-dao-lens] ignored a message from another sender', sender?.id);
    return null;
  }
  if (!isContentRequest(message)) {
    console.warn('[tri-dao-lens] ignored a malformed message', summarize(message));
    return null;
  }
  return message;
}
