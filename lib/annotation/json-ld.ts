// Walking parsed JSON-LD (objects, arrays and `@graph` alike) for the first record that has what is asked for.

/** The first value `pick` returns for a record of parsed JSON-LD, depth first; nesting past 8 levels is not read. */
export function findInJsonLd<T>(
  jsonLd: unknown,
  pick: (record: Record<string, unknown>) => T | null,
  depth = 0,
): T | null {
  if (depth > 8 || jsonLd === null || typeof jsonLd !== 'object') return null;
  const record = jsonLd as Record<string, unknown>;
  const own = Array.isArray(jsonLd) ? null : pick(record);
  if (own) return own;
  for (const value of Object.values(record)) {
    const found = findInJsonLd(value, pick, depth + 1);
    if (found) return found;
  }
  return null;
}
