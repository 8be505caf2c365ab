import { describe, expect, it } from 'vitest';
import { cachedPublic, invalidatePublicCache } from './public-cache';

describe('cachedPublic', () => {
  it('reuses a value until it expires or is invalidated', async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedPublic('k', 60_000, load)).toBe(1);
    expect(await cachedPublic('k', 60_000, load)).toBe(1);
    invalidatePublicCache();
    expect(await cachedPublic('k', 60_000, load)).toBe(2);
    // A zero TTL stores nothing reusable.
    expect(await cachedPublic('short', 0, load)).toBe(3);
    expect(await cachedPublic('short', 0, load)).toBe(4);
  });

  it('does not keep a failed load', async () => {
    await expect(cachedPublic('failing', 60_000, () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    expect(await cachedPublic('failing', 60_000, async () => 'ok')).toBe('ok');
  });
});
