import { LeaseLostError, ProjectionRegistryError } from '../read-store.errors.js';
import type { LeaseFence, ProjectionKey } from '../read-store.port.js';
import type { DocumentDelete, DocumentRow } from './sqlite-committer.js';

/*
 * Messages between a SQLite read store and its writer thread. Errors cross as plain data and are rebuilt as the classes
 * the projection runner tests with instanceof (a lost lease, a generation dropped by another process).
 */

export interface ReadWriterThreadData {
  file: string;
}

export type ReadWriterCall =
  | { type: 'commit'; key: ProjectionKey; rows: DocumentRow[]; deletes: DocumentDelete[]; checkpoint: number; fence?: LeaseFence }
  | { type: 'close' };

/** A call as the thread receives it, numbered by WorkerCalls. */
export type ToReadWriter = ReadWriterCall & { id: number };

export type ReadWireError =
  | { kind: 'lease-lost'; lease: string; owner: string }
  | { kind: 'registry'; message: string }
  | { kind: 'other'; message: string; code?: string };

export function toReadWireError(error: unknown): ReadWireError {
  if (error instanceof LeaseLostError) return { kind: 'lease-lost', lease: error.lease, owner: error.owner };
  if (error instanceof ProjectionRegistryError) return { kind: 'registry', message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: 'other', message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) };
}

export function fromReadWireError(error: ReadWireError): Error {
  switch (error.kind) {
    case 'lease-lost':
      return new LeaseLostError(error.lease, error.owner);
    case 'registry':
      return new ProjectionRegistryError(error.message);
    default:
      return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
  }
}
