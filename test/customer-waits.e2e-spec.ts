import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { Reads, dated, industrialApplication, lastPosition, qs, record } from './support/reads.js';

/*
 * SPEC §5.1 through HTTP, on the 2025 calendar (Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked).
 *
 * PAUSED   low voltage, org unit hz-wait-a. Applied Mon Sep 22 09:00: scheme reply 7 working days → Tue Sep 30
 *          (23, 24, 25, 26, 28, 29, 30). The customer is waited on from Thu Sep 25 10:00 to Fri Oct 10 15:00:
 *          6 working days (26, 28, 29, 30, Oct 9, 10) → deadline Wed Oct 15 (… Oct 9, 10, 11, 13, 14, 15). Never replied.
 * WAITING  low voltage, org unit hz-wait-b. Applied Mon Sep 22 09:00; a wait opened Tue Sep 23 10:00 and never ended:
 *          its scheme reply clock is paused to this day.
 */
const PAUSED = 'prj-wait-paused';
const WAITING = 'prj-wait-open';
const A = 'hz-wait-a';
const B = 'hz-wait-b';
const utc = (iso: string) => new Date(iso).toISOString();

describe('waits on the customer pause the clocks (SPEC §5.1)', () => {
  let api: ApiHarness;
  let reads: Reads;
  let position: number;
  const sla = (params: Record<string, string>) => reads.ok(`/api/dashboards/sla${qs({ minPosition: position, ...params })}`, 'viewer');
  const alerts = (params: Record<string, string>) => reads.ok(`/api/dashboards/sla/alerts${qs({ minPosition: position, ...params })}`, 'viewer');
  const schemeReplyAt = async (projectId: string, at: string) =>
    (await reads.ok(`/api/projects/${projectId}/state${qs({ at, minPosition: position })}`)).clocks.find((c: { name: string }) => c.name === 'schemeReply');

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    const journey = new Journey(api);
    const answers: Response[] = [];
    const at = (name: Parameters<typeof record>[1], id: string, body: Record<string, unknown>) => record(journey, name, id, body).then((a) => answers.push(a));
    await at('acceptApplication', PAUSED, industrialApplication('lowVoltage', { projectId: PAUSED, customerId: 'cust-wait-1', orgUnit: A, occurredAt: '2025-09-22T09:00:00+08:00' }));
    await at('startCustomerWait', PAUSED, dated('startCustomerWait', '2025-09-25T10:00:00+08:00'));
    await at('endCustomerWait', PAUSED, dated('endCustomerWait', '2025-10-10T15:00:00+08:00'));
    await at('acceptApplication', WAITING, industrialApplication('lowVoltage', { projectId: WAITING, customerId: 'cust-wait-2', orgUnit: B, occurredAt: '2025-09-22T09:00:00+08:00' }));
    await at('startCustomerWait', WAITING, dated('startCustomerWait', '2025-09-23T10:00:00+08:00', { kind: 'customerRequestedDelay', reason: '客户要求暂缓' }));
    position = lastPosition(answers);
  });
  afterAll(() => api.close());

  it('shows the clock paused inside the wait, with the paused days so far and the moved deadline (time travel to Oct 1)', async () => {
    expect(await schemeReplyAt(PAUSED, '2025-10-01T12:00:00+08:00')).toEqual({
      name: 'schemeReply',
      status: 'paused',
      startedAt: utc('2025-09-22T09:00:00+08:00'),
      deadline: '2025-10-13T23:59:59.999+08:00', // 7 + 4 (26, 28, 29, 30) working days
      elapsedWorkingDays: 3, // 7 working days up to Oct 1, less 4
      pausedDays: 4,
      pauses: [{ from: utc('2025-09-25T10:00:00+08:00') }], // its end was not known yet
    });
  });

  it('shows the clock after the wait: 6 paused days, deadline Oct 15, overdue now', async () => {
    const view = await reads.ok(`/api/projects/${PAUSED}${qs({ minPosition: position })}`, 'viewer');
    expect(view.clocks).toEqual([
      expect.objectContaining({ name: 'schemeReply', status: 'overdue', deadline: '2025-10-15T23:59:59.999+08:00', pausedDays: 6 }),
    ]);
    expect(view.step).toBe('applicationAccepted');
  });

  it('counts a paused clock apart from the open ones and lists no alert for it, though past its unpaused deadline', async () => {
    const thursday = '2025-10-09T12:00:00+08:00';
    expect((await sla({ asOf: thursday, orgUnit: A })).clocks.schemeReply).toMatchObject({ open: 0, paused: 1, dueSoon: 0, overdue: 0 });
    expect((await alerts({ asOf: thursday, orgUnit: A })).items).toEqual([]);
  });

  it('alerts once the wait is over, on the moved deadline: due soon on Tue Oct 14, overdue on Thu Oct 16', async () => {
    const line = (a: { projectId: string; clock: string; status: string; deadline: string }) => `${a.projectId} ${a.clock} ${a.status} ${a.deadline}`;
    expect((await alerts({ asOf: '2025-10-13T12:00:00+08:00', orgUnit: A })).items).toEqual([]);
    expect((await alerts({ asOf: '2025-10-14T12:00:00+08:00', orgUnit: A })).items.map(line)).toEqual([`${PAUSED} schemeReply dueSoon 2025-10-15T23:59:59.999+08:00`]);
    expect((await alerts({ asOf: '2025-10-16T12:00:00+08:00', orgUnit: A })).items.map(line)).toEqual([`${PAUSED} schemeReply overdue 2025-10-15T23:59:59.999+08:00`]);
    expect((await sla({ asOf: '2025-10-16T12:00:00+08:00', orgUnit: A })).clocks.schemeReply).toMatchObject({ open: 1, paused: 0, overdue: 1 });
  });

  it('keeps a clock paused as long as its wait is open: live view, dashboard and alert list agree', async () => {
    const view = await reads.ok(`/api/projects/${WAITING}${qs({ minPosition: position })}`, 'viewer');
    expect(view.clocks).toEqual([expect.objectContaining({ name: 'schemeReply', status: 'paused' })]);
    expect((await sla({ orgUnit: B })).clocks.schemeReply).toMatchObject({ open: 0, paused: 1, overdue: 0 });
    expect((await alerts({ orgUnit: B })).items).toEqual([]);
  });
});
