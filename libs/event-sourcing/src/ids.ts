import { createHash } from 'node:crypto';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Namespace of the event ids derived from command ids (a fixed random UUID: changing it changes every id). */
export const EVENT_ID_NAMESPACE = '3f0c6a52-8d1e-4b7a-9c2f-5e41d7a9b806';

/**
 * Name-based UUID (RFC 9562 version 5, SHA-1). A UUID namespace is used by its 16 bytes, exactly as the RFC says;
 * any other string is used by its UTF-8 bytes, which is still deterministic.
 */
export function deterministicUuid(namespace: string, name: string): string {
  const namespaceBytes = UUID_PATTERN.test(namespace)
    ? Buffer.from(namespace.replaceAll('-', ''), 'hex')
    : Buffer.from(namespace, 'utf8');
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the index-th event produced by a command. A retry of the same command yields the same ids, which is how
 * a store without transactions (EventStoreDB) recognises events it already holds.
 */
export function eventIdFor(commandId: string, index: number): string {
  return deterministicUuid(EVENT_ID_NAMESPACE, `${commandId}/${index}`);
}
