import { hash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandMeta } from '#connection-projects';
import { canonicalJson } from '#event-sourcing';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard.js';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const IF_MATCH = /^"(\d{1,15})"$/;
const TRACE_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/**
 * Reads what a command needs besides its body from the request: the verified identity, Idempotency-Key, If-Match,
 * correlation headers, and a fingerprint of the request exactly as received (route, path id, raw body) so that a reused
 * key with a different request is recognised.
 */
export const CommandMetadata = createParamDecorator((_: unknown, context: ExecutionContext): CommandMeta => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const errors: { field: string; message: string }[] = [];
  const key = header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    errors.push({ field: 'Idempotency-Key', message: 'must be 1–200 visible ASCII characters' });
  }
  const ifMatch = header('if-match');
  const version = ifMatch === undefined ? undefined : IF_MATCH.exec(ifMatch.trim())?.[1];
  if (ifMatch !== undefined && version === undefined) {
    errors.push({ field: 'If-Match', message: 'must be a quoted stream version, e.g. "3"' });
  }
  const correlationId = header('x-correlation-id');
  const causationId = header('x-causation-id');
  for (const [field, value] of [['X-Correlation-Id', correlationId], ['X-Causation-Id', causationId]] as const) {
    if (value !== undefined && !TRACE_ID.test(value)) errors.push({ field, message: 'must be 1–200 characters [A-Za-z0-9._:-]' });
  }
  // API.md: unknown query parameters, like unknown body fields, are 400; no command takes any.
  for (const name of Object.keys((request.query as Record<string, unknown> | undefined) ?? {})) {
    errors.push({ field: name, message: `property ${name} should not exist` });
  }
  if (errors.length) throw new ValidationFailedException(errors);

  const fingerprint = hash('sha256', canonicalJson({ route: request.routeOptions.url, params: request.params ?? {}, body: request.body ?? null }), 'hex');
  return {
    identity: request.identity!,
    fingerprint,
    ...(key !== undefined ? { idempotencyKey: key } : {}),
    ...(version !== undefined ? { ifMatch: Number(version) } : {}),
    ...(correlationId !== undefined ? { correlationId } : {}),
    ...(causationId !== undefined ? { causationId } : {}),
  };
});
