import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same data gives the same text whatever order it was built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short fingerprint of a whole data state, to compare what was acknowledged with what a restart loads. */
export function fingerprint(data: unknown): string {
  return createHash('sha256').update(canonical(data)).digest('hex').slice(0, 20);
}

/** Ids that occur more than once in any collection of the data. */
export function duplicateIds(data: Record<string, unknown>): string[] {
  const duplicates: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    const seen = new Set<unknown>();
    for (const record of value as Array<{ id?: unknown }>) {
      if (record?.id === undefined) continue;
      if (seen.has(record.id)) duplicates.push(`${key}:${JSON.stringify(record.id)}`);
      seen.add(record.id);
    }
  }
  return duplicates;
}
