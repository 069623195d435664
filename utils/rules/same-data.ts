/**
 * Whether two records of plain data say the same: compared as JSON with every object's keys
 * in order, so the order keys were written in does not matter and a field set to `undefined`
 * counts as absent. For records read from IndexedDB, a message or a backup file.
 */
export function sameData(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort()) : inner,
  );
