import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeEveryAnswer } from './problem/openapi-answers.js';

/** The contract of API.md, generated from the DTOs and the declared refusals; `npm run openapi` writes it to a file. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('客户受电工程 / 业扩报装 — Customer connection projects API')
    .setDescription('Event-sourced customer connection projects: commands, history, dossiers, SLA dashboards.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return describeEveryAnswer(SwaggerModule.createDocument(app, config));
}

/** UI at /docs, JSON at /docs/openapi.json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
}
