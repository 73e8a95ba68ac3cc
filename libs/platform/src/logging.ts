import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './app-config.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/** The request's correlation id: the caller's `X-Correlation-Id` when well-formed, else a new one. */
export const correlationIdOf = (request: IncomingMessage): string => {
  const header = request.headers['x-correlation-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && CORRELATION_ID.test(given) ? given : randomUUID();
};

/**
 * Structured JSON logs (pino), one line per request with its correlation id, never the bearer token.
 * Tests run silent; operators choose the level with LOG_LEVEL.
 */
export const loggingModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: process.env.NODE_ENV === 'test' ? 'silent' : config.logLevel,
      // Fastify has already given the request its id (the correlation id): reuse it rather than minting another.
      genReqId: (request) => (request as IncomingMessage & { id?: string }).id ?? correlationIdOf(request),
      customProps: (request) => ({ correlationId: request.id }),
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  });
