import type { CommandEnvelope } from '#event-sourcing';
import type { Identity } from './identity.js';

/** Everything about a command that is not its business content: who, which retry, which version it expects. */
export interface CommandMeta {
  identity: Identity;
  /** Idempotency-Key header: scoped to the caller, kept with the answer in the command log. */
  idempotencyKey?: string;
  /** Hash of the request as received, to tell a retry from a different request reusing a key. */
  fingerprint: string;
  /** If-Match header: the stream version the caller last saw. */
  ifMatch?: number;
  correlationId?: string;
  causationId?: string;
}

/** The answer of every accepted command (API.md): the stream version after it and the log position to wait for. */
export interface CommandAnswer {
  projectId: string;
  version: number;
  position: number;
  events: string[];
  /** True when this answer is the stored answer of an earlier request with the same Idempotency-Key. */
  replayed?: boolean;
}

/** What the generic command handler records of a person's request: the actor from the token, the retry key, the ids. */
export const envelopeOf = ({ identity, idempotencyKey, fingerprint, correlationId, causationId }: CommandMeta): CommandEnvelope => ({
  actor: { id: identity.id, name: identity.name, role: identity.actingRole ?? identity.roles[0] ?? 'unknown', orgUnit: identity.orgUnit },
  idempotency: idempotencyKey ? { callerId: identity.id, key: idempotencyKey, fingerprint } : undefined,
  correlationId,
  causationId,
});
