import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import { ReadModelPositions } from '#connection-projects';
import { parsePosition } from './read-query.dto.js';

export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/**
 * `?minPosition=N` on any query: answer only once the read models have applied position N (a command's answer carries
 * it), else 503 with Retry-After. A malformed value is left to the query DTO, which refuses it with 400.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly positions: ReadModelPositions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const position = parsePosition((request.query as Record<string, unknown> | undefined)?.minPosition);
    if (request.method !== 'GET' || position === null) return next.handle();
    return from(this.positions.waitFor(position, READ_YOUR_WRITES_TIMEOUT_MS)).pipe(
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
