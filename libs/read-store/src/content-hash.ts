import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so that key order (which MongoDB may change) never alters a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Hashes documents fed in `_id` order; the stores feed them in the same (binary UTF-8) order. */
export async function hashDocuments(documents: AsyncIterable<unknown>): Promise<string> {
  const hash = createHash('sha256');
  for await (const doc of documents) hash.update(canonicalJson(doc)).update('\n');
  return hash.digest('hex');
}
