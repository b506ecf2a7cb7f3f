import { describe, expect, it, vi } from 'vitest';
import { RetryingLoad } from './retrying-load.js';

describe('RetryingLoad', () => {
  it('loads once and keeps the value; after a failed load the next get tries again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('blip'))
      .mockResolvedValue('module');
    const once = new RetryingLoad(load);
    expect(once.started).toBeNull();
    await expect(once.get()).rejects.toThrow('blip');
    expect(once.started).toBeNull();
    const [a, b] = await Promise.all([once.get(), once.get()]);
    expect([a, b]).toEqual(['module', 'module']);
    expect(await once.started).toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
