import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The contract of API.md, generated from the DTOs: UI at /docs, JSON at /docs/openapi.json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('客户受电工程 / 业扩报装 — Customer connection projects API')
    .setDescription('Event-sourced customer connection projects: commands, history, dossiers, SLA dashboards.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
