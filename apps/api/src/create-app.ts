import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../../libs/platform/src/index.js';
import { AppModule } from './app.module.js';
import { setupOpenApi } from './openapi.js';
import { ValidationFailedException } from './problem/validation-failed.exception.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP application; `main.ts` listens on PORT, tests listen on port 0. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Keys like __proto__ and constructor.prototype in a body are refused while parsing (400), never merged.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: process.env.NODE_ENV === 'test' ? ['error'] : ['log', 'warn', 'error'],
  });
  app.setGlobalPrefix('api', { exclude: ['docs', 'docs/openapi.json'] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
    }),
  );
  setupOpenApi(app);
  app.enableShutdownHooks();
  return app;
}
