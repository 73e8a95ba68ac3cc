import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import { parsePolicySchedule } from '#connection-projects/domain';
import { correlationIdOf, Metrics, requestLogger, type AppConfig } from '#platform';
import { AppModule } from './app.module.js';
import { cacheValidationMetadata, JsonValidationPipe } from './common/validation/index.js';
import { serveDashboard } from './dashboard-site/serve-dashboard.js';
import { setupOpenApi } from './openapi.js';
import { PROBLEM_CONTENT_TYPE } from './problem/problem.js';
import { toProblem } from './problem/to-problem.js';
import { ValidationFailedException } from './problem/validation-failed.exception.js';
import { answerCommands } from './projects/command-answer.hook.js';
import { ControlCharactersPipe } from './projects/control-characters.pipe.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Far deeper than any command body (3 levels): only a hostile body nests more, and deep recursion would crash later stages. */
export const MAX_JSON_DEPTH = 32;

/** Builds the HTTP application; `main.ts` listens on PORT, tests listen on port 0. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  // SPEC §6: an unknown version or a malformed POLICY_SCHEDULE stops the start, before any store is opened.
  parsePolicySchedule(config.policySchedule);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Keys like __proto__ and constructor.prototype in a body are refused while parsing (400), never merged.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Fastify's default (100) is below the 200 characters a project id may have; longer ids reach the id check (400).
    routerOptions: { maxParamLength: 1000 },
    // The router refuses a malformed URL or a still longer parameter before Nest sees the request: same problem+json.
    frameworkErrors: (error: Error, _request: FastifyRequest, reply: FastifyReply) => {
      const body = toProblem(error);
      void reply.status(body.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(body);
    },
    // The request id in every log line is the caller's X-Correlation-Id when it sent a well-formed one.
    genReqId: correlationIdOf,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    // Start-up logs wait for the JSON logger (nestjs-pino) instead of going to the console.
    bufferLogs: true,
    // A failure while starting is thrown to the caller (main.ts says it in one line) instead of Nest exiting by itself.
    abortOnError: false,
    // JSON only (API.md): Nest's default parsers would also accept form-encoded and plain-text bodies.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  logEveryRequest(app);
  answerCommands(app.getHttpAdapter().getInstance(), app.get(Metrics));
  acceptJsonBodiesOnly(app);
  app.setGlobalPrefix('api', { exclude: ['docs', 'docs/openapi.json', 'metrics'] });
  cacheValidationMetadata();
  app.useGlobalPipes(
    new JsonValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
    }),
    new ControlCharactersPipe(),
  );
  setupOpenApi(app);
  await serveDashboard(app);
  // Ended by process.exit() once closed, as the projector is: the 'exit' event writes out the buffered log lines, which a
  // re-raised signal would drop (the last of them say which checkpoints were saved).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  return app;
}

/** One log line per answered request, every route and every refusal included (404, 413, malformed URLs). */
function logEveryRequest(app: NestFastifyApplication): void {
  const log = requestLogger();
  app.getHttpAdapter().getInstance().addHook('onResponse', (request, reply, done) => {
    log(request, reply);
    done();
  });
}

/**
 * Bodies are JSON or nothing: any other content type is 415 while reading the body. The JSON parser is Fastify's own
 * (with the poisoning checks above), plus a depth limit checked without recursion, so that a deeply nested body is a 400
 * here rather than a stack overflow (500) in validation or fingerprinting.
 */
function acceptJsonBodiesOnly(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES }, (request, body, done) =>
    parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error, undefined);
      if (depthExceeds(value, MAX_JSON_DEPTH)) {
        const tooDeep = Object.assign(new Error(`The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`), { statusCode: 400 });
        return done(tooDeep, undefined);
      }
      done(null, value);
    }),
  );
}

function depthExceeds(value: unknown, limit: number): boolean {
  // Two stacks side by side rather than a pair per value: this runs on every body.
  const pending: unknown[] = [value];
  const depths: number[] = [0];
  while (pending.length > 0) {
    const current = pending.pop();
    const depth = depths.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const key of Object.keys(current)) {
      pending.push((current as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return false;
}
