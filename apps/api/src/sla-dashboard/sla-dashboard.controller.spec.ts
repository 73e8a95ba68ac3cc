import { ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { CLOCK, GetSlaAlertsHandler, GetSlaDashboardHandler, ReadModelPositions, SlaClockIndex } from '#connection-projects';
import {
  MONDAY_NOON,
  projectNationalDay,
  XIHU,
} from '#connection-projects/testing';
import { mintToken } from '#platform';
import { DOCUMENT_READER } from '#read-store';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { VALIDATOR_OPTIONS } from '../common/validation/index.js';
import { ProblemDetailsFilter } from '../problem/problem-details.filter.js';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';
import { SlaDashboardController } from './sla-dashboard.controller.js';

/**
 * The two dashboard routes over HTTP, on the National Day fixture, with the app's guard, validation and problem filter
 * (the full server's wiring is the lead's: this proves roles, query checks and the answer's shape).
 */
const SECRET = 'dashboard-spec-secret-0123456789';
let app: NestFastifyApplication;
let close: () => Promise<void>;

beforeAll(async () => {
  const fixture = await projectNationalDay();
  close = fixture.close;
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot(), JwtModule.register({ secret: SECRET, verifyOptions: { algorithms: ['HS256'] } })],
    controllers: [SlaDashboardController],
    providers: [
      GetSlaDashboardHandler,
      GetSlaAlertsHandler,
      SlaClockIndex,
      { provide: DOCUMENT_READER, useValue: fixture.readStore },
      { provide: CLOCK, useValue: { now: () => new Date(MONDAY_NOON) } },
      // The controller's read-your-writes interceptor: the fixture's read models are complete.
      { provide: ReadModelPositions, useValue: { waitFor: async () => true, waitForAccounts: async () => true } },
      { provide: APP_GUARD, useClass: JwtAuthGuard },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    ],
  }).compile();
  app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      ...VALIDATOR_OPTIONS,
      transform: true,
      stopAtFirstError: true,
      exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
    }),
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});
afterAll(async () => {
  await app?.close();
  await close?.();
});

const token = (role: string) =>
  mintToken(
    SECRET,
    { sub: `${role}-1`, name: role, roles: [role], orgUnit: XIHU, orgLevel: 'branch', ...(role === 'customer' ? { customerId: 'c-sla-p1' } : {}) },
    '1h',
  );
const get = (path: string, role = 'viewer') => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token(role)}`);

describe('GET /api/dashboards/sla', () => {
  it.each(['viewer', 'auditor', 'admin'])('given a %s then 200 with the figures as of now (the server clock)', async (role) => {
    const res = await get('/api/dashboards/sla', role).expect(200);
    expect(res.body).toMatchObject({
      asOf: '2025-10-13T04:00:00.000Z',
      clocks: { schemeReply: { open: 1, overdue: 1, metOnTime: 4, onTimeRate: 0.8 } },
      avgConnectionWorkingDays: 7,
    });
    expect(Object.keys(res.body.clocks)).toEqual(['schemeReply', 'designReview', 'energization', 'postConnectionCheck']);
  });

  it.each(['clerk', 'customer', 'inspector'])('given a %s then 403', async (role) => {
    await get('/api/dashboards/sla', role).expect(403);
  });

  it('given no token then 401', async () => {
    await request(app.getHttpServer()).get('/api/dashboards/sla').expect(401);
  });

  it('given calendar days for from/to then they cover whole Shanghai days: Sep 25–30 keeps the clocks started that week', async () => {
    const res = await get(`/api/dashboards/sla?asOf=${encodeURIComponent(MONDAY_NOON)}&from=2025-09-25&to=2025-09-30`).expect(200);
    const timed = await get(
      `/api/dashboards/sla?asOf=${encodeURIComponent(MONDAY_NOON)}&from=${encodeURIComponent('2025-09-25T00:00:00+08:00')}&to=${encodeURIComponent('2025-09-30T23:59:59.999+08:00')}`,
    ).expect(200);
    expect(res.body).toEqual(timed.body);
    expect(res.body.clocks.designReview).toMatchObject({ metLate: 1, open: 0 }); // p4 round 1 only
  });

  it('given orgUnit and customerClass then the filters reach the query', async () => {
    const res = await get(`/api/dashboards/sla?orgUnit=${XIHU}&customerClass=highVoltageSingle`).expect(200);
    expect(res.body.byOrgUnit).toHaveLength(1);
    expect(res.body.clocks.energization).toMatchObject({ open: 1, dueSoon: 1 }); // p5 only
  });

  it.each([
    ['asOf=2025-10-13T12:00:00', 'asOf'], // no offset
    ['asOf=2025-10-13', 'asOf'],
    ['from=2025-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['customerClass=industrial', 'customerClass'],
    ['orgUnit=', 'orgUnit'],
    ['from=2025-10-02&to=2025-10-01', 'to'], // an empty period is a typing error
    ['period=2025-10', 'period'], // unknown parameters are 400 (API.md)
  ])('given ?%s then 400 VALIDATION_FAILED naming %s', async (query, field) => {
    const res = await get(`/api/dashboards/sla?${query}`).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field })] });
  });

  it('given minPosition then it is accepted as a parameter (read-your-writes is waited on by the app\'s interceptor)', async () => {
    await get('/api/dashboards/sla?minPosition=0').expect(200);
  });
});

describe('GET /api/dashboards/sla/alerts', () => {
  it('given a viewer then the alert list, earliest deadline first', async () => {
    const res = await get('/api/dashboards/sla/alerts').expect(200);
    expect(res.body.items.map((a: { projectId: string; status: string }) => [a.projectId, a.status])).toEqual([
      ['sla-p1', 'overdue'],
      ['sla-p5', 'dueSoon'],
    ]);
    expect(res.body.items[0]).toMatchObject({ customerId: 'c-sla-p1', clock: 'schemeReply', deadline: '2025-10-05T23:59:59.999+08:00', orgUnit: XIHU });
  });

  it('given status=dueSoon then only due-soon clocks; given another status then 400', async () => {
    const res = await get('/api/dashboards/sla/alerts?status=dueSoon', 'auditor').expect(200);
    expect(res.body.items).toHaveLength(1);
    await get('/api/dashboards/sla/alerts?status=running').expect(400);
  });

  it('given from/to (a dashboard-only filter) then 400', async () => {
    await get('/api/dashboards/sla/alerts?from=2025-10-01').expect(400);
  });

  it('given a clerk then 403', async () => {
    await get('/api/dashboards/sla/alerts', 'clerk').expect(403);
  });
});
