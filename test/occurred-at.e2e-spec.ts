import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';

const ms = (iso: string) => Date.parse(iso);

/**
 * SPEC §4 business time: a supplied `occurredAt` is never in the future and never before the project's previous event
 * (422 OCCURRED_AT_INVALID, compared as instants whatever the offsets); a past one is kept as the event's `occurredAt`
 * while `recordedAt` is the server's time; a defaulted one is never refused.
 */
describe('occurredAt (business time)', () => {
  let api: ApiHarness;
  let journey: Journey;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(() => api.close());

  async function applyAt(occurredAt: string): Promise<string> {
    const projectId = `prj-time-${Math.random().toString(36).slice(2)}`;
    await journey.step('acceptApplication', projectId, { body: { ...journey.body('acceptApplication'), projectId, occurredAt } });
    return projectId;
  }
  const surveyAt = (projectId: string, occurredAt?: string) =>
    journey.send('recordSiteSurvey', projectId, { body: { ...journey.body('recordSiteSurvey'), ...(occurredAt ? { occurredAt } : {}) } });

  it('keeps a past occurredAt as the event’s business time, with recordedAt the time it was recorded', async () => {
    const before = Date.now();
    const projectId = await applyAt('2025-09-26T09:30:00+08:00');
    expect((await surveyAt(projectId, '2025-09-28T10:00:00+08:00')).status).toBe(201);
    const after = Date.now();

    const events = await journey.events(projectId);
    expect(events.map((e) => ms(e.occurredAt))).toEqual([ms('2025-09-26T09:30:00+08:00'), ms('2025-09-28T10:00:00+08:00')]);
    for (const e of events) {
      expect(e.occurredAt).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
      expect(ms(e.recordedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(ms(e.recordedAt)).toBeLessThanOrEqual(after + 1000);
    }
  });

  it('422 OCCURRED_AT_INVALID for a time in the future, even a minute ahead; nothing written', async () => {
    const projectId = await applyAt('2025-09-26T09:30:00+08:00');
    for (const ahead of [60_000, 86_400_000 * 365]) {
      const res = await surveyAt(projectId, new Date(Date.now() + ahead).toISOString());
      expect(expectProblem(res, 422, 'OCCURRED_AT_INVALID').detail).toMatch(/future/);
    }
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('422 OCCURRED_AT_INVALID for a time before the previous event; nothing written', async () => {
    const projectId = await applyAt('2025-09-26T09:30:00+08:00');
    const res = await surveyAt(projectId, '2025-09-26T09:29:59+08:00');
    expect(expectProblem(res, 422, 'OCCURRED_AT_INVALID').detail).toMatch(/previous event/);
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('accepts the same instant as the previous event (not earlier)', async () => {
    const projectId = await applyAt('2025-09-26T09:30:00+08:00');
    expect((await surveyAt(projectId, '2025-09-26T01:30:00Z')).status).toBe(201);
  });

  it('compares instants, not strings: a later instant written earlier in text is accepted', async () => {
    const projectId = await applyAt('2025-09-28T08:00:00+08:00'); // 00:00Z
    expect((await surveyAt(projectId, '2025-09-28T01:00:00Z')).status).toBe(201); // 09:00 in Shanghai
  });

  it('compares instants, not strings: an earlier instant written later in text is refused', async () => {
    const projectId = await applyAt('2025-09-28T01:00:00Z');
    expectProblem(await surveyAt(projectId, '2025-09-28T08:30:00+08:00'), 422, 'OCCURRED_AT_INVALID'); // 00:30Z
  });

  it('defaults to now after a back-dated history, and never refuses a defaulted time', async () => {
    const projectId = await applyAt('2025-09-26T09:30:00+08:00');
    const before = Date.now();
    expect((await surveyAt(projectId)).status).toBe(201);
    const [, surveyed] = await journey.events(projectId);
    expect(ms(surveyed!.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(ms(surveyed!.occurredAt)).toBeLessThanOrEqual(ms(surveyed!.recordedAt) + 1000);
  });

  it('lets a back-dated command follow a defaulted one only if it is not earlier', async () => {
    const projectId = await journey.apply(); // occurredAt defaulted to now
    expectProblem(await surveyAt(projectId, '2025-09-28T10:00:00+08:00'), 422, 'OCCURRED_AT_INVALID');
    expect((await surveyAt(projectId, new Date().toISOString())).status).toBe(201);
  });
});
