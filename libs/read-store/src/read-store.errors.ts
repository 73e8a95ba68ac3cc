/** A query or name the store refuses before touching storage (bad field path, foreign cursor, unknown generation). */
export class InvalidReadQueryError extends Error {
  readonly code = 'INVALID_READ_QUERY';
}

/** A registry operation that would break the read side (dropping the live generation, unknown projection). */
export class ProjectionRegistryError extends Error {
  readonly code = 'PROJECTION_REGISTRY';
}

/** A fenced commit by a process that no longer holds the projection's lease: nothing was written. */
export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
  constructor(
    readonly lease: string,
    readonly owner: string,
  ) {
    super(`Lease ${lease} is not held by ${owner}: commit refused`);
  }
}
