import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { catchError, tap, throwError, type Observable } from 'rxjs';
import type { CommandAnswer } from '#connection-projects';
import { Metrics } from '#platform';
import { toProblem } from '../problem/to-problem.js';

/** Counts and times every command by its type (the controller method) and outcome (accepted, replayed or error code). */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler<CommandAnswer>): Observable<CommandAnswer> {
    const type = context.getHandler().name;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // Inside this interceptor, CommandAnswerInterceptor strips `replayed` from the answer and says so in a header
    // instead: either tells a replay from a new acceptance, whatever the order the two are declared in.
    const replayed = (answer: CommandAnswer) => answer.replayed === true || reply.getHeader('Idempotent-Replayed') === 'true';
    const stop = this.metrics.commandDuration.startTimer({ type });
    const done = (outcome: string) => {
      stop({ outcome });
      this.metrics.commands.inc({ type, outcome });
    };
    return next.handle().pipe(
      tap((answer) => done(replayed(answer) ? 'replayed' : 'accepted')),
      catchError((error: unknown) => {
        done(toProblem(error).code);
        return throwError(() => error);
      }),
    );
  }
}
