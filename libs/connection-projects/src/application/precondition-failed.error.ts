/** If-Match named a version the project is no longer (or not yet) at: HTTP 412. */
export class PreconditionFailedError extends Error {
  readonly code = 'PRECONDITION_FAILED';
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`If-Match expected version ${expected}, but the project is at version ${actual}`);
  }
}
