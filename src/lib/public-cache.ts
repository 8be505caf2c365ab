/**
 * A short-lived in-process cache for public, non-personal read models (home page counts and
 * featured opportunities). Every opportunity write invalidates it (through the search refresh that
 * all such writes call), so a change shows at once on this instance; other instances catch up
 * within the TTL.
 */
const entries = new Map<string, { generation: number; expiresAt: number; value: Promise<unknown> }>();
let generation = 0;

export function invalidatePublicCache(): void {
  generation++;
}

export function cachedPublic<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.generation === generation && entry.expiresAt > now) return entry.value as Promise<T>;
  const value = load();
  entries.set(key, { generation, expiresAt: now + ttlMs, value });
  value.catch(() => entries.delete(key));
  return value;
}
