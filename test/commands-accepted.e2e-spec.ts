import { RESIDENTIAL_APPLICATION_EXAMPLE } from '../apps/api/src/projects/dto/examples.js';
import { ApiHarness } from './support/api-harness.js';
import { Journey, MAIN_LINE, route } from './support/journey.js';

/** API.md "Commands": every route answers 201 `{ projectId, version, position, events }` with `ETag: "<version>"`. */
describe('command routes: accepted commands', () => {
  let api: ApiHarness;
  let journey: Journey;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(() => api.close());

  it('answers every main-line route with 201, the new version as body and ETag, and one event of the route’s type', async () => {
    const projectId = 'prj-accepted-main-line';
    let lastPosition = 0;
    for (const [index, name] of MAIN_LINE.entries()) {
      const res = await journey.step(name, projectId);
      const version = index + 1;
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ projectId, version, position: expect.any(Number), events: [route(name).event] });
      expect(Number.isInteger(res.body.position)).toBe(true);
      expect(res.body.position).toBeGreaterThan(lastPosition);
      expect(res.headers.etag).toBe(`"${version}"`);
      lastPosition = res.body.position;
    }
    const events = await journey.events(projectId);
    expect(events.map((e) => e.type)).toEqual(MAIN_LINE.map((name) => route(name).event));
    expect(events.map((e) => e.version)).toEqual(MAIN_LINE.map((_, i) => i + 1));
  });

  it('accepts a scheme revision after the reply (SupplySchemeRevised, version 4)', async () => {
    const projectId = await journey.driveTo('replySupplyScheme');
    const res = await journey.step('reviseSupplyScheme', projectId);
    expect(res.body).toEqual({ projectId, version: 4, position: expect.any(Number), events: ['SupplySchemeRevised'] });
    expect(res.headers.etag).toBe('"4"');
  });

  it('accepts an intermediate inspection request during construction, one open at a time, answered by the next inspection (SPEC §3.13)', async () => {
    const projectId = await journey.driveTo('startConstruction');
    const res = await journey.step('requestIntermediateInspection', projectId, { role: 'customer', tokenOptions: { customerId: 'cust-hz-0001' } });
    expect(res.body).toEqual({ projectId, version: 7, position: expect.any(Number), events: ['IntermediateInspectionRequested'] });
    expect(res.headers.etag).toBe('"7"');
    expect((await journey.send('requestIntermediateInspection', projectId)).status).toBe(409);
    await journey.step('recordIntermediateInspection', projectId);
    await journey.step('requestIntermediateInspection', projectId, { body: { stage: '变压器安装' } });
    const events = await journey.events(projectId);
    expect(events.filter((e) => e.type === 'IntermediateInspectionRequested').map((e) => e.data)).toEqual([
      { projectId, stage: '隐蔽工程', contact: '赵工 13900001111', round: 1 },
      { projectId, stage: '变压器安装', round: 2 },
    ]);
  });

  it('accepts a wait on the customer and its end, one open at a time (SPEC §3.14)', async () => {
    const projectId = await journey.apply();
    const started = await journey.step('startCustomerWait', projectId);
    expect(started.body).toEqual({ projectId, version: 2, position: expect.any(Number), events: ['CustomerWaitStarted'] });
    expect((await journey.send('startCustomerWait', projectId)).status).toBe(409);
    await journey.step('recordSiteSurvey', projectId);
    const ended = await journey.step('endCustomerWait', projectId, { body: {} });
    expect(ended.body).toEqual({ projectId, version: 4, position: expect.any(Number), events: ['CustomerWaitEnded'] });
    expect((await journey.send('endCustomerWait', projectId)).status).toBe(409);
    const events = await journey.events(projectId);
    expect(events.slice(1).map((e) => [e.type, e.data])).toEqual([
      ['CustomerWaitStarted', { projectId, kind: 'documentsSupplement', reason: '客户需补正项目批文' }],
      ['SiteSurveyed', expect.any(Object)],
      ['CustomerWaitEnded', { projectId }],
    ]);
  });

  it('accepts a cancellation during a wait, which ends the wait with the project', async () => {
    const projectId = await journey.apply();
    await journey.step('startCustomerWait', projectId);
    await journey.step('cancelProject', projectId);
    expect((await journey.send('endCustomerWait', projectId)).body.code).toBe('PROJECT_CLOSED');
  });

  it('accepts a cancellation before energization (ProjectCancelled)', async () => {
    const projectId = await journey.driveTo('recordSiteSurvey');
    const res = await journey.step('cancelProject', projectId);
    expect(res.body).toEqual({ projectId, version: 3, position: expect.any(Number), events: ['ProjectCancelled'] });
    expect(res.headers.etag).toBe('"3"');
  });

  it('generates a project id when the application gives none', async () => {
    const { projectId: _omitted, ...body } = journey.body('acceptApplication');
    const res = await journey.send('acceptApplication', 'ignored', { body });
    expect(res.status).toBe(201);
    expect(res.body.projectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await journey.eventCount(res.body.projectId)).toBe(1);
  });

  it('keeps free text exactly: line breaks, tabs, Chinese, emoji and quotes survive the round trip', async () => {
    const projectId = await journey.apply();
    const findings = '一、线路状况良好\n二、\t变压器容量满足 2000kVA\r\n三、"备用" 电源 ⚡️ <b>ok</b> $where';
    await journey.step('recordSiteSurvey', projectId, { body: { ...journey.body('recordSiteSurvey'), findings } });
    const [, surveyed] = await journey.events(projectId);
    expect(surveyed!.data.findings).toBe(findings);
  });

  it('takes a matching If-Match and answers the next version', async () => {
    const projectId = await journey.apply();
    const res = await journey.send('recordSiteSurvey', projectId, { headers: { 'If-Match': '"1"' } });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"2"');
  });

  it('lets admin call any command; the event records the admin role', async () => {
    const projectId = await journey.apply();
    const res = await journey.send('recordSiteSurvey', projectId, { role: 'admin' });
    expect(res.status).toBe(201);
    const [, surveyed] = await journey.events(projectId);
    expect(surveyed!.actor).toEqual({ id: 'admin-1', name: 'admin 1', role: 'admin', orgUnit: 'hz-city' });
  });

  it('accepts a residential journey without design, construction or completion', async () => {
    const projectId = 'prj-accepted-residential';
    await journey.step('acceptApplication', projectId, { body: { ...RESIDENTIAL_APPLICATION_EXAMPLE, projectId } });
    await journey.step('recordSiteSurvey', projectId);
    const scheme = { approvedCapacity: { value: 8, unit: 'kW' }, supplyVoltage: '220V', supplyMode: 'single', meteringMethod: '低供低计' };
    await journey.step('replySupplyScheme', projectId, { body: scheme, tokenOptions: { orgLevel: 'station' } });
    await journey.step('recordAcceptance', projectId);
    const contract = { ...journey.body('signSupplyContract'), contractType: 'residentialEndorsement' };
    await journey.step('signSupplyContract', projectId, { body: contract });
    const res = await journey.step('installMeterAndEnergize', projectId, { body: { meterNumbers: ['3300009876543210'] } });
    expect(res.body).toMatchObject({ version: 6, events: ['MeterInstalledAndEnergized'] });
  });
});
