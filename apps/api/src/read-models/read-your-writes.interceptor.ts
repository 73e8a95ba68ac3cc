import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  ServiceUnavailableException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import { ReadModelPositions } from '#connection-projects';
import { parsePosition } from './read-query.dto.js';
import { READS_ACCOUNTS } from './reads-accounts.decorator.js';

export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/**
 * `?minPosition=N` on any query: answer only once the read models have applied position N (a command's answer carries
 * it), else 503 with Retry-After. A malformed value is left to the query DTO, which refuses it with 400. A query marked
 * `@ReadsAccounts()` waits for the supply-accounts process manager too. Every controller with GET routes declares it
 * (`@UseInterceptors`); it is not global, because on the command routes it would be one more layer of Observables per
 * command for nothing.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly positions: ReadModelPositions,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const position = parsePosition((request.query as Record<string, unknown> | undefined)?.minPosition);
    if (request.method !== 'GET' || position === null) return next.handle();
    const accounts = this.reflector.getAllAndOverride<boolean | undefined>(READS_ACCOUNTS, [context.getHandler(), context.getClass()]);
    const waiting = accounts
      ? this.positions.waitForAccounts(position, READ_YOUR_WRITES_TIMEOUT_MS)
      : this.positions.waitFor(position, READ_YOUR_WRITES_TIMEOUT_MS);
    return from(waiting).pipe(
      switchMap((reached) => {
        if (!reached) {
          throw new ServiceUnavailableException({
            code: 'READ_MODEL_BEHIND',
            message: `The read models have not reached position ${position} within ${READ_YOUR_WRITES_TIMEOUT_MS / 1000} s; retry shortly`,
          });
        }
        return next.handle();
      }),
    );
  }
}
