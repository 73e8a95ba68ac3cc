import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, dated, lowVoltageScheme, qs, record, residentialApplication } from './support/reads.js';

const ORG_UNIT = 'hz-ryw-station'; // this file's own org unit, so the dashboards count only its project
const CUSTOMER = 'cust-ryw-0001';
const PROJECT = 'prj-ryw-0001';
const AS_OF = '2025-10-13T12:00:00+08:00';

/** Every query route, as a function of the position to wait for, with what its answer must show after each write. */
const ROUTES = {
  view: (p: number) => `/api/projects/${PROJECT}${qs({ minPosition: p })}`,
  list: (p: number) => `/api/projects${qs({ customerId: CUSTOMER, minPosition: p })}`,
  dossier: (p: number) => `/api/customers/${CUSTOMER}/dossier${qs({ minPosition: p })}`,
  audit: (p: number) => `/api/audit${qs({ projectId: PROJECT, minPosition: p })}`,
  sla: (p: number) => `/api/dashboards/sla${qs({ asOf: AS_OF, orgUnit: ORG_UNIT, minPosition: p })}`,
  alerts: (p: number) => `/api/dashboards/sla/alerts${qs({ asOf: AS_OF, orgUnit: ORG_UNIT, minPosition: p })}`,
};

/**
 * API.md read-your-writes: a command's answer carries its global `position`; any query given `?minPosition=` that
 * position answers only once every read model has applied it. Each write below is read back at once on every query
 * route; a position far ahead gets 503 with Retry-After after the 5 s wait (done once); malformed values get 400.
 */
describe('read-your-writes: ?minPosition= on every query route', () => {
  let api: ApiHarness;
  let journey: Journey;
  let reads: Reads;

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    reads = new Reads(api);
  });
  afterAll(() => api.close());

  /** Reads every route with the answer's position, all at once; each must answer 200 well within the 5 s wait. */
  const readAll = async (answer: Response) => {
    const position = answer.body.position as number;
    const started = Date.now();
    const entries = await Promise.all(Object.entries(ROUTES).map(async ([name, path]) => [name, await reads.ok(path(position), 'admin')] as const));
    expect(Date.now() - started).toBeLessThan(2500);
    return Object.fromEntries(entries) as Record<keyof typeof ROUTES, any>;
  };

  it('shows each write on every route the moment its answer is used as minPosition', async () => {
    // Residential, applied Mon Sep 29 2025 10:00: the scheme reply was due Oct 4 (5 calendar days), overdue by Oct 13.
    const applied = await record(journey, 'acceptApplication', PROJECT, residentialApplication({ projectId: PROJECT, customerId: CUSTOMER, orgUnit: ORG_UNIT, occurredAt: '2025-09-29T10:00:00+08:00' }));
    let seen = await readAll(applied);
    expect(seen.view).toMatchObject({ version: 1, position: applied.body.position, step: 'applicationAccepted' });
    expect(seen.list.items.map((i: any) => i.projectId)).toEqual([PROJECT]);
    expect(seen.dossier.projects.map((p: any) => p.projectId)).toEqual([PROJECT]);
    expect(seen.audit.items.map((r: any) => r.position)).toEqual([applied.body.position]);
    expect(seen.sla.clocks.schemeReply).toMatchObject({ open: 1, overdue: 1 });
    expect(seen.alerts.items).toEqual([expect.objectContaining({ projectId: PROJECT, clock: 'schemeReply', status: 'overdue' })]);

    const surveyed = await record(journey, 'recordSiteSurvey', PROJECT, dated('recordSiteSurvey', '2025-09-30T10:00:00+08:00'));
    seen = await readAll(surveyed);
    expect(seen.view).toMatchObject({ version: 2, step: 'siteSurveyed' });
    expect(seen.dossier.projects[0].siteSurveys).toHaveLength(1);
    expect(seen.audit.items[0]).toMatchObject({ position: surveyed.body.position, type: 'SiteSurveyed' });

    // Replied Oct 10, after the Oct 4 deadline: met late, and no longer an alert.
    const replied = await record(journey, 'replySupplyScheme', PROJECT, lowVoltageScheme(8, '220V', '2025-10-10T10:00:00+08:00'));
    seen = await readAll(replied);
    expect(seen.view).toMatchObject({ version: 3, position: replied.body.position, step: 'schemeReplied' });
    expect(seen.list.items[0]).toMatchObject({ version: 3, step: 'schemeReplied' });
    expect(seen.dossier.projects[0].scheme.replied).toMatchObject({ supplyVoltage: '220V' });
    expect(seen.audit.items.map((r: any) => r.type)).toEqual(['SupplySchemeReplied', 'SiteSurveyed', 'ApplicationAccepted']);
    expect(seen.sla.clocks.schemeReply).toMatchObject({ open: 0, overdue: 0, metLate: 1 });
    expect(seen.alerts.items).toEqual([]);

    const cancelled = await journey.step('cancelProject', PROJECT);
    seen = await readAll(cancelled);
    expect(seen.view).toMatchObject({ version: 4, status: 'cancelled' });
    expect(seen.dossier.projects[0].status).toBe('cancelled');
    expect(seen.audit.items[0]).toMatchObject({ position: cancelled.body.position, type: 'ProjectCancelled' });
  });

  it('answers 503 problem+json with Retry-After for a position far ahead, after waiting about 5 s', async () => {
    const started = Date.now();
    const res = await reads.get(`/api/projects${qs({ minPosition: 999_999_999 })}`, 'viewer');
    const waited = Date.now() - started;
    expectProblem(res, 503, 'READ_MODEL_BEHIND');
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(waited).toBeGreaterThanOrEqual(4500);
    expect(waited).toBeLessThan(8000);
  }, 15_000);

  it('answers at once for a position already reached, and for 0', async () => {
    const started = Date.now();
    await reads.ok(ROUTES.view(1), 'viewer');
    await reads.ok(ROUTES.view(0), 'viewer');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // Each is refused before any wait: a value the wait cannot read must not be answered as if it had been waited for.
  it.each(['abc', '-1', '1.5', '1e3', '0x10', ' 7', '', '99999999999999999999', '1&minPosition=2'])(
    '400 VALIDATION_FAILED naming minPosition for %j on every route',
    async (value) => {
      for (const [name, path] of Object.entries(ROUTES)) {
        const url = path(0).replace('minPosition=0', value.includes('&') ? `minPosition=${value}` : `minPosition=${encodeURIComponent(value)}`);
        const res = await reads.get(url, 'admin');
        expect([name, res.status, res.body.errors]).toEqual([name, 400, [expect.objectContaining({ field: 'minPosition' })]]);
      }
    },
  );
});
