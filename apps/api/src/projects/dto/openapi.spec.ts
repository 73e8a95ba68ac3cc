import { Body, Controller, Post } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ApiBody, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { getMetadataStorage } from 'class-validator';
import { CapacityDto } from './capacity.dto.js';
import { COMMAND_DTOS } from './command-dtos.js';
import { ContractorDto } from './contractor.dto.js';
import { CustomerDto } from './customer.dto.js';
import { DesignerDto } from './designer.dto.js';
import { SignatoriesDto } from './signatories.dto.js';
import { SupplierDto } from './supplier.dto.js';
import { OPENAPI_EXAMPLES, type CommandName } from './examples.js';

type SchemaObject = { properties?: Record<string, { description?: string; $ref?: string; items?: unknown }>; required?: string[] };

/** One route per DTO, only so that the swagger scanner sees every DTO the way the lead's controllers expose them. */
const controllerFor = (names: CommandName[]) => {
  @Controller('dto-docs')
  class DocsController {}
  for (const name of names) {
    const handler = function (this: unknown, _body: unknown) {};
    Object.defineProperty(DocsController.prototype, name, { value: handler, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(DocsController.prototype, name)!;
    Body()(DocsController.prototype, name, 0);
    ApiBody({ type: COMMAND_DTOS[name], examples: OPENAPI_EXAMPLES[name] })(DocsController.prototype, name, descriptor);
    Post(name)(DocsController.prototype, name, descriptor);
  }
  return DocsController;
};

const names = Object.keys(COMMAND_DTOS) as CommandName[];
let document: OpenAPIObject;

beforeAll(async () => {
  const moduleRef = await Test.createTestingModule({ controllers: [controllerFor(names)] }).compile();
  const app = moduleRef.createNestApplication(new FastifyAdapter());
  await app.init();
  document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  await app.close();
});

const schemaOf = (name: string) => document.components?.schemas?.[name] as SchemaObject;
const validatedProperties = (target: Function) =>
  new Set(getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).map((m) => m.propertyName));

describe('OpenAPI generated from the DTOs', () => {
  it.each(names)('%s: documents every validated property, each with a description', (name) => {
    const dto = COMMAND_DTOS[name];
    const schema = schemaOf(dto.name);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...validatedProperties(dto)].sort());
    for (const [property, spec] of Object.entries(schema.properties ?? {})) {
      expect([property, spec.description ?? (spec.$ref ? 'by reference' : undefined)]).toEqual([property, expect.any(String)]);
    }
  });

  const nested = [CustomerDto, CapacityDto, DesignerDto, ContractorDto, SupplierDto, SignatoriesDto].map((dto) => [dto.name, dto] as const);
  it.each(nested)('documents the nested %s and each of its validated properties', (_name, dto) => {
    expect(Object.keys(schemaOf(dto.name).properties ?? {}).sort()).toEqual([...validatedProperties(dto)].sort());
  });

  it('marks only the optional fields as optional', () => {
    const schema = schemaOf('AcceptApplicationDto');
    expect(schema.required).not.toContain('projectId');
    expect(schema.required).not.toContain('occurredAt');
    expect(schema.required).toContain('customer');
    expect(schemaOf('ReviewDesignDto').required).toEqual(['result']);
  });

  it('publishes the request examples on each route', () => {
    const body = document.paths['/dto-docs/acceptApplication'].post?.requestBody as { content: Record<string, { examples?: object }> };
    expect(Object.keys(body.content['application/json'].examples ?? {})).toEqual(['highVoltageDual', 'residential']);
  });
});
