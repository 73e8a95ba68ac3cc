import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toProblem } from './to-problem.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

/** The one place errors become HTTP answers: every error is application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toProblem(error);
    if (body.status >= 500 && !(error instanceof HttpException)) this.logger.error(error);
    if (body.status === 503) void reply.header('Retry-After', '1');
    // RFC 9110 §11.6.1: a 401 names the scheme the client should use.
    if (body.status === 401) void reply.header('WWW-Authenticate', 'Bearer');
    void reply.status(body.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
