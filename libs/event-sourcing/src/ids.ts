import { hash } from 'node:crypto';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Namespace of the event ids derived from command ids (a fixed random UUID: changing it changes every id). */
export const EVENT_ID_NAMESPACE = '3f0c6a52-8d1e-4b7a-9c2f-5e41d7a9b806';

/**
 * Name-based UUID (RFC 9562 version 5, SHA-1). A UUID namespace is used by its 16 bytes, exactly as the RFC says;
 * any other string is used by its UTF-8 bytes, which is still deterministic. Every command and event id is one: the
 * namespace's bytes are kept, and the hash is one-shot (`crypto.hash`), about three times cheaper than a Hash object.
 */
export function deterministicUuid(namespace: string, name: string): string {
  const prefix = namespaceBytes(namespace);
  const nameBytes = Buffer.from(name, 'utf8');
  const bytes = hash('sha1', Buffer.concat([prefix, nameBytes], prefix.length + nameBytes.length), 'buffer');
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The namespaces are a few constants: their bytes are computed once each (a stray caller's once per call). */
const KEPT_NAMESPACES = 32;
const namespaces = new Map<string, Buffer>();

function namespaceBytes(namespace: string): Buffer {
  const kept = namespaces.get(namespace);
  if (kept) return kept;
  const bytes = UUID_PATTERN.test(namespace) ? Buffer.from(namespace.replaceAll('-', ''), 'hex') : Buffer.from(namespace, 'utf8');
  if (namespaces.size < KEPT_NAMESPACES) namespaces.set(namespace, bytes);
  return bytes;
}

/**
 * The id of the index-th event produced by a command. A retry of the same command yields the same ids, which is how
 * a store without transactions (EventStoreDB) recognises events it already holds.
 */
export function eventIdFor(commandId: string, index: number): string {
  return deterministicUuid(EVENT_ID_NAMESPACE, `${commandId}/${index}`);
}
