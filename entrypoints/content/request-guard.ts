/**
 * The content script's check of incoming requests: the same contract as
 * `acceptContentRequest` in lib/message-guards.ts (sender is this extension,
 * shape is exactly a known ContentRequest), written out by hand because that
 * module's valibot schemas cost ~2.5 KB gzipped in a bundle that ships into
 * every page (budget: 35 KB). lib/message-guards.test.ts covers the schema;
 * request-guard.test.ts checks this one agrees with it.
 */
import type { ContentRequest } from '@/lib/messages';

const CONCEPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function hasOnlyKeys(x: object, keys: string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && own.every((k) => keys.includes(k));
}

/** True when `x` is exactly a known content request (no extra keys, fields of the right type). */
export function isContentRequestShape(x: unknown): x is ContentRequest {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'get-page-state':
    case 'toggle-page':
      return hasOnlyKeys(m, ['type']);
    case 'reveal-concept':
      return (
        hasOnlyKeys(m, ['type', 'conceptId']) &&
        typeof m.conceptId === 'string' &&
        m.conceptId.length <= 64 &&
        CONCEPT_ID.test(m.conceptId)
      );
    case 'set-page-enabled':
      return hasOnlyKeys(m, ['type', 'enabled']) && typeof m.enabled === 'boolean';
    case 'step-concept':
      return hasOnlyKeys(m, ['type', 'direction']) && (m.direction === 'next' || m.direction === 'previous');
    default:
      return false;
  }
}

/**
 * Returns the request when it is well-formed and sent by this extension
 * (popup, background), else warns and returns null (no answer is sent).
 */
export function acceptRequest(
  message: unknown,
  sender: { id?: string } | undefined,
  ownId: string | undefined,
): ContentRequest | null {
  if (!sender || !ownId || sender.id !== ownId) {
    console.warn('[tri-dao-lens] ignored a message from another sender', sender?.id);
    return null;
  }
  if (!isContentRequestShape(message)) {
    console.warn('[tri-dao-lens] ignored a malformed message');
    return null;
  }
  return message;
}
