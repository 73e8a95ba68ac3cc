import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { ApiHarness } from './support/api-harness.js';
import type { paths } from './support/generated/openapi-types.js';
import { COMMAND_EXAMPLES } from './support/journey.js';
import { clientTypesOf, CLIENT_TYPES, currentOpenApiDocument, OPENAPI_JSON } from './support/openapi-client-types.js';

/**
 * A client no one here wrote: openapi-fetch typed by openapi-typescript from the published document drives a
 * high-voltage dual-source project from application to archive, refusals included. Every body and refusal code below
 * is checked by the compiler against the generated types (no casts), and every answer against the document.
 */
describe('the generated client', () => {
  it('is generated from the current document (`npm run openapi` when this fails)', async () => {
    const document = await currentOpenApiDocument();
    expect(JSON.parse(readFileSync(OPENAPI_JSON, 'utf8'))).toEqual(document);
    expect(readFileSync(CLIENT_TYPES, 'utf8')).toBe(await clientTypesOf(document));
  });

  describe('drives a high-voltage dual-source journey', () => {
    let api: ApiHarness;
    let client: ReturnType<typeof createClient<paths>>;
    const projectId = `prj-client-${Date.now()}`;
    const path = { id: projectId };
    const as = (role: string) => ({ Authorization: `Bearer ${api.token(role)}` });

    beforeAll(async () => {
      api = await ApiHarness.start();
      const baseUrl = new URL((await api.http().get('/api/health')).request.url).origin;
      client = createClient<paths>({ baseUrl });
    });
    afterAll(() => api.close());

    /** The answer as the document must describe it. */
    const documented = (method: string, response: Response, body: unknown) =>
      expect(api.openApi.check(method, new URL(response.url).pathname, { status: response.status, headers: Object.fromEntries(response.headers), body })).toEqual([]);

    it('from application to archive, each refusal a code the types know', async () => {
      const applied = await client.POST('/api/projects', { body: { ...COMMAND_EXAMPLES.acceptApplication, projectId }, headers: as('clerk') });
      documented('POST', applied.response, applied.data);
      expect(applied.data?.version).toBe(1);
      expect(applied.response.headers.get('ETag')).toBe('"1"');

      const again = await client.POST('/api/projects', { body: { ...COMMAND_EXAMPLES.acceptApplication, projectId }, headers: as('clerk') });
      documented('POST', again.response, again.error);
      expect(again.error?.code).toBe('INVALID_TRANSITION');

      const anonymous = await client.POST('/api/projects/{id}/site-survey', { params: { path }, body: COMMAND_EXAMPLES.recordSiteSurvey });
      documented('POST', anonymous.response, anonymous.error);
      expect(anonymous.error?.code).toBe('UNAUTHORIZED');

      const wrongRole = await client.POST('/api/projects/{id}/site-survey', { params: { path }, body: COMMAND_EXAMPLES.recordSiteSurvey, headers: as('clerk') });
      documented('POST', wrongRole.response, wrongRole.error);
      expect(wrongRole.error?.code).toBe('FORBIDDEN');

      const surveyed = await client.POST('/api/projects/{id}/site-survey', { params: { path }, body: COMMAND_EXAMPLES.recordSiteSurvey, headers: as('surveyor') });
      documented('POST', surveyed.response, surveyed.data);
      expect(surveyed.data?.events).toEqual(['SiteSurveyed']);

      const single = await client.POST('/api/projects/{id}/supply-scheme', {
        params: { path },
        body: { ...COMMAND_EXAMPLES.replySupplyScheme, supplyMode: 'single', backupSource: undefined },
        headers: as('schemeApprover'),
      });
      documented('POST', single.response, single.error);
      expect(single.error?.code).toBe('DUAL_SUPPLY_REQUIRED');

      const stale = await client.POST('/api/projects/{id}/supply-scheme', {
        params: { path, header: { 'If-Match': '"1"' } },
        body: COMMAND_EXAMPLES.replySupplyScheme,
        headers: as('schemeApprover'),
      });
      documented('POST', stale.response, stale.error);
      expect(stale.error?.code).toBe('PRECONDITION_FAILED');

      const replied = await client.POST('/api/projects/{id}/supply-scheme', {
        params: { path, header: { 'If-Match': '"2"', 'Idempotency-Key': `${projectId}-scheme` } },
        body: COMMAND_EXAMPLES.replySupplyScheme,
        headers: as('schemeApprover'),
      });
      documented('POST', replied.response, replied.data);
      expect(replied.data?.version).toBe(3);

      const steps = [
        () => client.POST('/api/projects/{id}/design-submissions', { params: { path }, body: COMMAND_EXAMPLES.submitDesign, headers: as('clerk') }),
        () => client.POST('/api/projects/{id}/design-reviews', { params: { path }, body: COMMAND_EXAMPLES.reviewDesign, headers: as('designReviewer') }),
        () => client.POST('/api/projects/{id}/construction-start', { params: { path }, body: COMMAND_EXAMPLES.startConstruction, headers: as('clerk') }),
        () =>
          client.POST('/api/projects/{id}/intermediate-inspections', { params: { path }, body: COMMAND_EXAMPLES.recordIntermediateInspection, headers: as('inspector') }),
        () => client.POST('/api/projects/{id}/completion-reports', { params: { path }, body: COMMAND_EXAMPLES.reportCompletion, headers: as('clerk') }),
        () => client.POST('/api/projects/{id}/acceptances', { params: { path }, body: COMMAND_EXAMPLES.recordAcceptance, headers: as('inspector') }),
      ];
      for (const step of steps) {
        const { data, response } = await step();
        documented('POST', response, data);
        expect(response.status).toBe(201);
      }

      const early = await client.POST('/api/projects/{id}/energization', { params: { path }, body: COMMAND_EXAMPLES.installMeterAndEnergize, headers: as('meterTechnician') });
      documented('POST', early.response, early.error);
      expect(early.error?.code).toBe('CONTRACT_REQUIRED');

      const signed = await client.POST('/api/projects/{id}/supply-contract', { params: { path }, body: COMMAND_EXAMPLES.signSupplyContract, headers: as('clerk') });
      documented('POST', signed.response, signed.data);
      const energized = await client.POST('/api/projects/{id}/energization', { params: { path }, body: COMMAND_EXAMPLES.installMeterAndEnergize, headers: as('meterTechnician') });
      documented('POST', energized.response, energized.data);
      const archived = await client.POST('/api/projects/{id}/archive', { params: { path }, body: COMMAND_EXAMPLES.archiveProject, headers: as('archivist') });
      documented('POST', archived.response, archived.data);
      expect(archived.data).toMatchObject({ projectId, version: 12, events: ['ProjectArchived'] });

      const closed = await client.POST('/api/projects/{id}/cancellation', { params: { path }, body: COMMAND_EXAMPLES.cancelProject, headers: as('clerk') });
      documented('POST', closed.response, closed.error);
      expect(closed.error?.code).toBe('PROJECT_CLOSED');

      const view = await client.GET('/api/projects/{id}', { params: { path, query: { minPosition: archived.data?.position ?? 0 } }, headers: as('viewer'), parseAs: 'json' });
      documented('GET', view.response, view.data);
      expect(view.response.status).toBe(200);

      const nowhere = await client.GET('/api/projects/{id}/integrity', { params: { path: { id: 'prj-nowhere' } }, headers: as('auditor') });
      documented('GET', nowhere.response, nowhere.error);
      expect(nowhere.error?.code).toBe('NOT_FOUND');
    });
  });
});
