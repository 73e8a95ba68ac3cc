import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './to-problem.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

/** How much of an oversize body is read and discarded after its 413 before the connection is cut anyway. */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

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
    if (body.status === 413) discardRestOfBody(host.switchToHttp().getRequest<FastifyRequest>(), reply);
    void reply.status(body.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
  }
}

/**
 * A body refused for its size may still be arriving. Closing the connection at once (Fastify's choice) makes the
 * server's TCP stack reset it while the client is still sending, and a client that reads only once it has sent
 * everything then loses the 413 it was sent (API.md): so the rest is read and thrown away and the connection stays
 * open, up to a limit past which it is cut after all.
 */
function discardRestOfBody(request: FastifyRequest, reply: FastifyReply): void {
  const raw = request.raw;
  if (raw.readableEnded) return;
  void reply.removeHeader('connection');
  // Node closes the connection right after the answer when the client asked for it (Connection: close, as a client
  // without a keep-alive agent sends): that close is deferred to the end of the body instead.
  const closeAfterBody = !reply.raw.shouldKeepAlive;
  reply.raw.shouldKeepAlive = true;
  raw.once('end', () => {
    if (closeAfterBody) raw.socket?.end();
  });
  let discarded = 0;
  raw.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) raw.socket?.destroy();
  });
  raw.resume();
}
