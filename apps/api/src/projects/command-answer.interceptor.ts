import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Observable } from 'rxjs';
import type { CommandAnswer } from '#connection-projects';
import { Metrics } from '#platform';
import { toProblem } from '../problem/to-problem.js';

/**
 * Around every command: the answer carries `ETag: "<version>"` (API.md Concurrency) and a replayed answer says so in
 * a header; the command is counted and timed by its type (the controller method) and outcome (accepted, replayed or
 * the error code). One interceptor, one subscriber, for both: each interceptor Nest runs costs a layer of Observables
 * per request.
 */
@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor<CommandAnswer, Omit<CommandAnswer, 'replayed'>> {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler<CommandAnswer>): Observable<Omit<CommandAnswer, 'replayed'>> {
    const type = context.getHandler().name;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const stop = this.metrics.commandDuration.startTimer({ type });
    const done = (outcome: string) => {
      stop({ outcome });
      this.metrics.commands.inc({ type, outcome });
    };
    return new Observable((subscriber) =>
      next.handle().subscribe({
        next: ({ replayed, ...answer }) => {
          void reply.header('ETag', `"${answer.version}"`);
          if (replayed) void reply.header('Idempotent-Replayed', 'true');
          done(replayed ? 'replayed' : 'accepted');
          subscriber.next(answer);
        },
        error: (error: unknown) => {
          done(toProblem(error).code);
          subscriber.error(error);
        },
        complete: () => subscriber.complete(),
      }),
    );
  }
}
