import { HttpException } from '@nestjs/common';
import {
  AppendTooLargeError,
  ConcurrencyError,
  IdempotencyKeyReusedError,
  OutcomeUnknownError,
  StoreUnavailableError,
  StreamDeletedError,
} from '#event-sourcing';
import { InvalidReadQueryError } from '#read-store';
import { PreconditionFailedError } from '#connection-projects';
import { DomainError } from '#connection-projects/domain';
import { STATUS_BY_CODE, STATUS_BY_KIND } from './answers.js';
import { CODE_BY_STATUS, problem, type Problem } from './problem.js';

/** Maps every error the app can raise to its problem; anything unknown is a 500 that says nothing internal. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    return problem(STATUS_BY_KIND[error.kind], error.code, error.message, {
      ...(error.missing ? { missing: error.missing } : {}),
      ...(error.errors ? { errors: error.errors } : {}),
    });
  }
  if (error instanceof PreconditionFailedError) return problem(STATUS_BY_CODE[error.code], error.code, error.message);
  if (error instanceof ConcurrencyError) {
    return problem(STATUS_BY_CODE[error.code], error.code, 'Another command changed this project first; nothing was written. Reload and retry.');
  }
  if (error instanceof IdempotencyKeyReusedError) return problem(STATUS_BY_CODE[error.code], error.code, error.message);
  if (error instanceof StoreUnavailableError) return problem(STATUS_BY_CODE.STORE_UNAVAILABLE, 'STORE_UNAVAILABLE', error.message);
  // API.md: STORE_UNAVAILABLE promises that nothing was written; once an append was sent, only this can be said.
  if (error instanceof OutcomeUnknownError) return problem(STATUS_BY_CODE[error.code], error.code, error.message);
  if (error instanceof AppendTooLargeError) return problem(STATUS_BY_CODE[error.code], error.code, error.message);
  if (error instanceof StreamDeletedError) return problem(STATUS_BY_CODE[error.code], error.code, error.message);
  if (error instanceof InvalidReadQueryError) {
    // Only a client-supplied cursor can be malformed by the time a query reaches the store.
    return problem(400, 'VALIDATION_FAILED', error.message, { errors: [{ field: 'cursor', message: error.message }] });
  }
  if (error instanceof HttpException) return fromHttpException(error);
  const fastify = fromFastifyError(error);
  if (fastify) return fastify;
  return problem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged.');
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const body = error.getResponse();
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof fields.code === 'string' ? fields.code : (CODE_BY_STATUS[status] ?? 'ERROR');
  const errors = Array.isArray(fields.errors) ? (fields.errors as Problem['errors']) : undefined;
  const detail = errors?.length
    ? errors.map((e) => `${e.field}: ${e.message}`).join('; ')
    : typeof fields.message === 'string'
      ? fields.message
      : error.message;
  return problem(status, code, detail, errors ? { errors } : {});
}

/** Errors Fastify raises while reading the body (before any guard): malformed JSON, poisoned keys, oversize. */
function fromFastifyError(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  const { statusCode, code, message } = error as { statusCode?: number; code?: string; message?: string };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return null;
  const detail = code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'The request body is larger than 1 MiB' : (message ?? 'Bad request');
  return problem(statusCode, CODE_BY_STATUS[statusCode] ?? 'BAD_REQUEST', detail);
}
