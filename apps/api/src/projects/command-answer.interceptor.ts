import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { CommandAnswer } from '#connection-projects';

/** Every command answer carries `ETag: "<version>"` (API.md Concurrency); a replayed answer says so in a header. */
@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor<CommandAnswer, Omit<CommandAnswer, 'replayed'>> {
  intercept(context: ExecutionContext, next: CallHandler<CommandAnswer>): Observable<Omit<CommandAnswer, 'replayed'>> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map(({ replayed, ...answer }) => {
        void reply.header('ETag', `"${answer.version}"`);
        if (replayed) void reply.header('Idempotent-Replayed', 'true');
        return answer;
      }),
    );
  }
}
