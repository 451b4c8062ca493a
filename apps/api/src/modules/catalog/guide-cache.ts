// Published versions never change, so the public guide is served from memory until the next publish.
// Other instances learn of a publish within config.guideCacheTtlMs (GUIDE_CACHE_TTL_MS, docs/DEPLOYMENT.md).
const entries = new Map<string, { at: number; value: unknown }>();

export function cachedGuide<T>(implementationId: string, now: number, ttlMs: number): T | undefined {
  const hit = entries.get(implementationId);
  if (!hit || now - hit.at > ttlMs) return undefined;
  return hit.value as T;
}
export function rememberGuide(implementationId: string, value: unknown, now: number): void {
  if (entries.size > 50_000) entries.clear();
  entries.set(implementationId, { at: now, value });
}
export function invalidateGuide(implementationId?: string): void {
  if (implementationId) entries.delete(implementationId);
  else entries.clear();
}
