import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { DATED_JOURNEY } from './support/dated-journey.js';
import { ALL_ROLES, Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, dated, lastPosition, lowVoltageScheme, qs, record, residentialApplication } from './support/reads.js';

const CORP = 'cust-dossier-corp';
const CREDIT_CODE = '91330100MA2XXXXX08'; // the journey's organisation
const PERSON = 'cust-dossier-person';
const FIRST_ID = '33010619900101123X'; // GB 11643, valid check digit
const SECOND_ID = '110105198001010016'; // another valid resident ID, given by the later application
const utc = (iso: string) => new Date(iso).toISOString();

/**
 * GET /api/customers/:customerId/dossier (客户档案): the customer, each project's whole record, one timeline. An
 * organisation with the dated high-voltage journey of SPEC §3; an individual with two residential applications, the
 * second giving a new phone, address, name and ID number (identity is kept from the first, SPEC §3.1), and an ID
 * number typed into free text. Only auditors and admins may see ID numbers: the raw JSON is searched for them.
 */
describe('GET /api/customers/:customerId/dossier', () => {
  let api: ApiHarness;
  let journey: Journey;
  let reads: Reads;
  const corpProject = 'prj-dossier-corp';
  const homeProject = 'prj-dossier-home';
  const secondHome = 'prj-dossier-home-2';
  let position: number;
  // Every read waits for the last write of beforeAll, so no test depends on another having waited first.
  const path = (customerId: string, params: Record<string, string | number> = {}) =>
    `/api/customers/${encodeURIComponent(customerId)}/dossier${qs({ minPosition: position, ...params })}`;

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    reads = new Reads(api);
    const answers: Response[] = [];
    for (const step of DATED_JOURNEY) {
      const body: Record<string, unknown> = { ...step.body, occurredAt: step.occurredAt };
      if (step.name === 'acceptApplication') Object.assign(body, { projectId: corpProject, customer: { ...(step.body.customer as object), id: CORP } });
      answers.push(await record(journey, step.name, corpProject, body));
    }
    answers.push(await record(journey, 'acceptApplication', homeProject, residentialApplication({ projectId: homeProject, customerId: PERSON, occurredAt: '2025-11-03T09:00:00+08:00' })));
    answers.push(await record(journey, 'recordSiteSurvey', homeProject, dated('recordSiteSurvey', '2025-11-04T09:00:00+08:00', { findings: `户主身份证 ${FIRST_ID} 已核验（复印件 ${FIRST_ID.toLowerCase()}），表位在楼道` })));
    answers.push(await record(journey, 'replySupplyScheme', homeProject, lowVoltageScheme(8, '220V', '2025-11-04T15:00:00+08:00')));
    answers.push(await record(journey, 'recordAcceptance', homeProject, dated('recordAcceptance', '2025-11-06T10:00:00+08:00')));
    const second = residentialApplication({ projectId: secondHome, customerId: PERSON, occurredAt: '2025-11-10T09:00:00+08:00' });
    second.customer = { ...second.customer, name: '王芳芳', idNumber: SECOND_ID, phone: '13900001111', address: '浙江省杭州市滨江区江南大道 1 号' };
    answers.push(await record(journey, 'acceptApplication', secondHome, second));
    position = lastPosition(answers);
  });
  afterAll(() => api.close());

  it('answers the organisation’s whole record: every step of SPEC §3 with who recorded it', async () => {
    const dossier = await reads.ok(path(CORP, { minPosition: position }), 'auditor');
    expect(dossier.customer).toEqual({ id: CORP, name: '杭州西湖精密制造有限公司', kind: 'organisation', idNumber: CREDIT_CODE, phone: '0571-87654321', address: '浙江省杭州市西湖区文三路 100 号' });
    expect(dossier.projects).toHaveLength(1);
    const [project] = dossier.projects;
    expect(project).toMatchObject({
      projectId: corpProject,
      customerId: CORP,
      status: 'archived',
      applicationDocuments: ['PROJECT_APPROVAL', 'LOAD_DETAILS', 'EQUIPMENT_LIST', 'RELIABILITY_REQUIREMENTS', 'SITE_LAYOUT_PLAN'],
      scheme: { replied: expect.objectContaining({ supplyMode: 'dual', at: utc('2025-09-30T16:00:00+08:00'), by: { name: 'schemeApprover 1', role: 'schemeApprover' } }), revisions: [] },
      contract: expect.objectContaining({ contractNo: 'GY-2025-HZ-000123', signedAt: utc('2025-10-29T10:00:00+08:00') }),
      meter: expect.objectContaining({ meterNumbers: ['3300001234567890', '3300001234567891'], energizedAt: utc('2025-10-30T14:00:00+08:00') }),
      archive: expect.objectContaining({ archiveNo: 'DA-2025-HZ-000456' }),
    });
    expect(project.designSubmissions.map((d: any) => [d.round, d.documents.length, d.review?.result, d.review?.opinions.length])).toEqual([
      [1, 12, 'rejected', 2],
      [2, 12, 'approved', 0],
    ]);
    expect(project.designSubmissions[0].review.opinions[0]).toContain('保安负荷');
    expect(project.inspections.map((i: any) => [i.round, i.result, i.defects, i.copiesTo])).toEqual([
      [1, 'rectificationRequired', ['接地电阻 6Ω，超过 4Ω 要求'], ['customer', 'contractor', 'utility']],
      [2, 'passed', [], ['customer', 'contractor', 'utility']],
    ]);
    expect(project.completionReports.map((c: any) => [c.at, c.documents.length])).toEqual([
      [utc('2025-10-24T09:00:00+08:00'), 8],
      [utc('2025-10-27T09:00:00+08:00'), 8],
    ]);
    expect(project.completionReports[0].documents).toContain('COMPLETION_REPORT');
    expect(project.acceptanceRounds.map((a: any) => [a.round, a.result, a.defects.length])).toEqual([
      [1, 'failed', 2],
      [2, 'passed', 0],
    ]);
  });

  it('merges the timeline by business time, one entry per event, with a summary and who recorded it', async () => {
    const { timeline } = await reads.ok(path(CORP), 'viewer');
    expect(timeline.map((t: any) => t.type)).toEqual(DATED_JOURNEY.map((s) => s.event));
    expect(timeline.map((t: any) => t.occurredAt)).toEqual(DATED_JOURNEY.map((s) => utc(s.occurredAt)));
    expect(timeline[0]).toMatchObject({ projectId: corpProject, summary: expect.stringContaining('受理申请'), actor: { name: 'clerk 1', role: 'clerk' } });
    expect(timeline.find((t: any) => t.type === 'DesignReviewed').facts).toEqual({ round: 1, result: 'rejected', opinionCount: 2 });
  });

  it('keeps the identity of the first application and the contact details of the latest (SPEC §3.1)', async () => {
    const dossier = await reads.ok(path(PERSON), 'admin');
    expect(dossier.customer).toEqual({ id: PERSON, name: '王芳', kind: 'individual', idNumber: FIRST_ID, phone: '13900001111', address: '浙江省杭州市滨江区江南大道 1 号' });
    expect(dossier.projects.map((p: any) => [p.projectId, p.status])).toEqual([
      [homeProject, 'active'],
      [secondHome, 'active'],
    ]);
    const times = dossier.timeline.map((t: any) => Date.parse(t.occurredAt));
    expect(dossier.timeline).toHaveLength(5);
    times.slice(1).forEach((t: number, i: number) => expect(t).toBeGreaterThanOrEqual(times[i]!));
  });

  it.each(['auditor', 'admin'] as const)('shows the ID numbers as recorded to an %s', async (role) => {
    const text = (await reads.get(path(PERSON), role)).text;
    expect(text).toContain(FIRST_ID);
    expect(text).toContain(SECOND_ID);
    expect((await reads.get(path(CORP), role)).text).toContain(CREDIT_CODE);
  });

  it.each(ALL_ROLES.filter((r) => r !== 'auditor' && r !== 'admin'))('never shows an ID number unmasked to a %s, not even typed into free text', async (role) => {
    const asRole = (customerId: string) => reads.get(path(customerId), role, role === 'customer' ? { customerId } : {});
    const person = await asRole(PERSON);
    expect(person.status).toBe(200);
    // Searched upper-cased: a check character typed as a small x is the same number.
    const leaked = (text: string, ...secrets: string[]) => secrets.filter((s) => text.toUpperCase().includes(s));
    expect(leaked(person.text, FIRST_ID, SECOND_ID)).toEqual([]);
    expect(person.body.customer.idNumber).toBe('330***********123X');
    expect(person.body.projects[0].siteSurveys[0].findings).toBe('户主身份证 330***********123X 已核验（复印件 330***********123x），表位在楼道');
    const corp = await asRole(CORP);
    expect(leaked(corp.text, CREDIT_CODE)).toEqual([]);
    expect(corp.body.customer.idNumber).toBe('913***********XX08');
  });

  it('404 to a customer for another customer’s dossier, as for one that does not exist', async () => {
    const foreign = await reads.get(path(CORP), 'customer', { customerId: PERSON });
    const missing = await reads.get(path('cust-dossier-nobody'), 'customer', { customerId: 'cust-dossier-nobody' });
    expectProblem(foreign, 404, 'NOT_FOUND');
    expectProblem(missing, 404, 'NOT_FOUND');
    expect(foreign.body.title).toBe(missing.body.title);
  });

  it('404 NOT_FOUND for a customer without projects', async () => {
    expectProblem(await reads.get(path('cust-dossier-nobody'), 'clerk'), 404, 'NOT_FOUND');
  });

  it('401 without a token', async () => {
    expectProblem(await reads.get(path(CORP), null), 401);
  });

  it.each([
    [path(CORP, { include: 'timeline' }), 'include'],
    [path(CORP, { minPosition: 'soon' }), 'minPosition'],
    [path('bad id!'), 'customerId'],
  ])('400 VALIDATION_FAILED for %s, naming %s', async (url, field) => {
    const res = await reads.get(url, 'viewer');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field })]);
  });

  it('reflects a new project of the customer at once with its position as minPosition', async () => {
    const id = 'prj-dossier-home-3';
    const answer = await record(journey, 'acceptApplication', id, residentialApplication({ projectId: id, customerId: PERSON }));
    const dossier = await reads.ok(path(PERSON, { minPosition: answer.body.position }), 'clerk');
    expect(dossier.projects.map((p: any) => p.projectId)).toEqual([homeProject, secondHome, id]);
    // The newest application gives the contact details: the example's again.
    expect(dossier.customer).toMatchObject({ name: '王芳', phone: '13812345678' });
  });
});
