import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CommandAnswer } from '#connection-projects';
import { Metrics } from '#platform';

const COMMAND = Symbol('command');

interface CommandUnderWay {
  /** The controller method: the `type` label of the command metrics. */
  type: string;
  stop: (labels: { outcome: string }) => void;
}

type CommandRequest = FastifyRequest & { [COMMAND]?: CommandUnderWay };

/**
 * Marks a command once its caller is authorized (guards run in declaration order, the global JwtAuthGuard first):
 * from here on it is timed and counted by `answerCommands`, whatever it ends in: accepted, replayed, refused by a
 * check of its body or headers, or by the domain.
 */
@Injectable()
export class CommandStarted implements CanActivate {
  constructor(private readonly metrics: Metrics) {}

  canActivate(context: ExecutionContext): boolean {
    const type = context.getHandler().name;
    context.switchToHttp().getRequest<CommandRequest>()[COMMAND] = { type, stop: this.metrics.commandDuration.startTimer({ type }) };
    return true;
  }
}

/**
 * Every command answer carries `ETag: "<version>"` (API.md Concurrency), a replayed one says so in a header instead of
 * its body, and each command is counted and timed by type and outcome (accepted, replayed or the problem's code).
 * Done as the answer is serialised (Fastify's preSerialization hook, which sees the problem bodies too) rather than in
 * a Nest interceptor: an interceptor wraps every command in a chain of Observables, ≈ 5 % of a command's CPU.
 */
export function answerCommands(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('preSerialization', (request: CommandRequest, reply: FastifyReply, payload: unknown, done) => {
    const command = request[COMMAND];
    if (!command) return done(null, payload);
    request[COMMAND] = undefined;
    let outcome: string;
    if (reply.statusCode < 400) {
      const { replayed, ...answer } = payload as CommandAnswer;
      void reply.header('ETag', `"${answer.version}"`);
      if (replayed) void reply.header('Idempotent-Replayed', 'true');
      outcome = replayed ? 'replayed' : 'accepted';
      payload = answer;
    } else {
      // The problem body's code, as ProblemDetailsFilter wrote it with toProblem().
      outcome = (payload as { code: string }).code;
    }
    command.stop({ outcome });
    metrics.commands.inc({ type: command.type, outcome });
    done(null, payload);
  });
}
