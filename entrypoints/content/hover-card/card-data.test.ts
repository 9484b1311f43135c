import { describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '@/lib/messages';
import { createCardLoader } from './card-data';
import { kvCacheCard } from '@/tests/support/hover-card-fixtures';

describe('card data loader', () => {
  it('asks the background once per concept with the typed message', async () => {
    const send = vi.fn(async (_request: BackgroundRequest) => kvCacheCard as unknown);
    const load = createCardLoader(send);
    expect(await load('kv-cache')).toEqual(kvCacheCard);
    expect(await load('kv-cache')).toEqual(kvCacheCard);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'get-concept-card', conceptId: 'kv-cache' });
  });

  it('rejects an answer of the wrong shape or for another concept, and asks again later', async () => {
    const send = vi.fn(async (_request: BackgroundRequest): Promise<unknown> => ({ ...kvCacheCard, id: 'nvidia' }));
    const load = createCardLoader(send);
    expect(await load('kv-cache')).toBeNull();
    send.mockResolvedValueOnce('<script>');
    expect(await load('kv-cache')).toBeNull();
    send.mockResolvedValueOnce(kvCacheCard);
    expect(await load('kv-cache')).toEqual(kvCacheCard);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('survives a failed message (background restarting) and retries', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const send = vi.fn(async (_request: BackgroundRequest): Promise<unknown> => kvCacheCard);
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    const load = createCardLoader(send);
    expect(await load('kv-cache')).toBeNull();
    expect(await load('kv-cache')).toEqual(kvCacheCard);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
