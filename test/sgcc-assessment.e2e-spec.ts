import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { FAILED_ACCEPTANCE_EXAMPLE, Journey, REJECTED_DESIGN_REVIEW_EXAMPLE, type CommandName } from './support/journey.js';
import { Reads, dated, industrialApplication, lastPosition, lowVoltageScheme, qs } from './support/reads.js';

/*
 * The sgcc-assessment policy (SPEC §6) through HTTP, with POLICY_SCHEDULE = seed until Aug 31 2025, sgcc-assessment from
 * Sep 1 2025. The 2025 calendar: Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked. Every deadline below counted by hand.
 *
 * DUAL     high-voltage dual source, org unit hz-sgcc. Applied Mon Sep 1 09:00: schemeReply 30 working days → Fri Oct 17
 *          (Sep 2–5, 8–12, 15–19, 22–26, 28, 29, 30, Oct 9, 10, 11, 13–17). The customer is waited on Wed Sep 3 09:00 →
 *          Mon Sep 8 09:00 (资料补正): 3 working days (4, 5, 8) → Wed Oct 22. Replied Wed Sep 10 16:00: met on time,
 *          7 working days less 3 = 4.
 *          Design 1 Thu Sep 11 09:00 (10 wd → Thu Sep 25), rejected Mon Sep 15 10:00 (2 days); design 2 Tue Sep 16 09:00
 *          (→ Mon Sep 29: 17–19, 22–26, 28, 29), approved Fri Sep 26 10:00 (8 days). Construction Mon Sep 29.
 *          Inspection requested Tue Sep 30 10:00 (5 wd → Tue Oct 14: Oct 9, 10, 11, 13, 14), inspected Mon Oct 13 10:00
 *          (4 days). Completion 1 Tue Oct 14 09:00 (→ Tue Oct 21), acceptance failed Fri Oct 17 10:00 (3 days);
 *          completion 2 Mon Oct 20 09:00 (→ Mon Oct 27: 21–24, 27), acceptance passed Tue Oct 28 10:00: late (6 days).
 *          Contract Wed Oct 29 10:00, the later of the two: energization → Wed Nov 5 (30, 31, Nov 3, 4, 5); energized
 *          Mon Nov 3 14:00 (3 days); post-connection check → Wed Dec 3. Archived Tue Nov 4 10:00: not on time, late
 *          clock completionInspection.
 * LOW      low voltage, hz-sgcc. Applied Mon Sep 22 09:00: connection 15 working days → Fri Oct 17 (23–26, 28, 29, 30,
 *          Oct 9, 10, 11, 13–17); energized Mon Oct 13 09:00 (11 days): on time. Archived Tue Oct 14 10:00: on time.
 * OLD      low voltage, hz-sgcc, applied Wed Aug 20 09:00: under seed (schemeReply 7 wd → Fri Aug 29), never replied.
 */
const DUAL = 'prj-sgcc-dual';
const LOW = 'prj-sgcc-low';
const OLD = 'prj-sgcc-old';
const UNIT = 'hz-sgcc';
const SCHEDULE = 'seed@2000-01-01,sgcc-assessment@2025-09-01';
const end = (day: string) => `2025-${day}T23:59:59.999+08:00`;
const t = (time: string) => `2025-${time}:00+08:00`;
const utc = (time: string) => new Date(t(time)).toISOString();

type Clock = { name: string; status: string; deadline: string; round?: number; elapsedWorkingDays: number; pausedDays: number; stoppedAt?: string };

