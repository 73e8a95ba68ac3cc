import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { pino, type Logger } from 'pino';
import type { AppConfig } from './app-config.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/** The request's correlation id: the caller's `X-Correlation-Id` when well-formed, else a new one. */
export const correlationIdOf = (request: IncomingMessage): string => {
  const header = request.headers['x-correlation-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && CORRELATION_ID.test(given) ? given : randomUUID();
};

const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 250;

/** One buffered standard output per process, however many apps it builds (tests build several). */
let output: ReturnType<typeof pino.destination> | undefined;
function standardOutput(): ReturnType<typeof pino.destination> {
  if (output) return output;
  const destination = pino.destination({ sync: true, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS });
  // pino flushes at exit only the asynchronous destinations it opens itself: the last lines of a stopping process
  // (its "checkpoints saved") would stay in the buffer.
  process.once('exit', () => destination.flushSync());
  return (output = destination);
}

/**
 * Structured JSON logs (pino), never the bearer token. Tests run silent; operators choose the level with LOG_LEVEL.
 * Lines are buffered and written by 4 KB, or every quarter of a second when fewer come (one write per request was
 * ≈ 7 % of the API's CPU under load); what is pending is written when the process exits (a kill -9 loses it). Each
 * write of 4 KB is synchronous, as pino's writes are by default: measured on the main thread, 2.9 µs per line, against
 * 5.1–5.5 µs with asynchronous writes (each wakes a thread of libuv's pool) and 6.3–6.8 µs with a write per line.
 * Requests are logged by `requestLogger`, not by pino-http's middleware, whose two child loggers per request cost
 * more than the line itself: `forRoutes: []` mounts no middleware.
 */
export const loggingModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: process.env.NODE_ENV === 'test' ? 'silent' : config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      wrapSerializers: false,
      stream: standardOutput(),
    },
    forRoutes: [],
  });

interface LoggedRequest {
  id: string;
  method: string;
  url: string;
}

interface LoggedReply {
  statusCode: number;
  /** Milliseconds since the request arrived (Fastify's `reply.elapsedTime`). */
  elapsedTime: number;
}

/**
 * One JSON line per answered request, with its correlation id (the request id Fastify gave it), in pino-http's shape:
 * `req` {id, method, url}, `correlationId`, `res` {statusCode}, `responseTime` in ms; "request errored" at level error
 * for a 5xx. Meant for Fastify's `onResponse` hook, once the logging module has built the root logger.
 */
export function requestLogger(root: Logger = PinoLogger.root): (request: LoggedRequest, reply: LoggedReply) => void {
  // The line holds no headers: the root's redaction of the bearer token would only cost a copy of `req` per line.
  const logger = root.child({}, { redact: [] });
  return ({ id, method, url }, { statusCode, elapsedTime }) => {
    const failed = statusCode >= 500;
    // Asked per line: at LOG_LEVEL=warn or error, a failed request is still logged, the others are not built at all.
    if (!logger.isLevelEnabled(failed ? 'error' : 'info')) return;
    const line = { req: { id, method, url }, correlationId: id, res: { statusCode }, responseTime: Math.round(elapsedTime) };
    if (failed) logger.error({ ...line, err: new Error(`failed with status code ${statusCode}`) }, 'request errored');
    else logger.info(line, 'request completed');
  };
}