describe('the sgcc-assessment policy (SPEC §6): a high-voltage dual-source project and a low-voltage one', () => {
  let api: ApiHarness;
  let journey: Journey;
  let reads: Reads;
  let position: number;
  const answers: Response[] = [];
  const send = async (name: CommandName, id: string, body: Record<string, unknown>) => answers.push(await journey.step(name, id, { body }));
  const state = async (id: string, at: string) => reads.ok(`/api/projects/${id}/state${qs({ at, minPosition: position })}`);
  const clocksAt = async (id: string, at: string): Promise<Clock[]> => (await state(id, at)).clocks;
  const line = (c: Clock) => [c.name, c.round ?? null, c.status, c.deadline, c.elapsedWorkingDays, c.pausedDays];
  const sla = (params: Record<string, string>) => reads.ok(`/api/dashboards/sla${qs({ minPosition: position, orgUnit: UNIT, ...params })}`, 'viewer');

  beforeAll(async () => {
    api = await ApiHarness.start({ env: { POLICY_SCHEDULE: SCHEDULE } });
    journey = new Journey(api);
    reads = new Reads(api);
    await send('acceptApplication', OLD, industrialApplication('lowVoltage', { projectId: OLD, customerId: 'cust-sgcc-0', orgUnit: UNIT, occurredAt: t('08-20T09:00') }));

    await send('acceptApplication', DUAL, industrialApplication('highVoltageDual', { projectId: DUAL, customerId: 'cust-sgcc-1', orgUnit: UNIT, occurredAt: t('09-01T09:00') }));
    await send('recordSiteSurvey', DUAL, dated('recordSiteSurvey', t('09-02T10:00')));
    await send('startCustomerWait', DUAL, dated('startCustomerWait', t('09-03T09:00')));
    await send('endCustomerWait', DUAL, dated('endCustomerWait', t('09-08T09:00')));
    await send('replySupplyScheme', DUAL, dated('replySupplyScheme', t('09-10T16:00')));
    await send('submitDesign', DUAL, dated('submitDesign', t('09-11T09:00')));
    await send('reviewDesign', DUAL, { ...REJECTED_DESIGN_REVIEW_EXAMPLE, occurredAt: t('09-15T10:00') });
    await send('submitDesign', DUAL, dated('submitDesign', t('09-16T09:00')));
    await send('reviewDesign', DUAL, dated('reviewDesign', t('09-26T10:00')));
    await send('startConstruction', DUAL, dated('startConstruction', t('09-29T09:00'), { plannedStart: '2025-09-29', plannedCompletion: '2025-10-31' }));
    await send('requestIntermediateInspection', DUAL, dated('requestIntermediateInspection', t('09-30T10:00')));
    await send('recordIntermediateInspection', DUAL, dated('recordIntermediateInspection', t('10-13T10:00')));
    await send('reportCompletion', DUAL, dated('reportCompletion', t('10-14T09:00')));
    await send('recordAcceptance', DUAL, { ...FAILED_ACCEPTANCE_EXAMPLE, occurredAt: t('10-17T10:00') });
    await send('reportCompletion', DUAL, dated('reportCompletion', t('10-20T09:00')));
    await send('recordAcceptance', DUAL, dated('recordAcceptance', t('10-28T10:00')));
    await send('signSupplyContract', DUAL, dated('signSupplyContract', t('10-29T10:00'), { effectiveDate: '2025-10-29' }));
    await send('installMeterAndEnergize', DUAL, dated('installMeterAndEnergize', t('11-03T14:00')));
    await send('archiveProject', DUAL, dated('archiveProject', t('11-04T10:00')));

    await send('acceptApplication', LOW, industrialApplication('lowVoltage', { projectId: LOW, customerId: 'cust-sgcc-2', orgUnit: UNIT, occurredAt: t('09-22T09:00') }));
    await send('recordSiteSurvey', LOW, dated('recordSiteSurvey', t('09-23T10:00')));
    await send('replySupplyScheme', LOW, lowVoltageScheme(80, '380V', t('09-24T10:00')));
    await send('submitDesign', LOW, dated('submitDesign', t('09-25T10:00')));
    await send('reviewDesign', LOW, dated('reviewDesign', t('09-26T10:00')));
    await send('startConstruction', LOW, dated('startConstruction', t('09-28T10:00'), { plannedStart: '2025-09-28', plannedCompletion: '2025-09-29' }));
    await send('reportCompletion', LOW, dated('reportCompletion', t('09-29T10:00')));
    await send('recordAcceptance', LOW, dated('recordAcceptance', t('09-30T10:00')));
    await send('signSupplyContract', LOW, dated('signSupplyContract', t('10-09T10:00'), { contractType: 'lowVoltage', effectiveDate: '2025-10-09' }));
    await send('installMeterAndEnergize', LOW, dated('installMeterAndEnergize', t('10-13T09:00')));
    await send('archiveProject', LOW, dated('archiveProject', t('10-14T10:00')));
    position = lastPosition(answers);
  });
  afterAll(() => api.close());

  it('records the policy in force on each application\'s business day', async () => {
    expect((await reads.ok(`/api/projects/${OLD}${qs({ minPosition: position })}`)).policyVersion).toBe('seed');
    expect((await reads.ok(`/api/projects/${DUAL}`)).policyVersion).toBe('sgcc-assessment');
    expect((await reads.ok(`/api/projects/${LOW}`)).policyVersion).toBe('sgcc-assessment');
  });

  it('Fri Sep 5: the scheme reply is paused inside the wait (2 working days so far), the deadline moved to Tue Oct 21', async () => {
    expect((await clocksAt(DUAL, t('09-05T12:00'))).map(line)).toEqual([['schemeReply', null, 'paused', end('10-21'), 2, 2]]);
  });

  it('Fri Oct 3 (holiday): the five stages so far, each with its deadline and status', async () => {
    expect((await clocksAt(DUAL, t('10-03T12:00'))).map(line)).toEqual([
      ['schemeReply', null, 'metOnTime', end('10-22'), 4, 3],
      ['designReview', 1, 'metOnTime', end('09-25'), 2, 0],
      ['designReview', 2, 'metOnTime', end('09-29'), 8, 0],
      ['intermediateInspection', 1, 'running', end('10-14'), 0, 0],
    ]);
  });

  it('Mon Oct 27 noon: the second completion inspection is due today (due soon since Fri Oct 24); on Tue Oct 28 09:00 overdue', async () => {
    expect((await clocksAt(DUAL, t('10-27T12:00'))).slice(3).map(line)).toEqual([
      ['intermediateInspection', 1, 'metOnTime', end('10-14'), 4, 0],
      ['completionInspection', 1, 'metOnTime', end('10-21'), 3, 0],
      ['completionInspection', 2, 'dueSoon', end('10-27'), 5, 0],
    ]);
    expect((await clocksAt(DUAL, t('10-28T09:00'))).at(-1)).toMatchObject({ name: 'completionInspection', round: 2, status: 'overdue' });
  });

  it('Wed Oct 29: the contract after the passed acceptance starts energization (the later of the two), due Wed Nov 5', async () => {
    expect((await clocksAt(DUAL, t('10-29T12:00'))).slice(5).map(line)).toEqual([
      ['completionInspection', 2, 'metLate', end('10-27'), 6, 0],
      ['energization', null, 'running', end('11-05'), 0, 0],
    ]);
  });

  it('after archiving: every clock judged, and the assessment names the late stage', async () => {
    const view = await reads.ok(`/api/projects/${DUAL}`);
    expect(view.clocks.map(line)).toEqual([
      ['schemeReply', null, 'metOnTime', end('10-22'), 4, 3],
      ['designReview', 1, 'metOnTime', end('09-25'), 2, 0],
      ['designReview', 2, 'metOnTime', end('09-29'), 8, 0],
      ['intermediateInspection', 1, 'metOnTime', end('10-14'), 4, 0],
      ['completionInspection', 1, 'metOnTime', end('10-21'), 3, 0],
      ['completionInspection', 2, 'metLate', end('10-27'), 6, 0],
      ['energization', null, 'metOnTime', end('11-05'), 3, 0],
      ['postConnectionCheck', null, expect.any(String), end('12-03'), expect.any(Number), 0],
    ]);
    expect(view.assessment).toEqual({ onTime: false, judgedAt: utc('11-04T10:00'), lateClocks: ['completionInspection'] });
    expect((await state(DUAL, t('11-04T09:00'))).assessment).toBeUndefined();
  });

  it('the low-voltage project: one connection clock from application to energization, on time, assessed on time', async () => {
    expect((await clocksAt(LOW, t('10-09T12:00'))).map(line)).toEqual([['connection', null, 'running', end('10-17'), 8, 0]]);
    expect((await clocksAt(LOW, t('10-16T12:00'))).map(line)).toEqual([
      ['connection', null, 'metOnTime', end('10-17'), 11, 0],
      ['postConnectionCheck', null, 'running', end('11-13'), 3, 0],
    ]);
    expect((await reads.ok(`/api/projects/${LOW}`)).assessment).toEqual({ onTime: true, judgedAt: utc('10-14T10:00'), lateClocks: [] });
  });

  it('the dashboard: the on-time rate of the archived sgcc-assessment projects, and the policy filter', async () => {
    const all = await sla({ asOf: t('11-10T12:00') });
    expect(all.projectsOnTime).toEqual({ archived: 2, onTime: 1, rate: 0.5 });
    // Clocks of one name are pooled across policies: OLD's seed scheme reply (overdue) beside DUAL's.
    expect(all.clocks.schemeReply).toMatchObject({ open: 1, overdue: 1, metOnTime: 1 });
    expect(all.clocks.connection).toMatchObject({ metOnTime: 1 });
    const sgcc = await sla({ asOf: t('11-10T12:00'), policyVersion: 'sgcc-assessment' });
    expect(sgcc.clocks.schemeReply).toMatchObject({ open: 0, metOnTime: 1 });
    const seed = await sla({ asOf: t('11-10T12:00'), policyVersion: 'seed' });
    expect(seed.projectsOnTime).toBeUndefined();
    expect(Object.keys(seed.clocks).sort()).toEqual(['designReview', 'energization', 'postConnectionCheck', 'schemeReply']);
    expect((await sla({ asOf: t('10-20T12:00') })).projectsOnTime).toEqual({ archived: 1, onTime: 1, rate: 1 });
    expect((await sla({ asOf: t('11-10T12:00'), from: '2025-11-01' })).projectsOnTime).toMatchObject({ archived: 1, onTime: 0 });
  });

  it.each(['2025-09-05T12:00:00+08:00', '2025-10-03T12:00:00+08:00', '2025-10-27T12:00:00+08:00', '2025-11-10T12:00:00+08:00'])(
    'the dashboard counts at %s equal what the project views say',
    async (asOf) => {
      const tally: Record<string, Record<string, number>> = {};
      for (const id of [OLD, DUAL, LOW]) {
        const seen = await reads.get(`/api/projects/${id}/state${qs({ at: asOf, minPosition: position })}`);
        if (seen.status === 404) continue; // not applied yet at asOf
        for (const c of seen.body.clocks as Clock[]) {
          const counts = (tally[c.name] ??= { open: 0, paused: 0, dueSoon: 0, overdue: 0, metOnTime: 0, metLate: 0 });
          if (c.status === 'running' || c.status === 'dueSoon' || c.status === 'overdue') counts.open!++;
          if (c.status !== 'running') counts[c.status]!++;
        }
      }
      const dashboard = await sla({ asOf });
      for (const [name, counts] of Object.entries(tally)) expect([name, dashboard.clocks[name]]).toEqual([name, expect.objectContaining(counts)]);
    },
  );

  it('a project keeps its policy whatever the schedule says later: restarted with seed alone between two of its commands', async () => {
    const KEEP = 'prj-sgcc-keep';
    await journey.step('acceptApplication', KEEP, { body: industrialApplication('lowVoltage', { projectId: KEEP, customerId: 'cust-sgcc-3', orgUnit: UNIT, occurredAt: t('09-15T09:00') }) });
    await api.restart({ POLICY_SCHEDULE: 'seed@2000-01-01' });
    const surveyed = await journey.step('recordSiteSurvey', KEEP, { body: dated('recordSiteSurvey', t('09-16T09:00')) });
    const view = await reads.ok(`/api/projects/${KEEP}/state${qs({ at: t('09-17T12:00'), minPosition: surveyed.body.position })}`);
    expect([view.policyVersion, view.step, view.clocks.map((c: Clock) => c.name)]).toEqual(['sgcc-assessment', 'siteSurveyed', ['connection']]);
    const NEW = 'prj-sgcc-new';
    const applied = await journey.step('acceptApplication', NEW, { body: industrialApplication('lowVoltage', { projectId: NEW, customerId: 'cust-sgcc-4', orgUnit: UNIT, occurredAt: t('09-15T09:00') }) });
    const fresh = await reads.ok(`/api/projects/${NEW}${qs({ minPosition: applied.body.position })}`);
    expect([fresh.policyVersion, fresh.clocks.map((c: Clock) => c.name)]).toEqual(['seed', ['schemeReply']]);
  });

  it('refuses to start with an unknown policy version or a malformed schedule, naming it', async () => {
    await expect(ApiHarness.start({ env: { POLICY_SCHEDULE: 'seed@2000-01-01,sgcc-2030@2026-07-01' } })).rejects.toThrow("unknown policy version 'sgcc-2030'");
    await expect(ApiHarness.start({ env: { POLICY_SCHEDULE: 'sgcc-assessment@July' } })).rejects.toThrow('sgcc-assessment@July');
  });
});
