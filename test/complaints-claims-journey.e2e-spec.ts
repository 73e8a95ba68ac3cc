import { ApiHarness } from './support/api-harness.js';
import { residentialAccount } from './support/complaint-claim-routes.js';
import { expectProblem } from './support/problems.js';
import { Reads, qs } from './support/reads.js';

/**
 * The complaints and claims journey (SPEC §5, §8) through the real server, on business time: the history is recorded
 * first, then read as of points across it. Calendar 2025: National Day Oct 1–8 off, Sat Sep 27 and Sun Oct 12 off, Sun
 * Sep 28 and Sat Oct 11 worked (调休). Every expected value is worked out by hand in the comments beside it.
 */
const CUSTOMER_ID = 'cust-journey-svc';
const ACCOUNT_ID = 'acct-journey-residential';
const PROMPT = 'complaint-journey-prompt';
const LATE = 'complaint-journey-late';
const at = (dateTime: string) => `${dateTime}+08:00`;
const utc = (dateTime: string) => new Date(at(dateTime)).toISOString();

describe('the complaints and claims journey', () => {
  let api: ApiHarness;
  let reads: Reads;
  let lastPosition = 0;

  const post = async (path: string, role: 'clerk' | 'inspector', body: Record<string, unknown>) => {
    const res = await api.http().post(path).set('Content-Type', 'application/json').set('Authorization', `Bearer ${api.token(role)}`).send(body);
    if (res.status === 201) lastPosition = Math.max(lastPosition, res.body.position);
    return res;
  };
  const accepted = async (path: string, role: 'clerk' | 'inspector', body: Record<string, unknown>) => {
    const res = await post(path, role, body);
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
  };
  /** Reads once every write so far is projected, then as the route answers. */
  const read = async (path: string, role: 'auditor' | 'viewer' = 'auditor') => {
    await reads.ok(`/api/complaints/${PROMPT}?minPosition=${lastPosition}`);
    return reads.ok(path, role);
  };
  const statuses = (view: Record<string, any>) => view.clocks.map((c: { name: string; status: string }) => [c.name, c.status]);

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    await api.appendAccountHistory(ACCOUNT_ID, [residentialAccount(ACCOUNT_ID, CUSTOMER_ID)]);
  });
  afterAll(() => api.close());

  describe('two complaints received on Friday 2025-09-26, before National Day', () => {
    beforeAll(async () => {
      const complaint = { customerId: CUSTOMER_ID, accountId: ACCOUNT_ID, channel: 'hotline', category: '停电' };
      // Contacted on the worked Sunday, replied on the last day: both clocks met on time.
      await accepted('/api/complaints', 'clerk', { complaintId: PROMPT, ...complaint, description: '节前突然停电', occurredAt: at('2025-09-26T09:00:00') });
      await accepted(`/api/complaints/${PROMPT}/contact`, 'clerk', { notes: '已电话联系', occurredAt: at('2025-09-28T10:00:00') });
      await accepted(`/api/complaints/${PROMPT}/reply`, 'clerk', { resolution: '线路已抢修', occurredAt: at('2025-10-13T16:00:00') });
      await accepted(`/api/complaints/${PROMPT}/closure`, 'clerk', { satisfaction: 'satisfied', occurredAt: at('2025-10-14T10:00:00') });
      // Left over the holiday: contacted after it, replied a day late.
      await accepted('/api/complaints', 'clerk', { complaintId: LATE, ...complaint, description: '电压不稳', occurredAt: at('2025-09-26T14:00:00') });
      await accepted(`/api/complaints/${LATE}/contact`, 'clerk', { occurredAt: at('2025-10-09T10:00:00') });
      await accepted(`/api/complaints/${LATE}/reply`, 'clerk', { resolution: '已调整变压器分接头', occurredAt: at('2025-10-14T10:00:00') });
      await accepted(`/api/complaints/${LATE}/closure`, 'clerk', { satisfaction: 'dissatisfied', occurredAt: at('2025-10-15T10:00:00') });
    });

    // Contact: 1 working day after Fri Sep 26 (Sat 27 off) is the worked Sun Sep 28; due soon from the last working day
    // before it, Fri Sep 26 itself. Reply: 7 working days: Sep 28, 29, 30, (Oct 1–8 off) Oct 9, 10, 11 (worked Saturday),
    // (Sun 12 off) Mon Oct 13; due soon from the working day before, Sat Oct 11.
    const CONTACT_DEADLINE = '2025-09-28T23:59:59.999+08:00';
    const REPLY_DEADLINE = '2025-10-13T23:59:59.999+08:00';

    it('the view as of points across the holiday: contact due at once, reply running through the holiday, due soon on the worked Saturday', async () => {
      const state = async (point: string) => read(`/api/complaints/${PROMPT}/state${qs({ at: at(point) })}`);
      const received = await state('2025-09-26T12:00:00');
      expect(received.clocks).toEqual([
        { name: 'complaintContact', status: 'dueSoon', startedAt: utc('2025-09-26T09:00:00'), deadline: CONTACT_DEADLINE, elapsedWorkingDays: 0, pausedDays: 0 },
        { name: 'complaintReply', status: 'running', startedAt: utc('2025-09-26T09:00:00'), deadline: REPLY_DEADLINE, elapsedWorkingDays: 0, pausedDays: 0 },
      ]);
      // Saturday Sep 27 is off: still due soon, nothing elapsed.
      expect(statuses(await state('2025-09-27T12:00:00'))).toEqual([['complaintContact', 'dueSoon'], ['complaintReply', 'running']]);
      // In the holiday: contact met on Sunday the 28th; the reply has counted Sep 28, 29, 30 only.
      const holiday = await state('2025-10-05T12:00:00');
      expect(holiday.clocks).toEqual([
        { name: 'complaintContact', status: 'metOnTime', startedAt: utc('2025-09-26T09:00:00'), deadline: CONTACT_DEADLINE, stoppedAt: utc('2025-09-28T10:00:00'), elapsedWorkingDays: 1, pausedDays: 0 },
        { name: 'complaintReply', status: 'running', startedAt: utc('2025-09-26T09:00:00'), deadline: REPLY_DEADLINE, elapsedWorkingDays: 3, pausedDays: 0 },
      ]);
      // Friday Oct 10, the day before the worked Saturday: still running, 5 working days elapsed (+ Oct 9, 10).
      expect((await state('2025-10-10T23:00:00')).clocks[1]).toMatchObject({ status: 'running', elapsedWorkingDays: 5 });
      expect((await state('2025-10-11T00:00:00')).clocks[1]).toMatchObject({ status: 'dueSoon', elapsedWorkingDays: 6 });
      // Sunday Oct 12 is off: still 6 elapsed.
      expect((await state('2025-10-12T12:00:00')).clocks[1]).toMatchObject({ status: 'dueSoon', elapsedWorkingDays: 6 });
      const late = await read(`/api/complaints/${LATE}/state${qs({ at: at('2025-09-29T00:00:00') })}`);
      expect(statuses(late)).toEqual([['complaintContact', 'overdue'], ['complaintReply', 'running']]);
    });

    it('the dashboard as of the same points counts both complaints', async () => {
      const clocks = async (point: string) => (await read(`/api/dashboards/sla${qs({ subject: 'complaint', asOf: at(point) })}`, 'viewer')).clocks;
      const friday = await clocks('2025-09-26T15:00:00');
      expect(friday.complaintContact).toMatchObject({ open: 2, dueSoon: 2, overdue: 0, metOnTime: 0, metLate: 0, onTimeRate: null });
      expect(friday.complaintReply).toMatchObject({ open: 2, dueSoon: 0, overdue: 0, metOnTime: 0, metLate: 0 });
      const sunday = await clocks('2025-09-28T12:00:00');
      expect(sunday.complaintContact).toMatchObject({ open: 1, dueSoon: 1, overdue: 0, metOnTime: 1, metLate: 0, onTimeRate: 1 });
      // In the holiday the late complaint's contact is overdue: on time 1 of 2.
      const holiday = await clocks('2025-10-05T12:00:00');
      expect(holiday.complaintContact).toMatchObject({ open: 1, dueSoon: 0, overdue: 1, metOnTime: 1, metLate: 0, onTimeRate: 0.5 });
      expect(holiday.complaintReply).toMatchObject({ open: 2, dueSoon: 0, overdue: 0 });
      const workedSaturday = await clocks('2025-10-11T12:00:00');
      expect(workedSaturday.complaintContact).toMatchObject({ open: 0, overdue: 0, metOnTime: 1, metLate: 1, onTimeRate: 0.5 });
      expect(workedSaturday.complaintReply).toMatchObject({ open: 2, dueSoon: 2, overdue: 0 });
      // Tuesday Oct 14 09:00: the prompt one replied on the 13th, the late one not yet.
      const tuesday = await clocks('2025-10-14T09:00:00');
      expect(tuesday.complaintReply).toMatchObject({ open: 1, dueSoon: 0, overdue: 1, metOnTime: 1, metLate: 0, onTimeRate: 0.5 });
    });

    it('the alert list as of the same points', async () => {
      const alerts = async (point: string) =>
        (await read(`/api/dashboards/sla/alerts${qs({ subject: 'complaint', asOf: at(point) })}`, 'viewer')).items.map(
          (a: { subjectId: string; clock: string; status: string; deadline: string }) => [a.subjectId, a.clock, a.status, a.deadline],
        );
      expect(await alerts('2025-09-27T12:00:00')).toEqual([
        [LATE, 'complaintContact', 'dueSoon', CONTACT_DEADLINE],
        [PROMPT, 'complaintContact', 'dueSoon', CONTACT_DEADLINE],
      ]);
      expect(await alerts('2025-10-05T12:00:00')).toEqual([[LATE, 'complaintContact', 'overdue', CONTACT_DEADLINE]]);
      expect(await alerts('2025-10-11T12:00:00')).toEqual([
        [LATE, 'complaintReply', 'dueSoon', REPLY_DEADLINE],
        [PROMPT, 'complaintReply', 'dueSoon', REPLY_DEADLINE],
      ]);
      expect(await alerts('2025-10-14T09:00:00')).toEqual([[LATE, 'complaintReply', 'overdue', REPLY_DEADLINE]]);
      expect(await alerts('2025-10-31T12:00:00')).toEqual([]);
    });

    it('closed: the views as they went, and the satisfaction of the closed complaints', async () => {
      const prompt = await read(`/api/complaints/${PROMPT}`);
      expect([prompt.status, prompt.satisfaction, statuses(prompt)]).toEqual(['closed', 'satisfied', [['complaintContact', 'metOnTime'], ['complaintReply', 'metOnTime']]]);
      expect(prompt.clocks[1]).toMatchObject({ stoppedAt: utc('2025-10-13T16:00:00'), elapsedWorkingDays: 7 });
      const late = await read(`/api/complaints/${LATE}`);
      expect([late.status, late.satisfaction, statuses(late)]).toEqual(['closed', 'dissatisfied', [['complaintContact', 'metLate'], ['complaintReply', 'metLate']]]);
      // Contacted Oct 9: Sep 28, 29, 30, Oct 9; replied Oct 14: + Oct 10, 11, 13, 14.
      expect(late.clocks.map((c: { elapsedWorkingDays: number }) => c.elapsedWorkingDays)).toEqual([4, 8]);
      const dashboard = await read(`/api/dashboards/sla${qs({ subject: 'complaint', asOf: at('2025-10-31T12:00:00') })}`, 'viewer');
      expect(dashboard.clocks.complaintReply).toMatchObject({ open: 0, metOnTime: 1, metLate: 1, onTimeRate: 0.5 });
      expect(dashboard.complaintSatisfaction).toEqual({ closed: 2, satisfied: 1, neutral: 0, dissatisfied: 1, rate: 0.5 });
      // Before the first closure on Oct 14 10:00, none closed.
      const before = await read(`/api/dashboards/sla${qs({ subject: 'complaint', asOf: at('2025-10-14T09:00:00') })}`, 'viewer');
      expect(before.complaintSatisfaction).toEqual({ closed: 0, satisfied: 0, neutral: 0, dissatisfied: 0, rate: null });
    });
  });

  describe('appliance-damage claims on a residential account, damaged 2025-07-01', () => {
    const ON_TIME = 'claim-journey-on-time';
    const LATE_CLAIM = 'claim-journey-late';
    const TOO_LATE = 'claim-journey-too-late';
    // Bought 2025-01-01, exactly 6 months before the damage: the invoice price.
    const MICROWAVE = { name: '微波炉', category: 'heating', purchasedOn: '2025-01-01', invoicePrice: 899 };
    // Motor, 12 years: 2020-03-15 → 2025-07-01 is 63 whole months; 3600 × (1 − 63/144) = 3600 × 81/144 = 2025.00.
    const FRIDGE = { name: '冰箱', category: 'motor', purchasedOn: '2020-03-15', invoicePrice: 3600 };
    // Lighting, 2 years: 2021-05-20 → 2025-07-01 is 49 months, past its life: the floor, 10% of 259 = 25.90.
    const LAMP = { name: '台灯', category: 'lighting', purchasedOn: '2021-05-20', invoicePrice: 259 };
    // Repairable: its repair cost, 680.50.
    const TELEVISION = { name: '电视机', category: 'electronic', purchasedOn: '2023-08-01', invoicePrice: 5299 };
    const claim = (claimId: string, appliances: unknown[], occurredAt: string) => ({
      claimId,
      customerId: CUSTOMER_ID,
      accountId: ACCOUNT_ID,
      damagedOn: '2025-07-01',
      appliances,
      occurredAt: at(occurredAt),
    });

    beforeAll(async () => {
      // Filed on day 7 late in the evening (Jul 8 in Shanghai, still day 7), investigated 10.5 hours later.
      await accepted('/api/damage-claims', 'clerk', claim(ON_TIME, [MICROWAVE, FRIDGE], '2025-07-08T23:30:00'));
      await accepted(`/api/damage-claims/${ON_TIME}/investigation`, 'inspector', {
        findings: '雷击致线路过电压',
        utilityLiable: true,
        appliances: [{ name: '微波炉', repairable: false }, { name: '冰箱', repairable: false }],
        occurredAt: at('2025-07-09T10:00:00'),
      });
      await accepted(`/api/damage-claims/${ON_TIME}/settlement`, 'clerk', { notes: '赔偿款已转账', occurredAt: at('2025-07-11T10:00:00') });
      // Filed the next day at 20:00: due by Jul 3 20:00, due soon from 14:00; investigated Jul 4 09:00, late.
      await accepted('/api/damage-claims', 'clerk', claim(LATE_CLAIM, [LAMP, TELEVISION], '2025-07-02T20:00:00'));
      await accepted(`/api/damage-claims/${LATE_CLAIM}/investigation`, 'inspector', {
        findings: '中性线断线致电压升高',
        utilityLiable: true,
        appliances: [{ name: '台灯', repairable: false }, { name: '电视机', repairable: true, repairCost: 680.5 }],
        occurredAt: at('2025-07-04T09:00:00'),
      });
      await accepted(`/api/damage-claims/${LATE_CLAIM}/settlement`, 'clerk', { occurredAt: at('2025-07-07T10:00:00') });
    });

    it('a claim filed on day 8 is refused CLAIM_TOO_LATE and nothing is written, even half an hour into the day', async () => {
      // 2025-07-09 00:30 in Shanghai is still Jul 8 in UTC: the filing day is Shanghai's.
      for (const occurredAt of ['2025-07-09T00:30:00', '2025-07-09T09:00:00']) {
        expectProblem(await post('/api/damage-claims', 'clerk', claim(TOO_LATE, [MICROWAVE], occurredAt)), 422, 'CLAIM_TOO_LATE');
      }
      expect(await api.readStream(`claim-${TOO_LATE}`)).toEqual([]);
    });

    it('the claim filed on day 7, investigated within 24 hours, settled: the invoice price and the depreciated price', async () => {
      expect(await read(`/api/damage-claims/${ON_TIME}`)).toMatchObject({
        status: 'settled',
        filedAt: utc('2025-07-08T23:30:00'),
        appliances: [
          { ...MICROWAVE, repairable: false, basis: 'boughtWithinSixMonths', compensation: 899 },
          { ...FRIDGE, repairable: false, basis: 'depreciated', compensation: 2025, monthsUsed: 63, lifeYears: 12 },
        ],
        // 899 + 2025
        total: 2924,
        clocks: [
          { name: 'damageInvestigation', status: 'metOnTime', startedAt: utc('2025-07-08T23:30:00'), deadline: '2025-07-09T23:30:00.000+08:00', stoppedAt: utc('2025-07-09T10:00:00') },
        ],
      });
    });

    it('the claim investigated beyond 24 hours: running, due soon from 6 hours before, overdue, then met late', async () => {
      const status = async (point: string) => (await read(`/api/damage-claims/${LATE_CLAIM}/state${qs({ at: at(point) })}`)).clocks[0].status;
      expect(await status('2025-07-03T13:59:59')).toBe('running');
      expect(await status('2025-07-03T14:00:00')).toBe('dueSoon');
      expect(await status('2025-07-03T20:00:00')).toBe('dueSoon');
      expect(await status('2025-07-03T20:00:01')).toBe('overdue');
      expect(await status('2025-07-04T09:00:00')).toBe('metLate');
      const alerts = async (point: string) =>
        (await read(`/api/dashboards/sla/alerts${qs({ subject: 'claim', asOf: at(point) })}`, 'viewer')).items.map((a: { subjectId: string; status: string }) => [a.subjectId, a.status]);
      expect(await alerts('2025-07-03T15:00:00')).toEqual([[LATE_CLAIM, 'dueSoon']]);
      expect(await alerts('2025-07-04T08:00:00')).toEqual([[LATE_CLAIM, 'overdue']]);
      const dashboard = await read(`/api/dashboards/sla${qs({ subject: 'claim', asOf: at('2025-07-31T12:00:00') })}`, 'viewer');
      expect(dashboard.clocks.damageInvestigation).toMatchObject({ open: 0, metOnTime: 1, metLate: 1, onTimeRate: 0.5 });
    });

    it('settled: the floor for the worn-out lamp, the repair cost for the television', async () => {
      expect(await read(`/api/damage-claims/${LATE_CLAIM}`)).toMatchObject({
        status: 'settled',
        appliances: [
          { ...LAMP, repairable: false, basis: 'minimumShare', compensation: 25.9, monthsUsed: 49, lifeYears: 2 },
          { ...TELEVISION, repairable: true, repairCost: 680.5, basis: 'repairCost', compensation: 680.5 },
        ],
        // 25.90 + 680.50
        total: 706.4,
        clocks: [{ name: 'damageInvestigation', status: 'metLate', deadline: '2025-07-03T20:00:00.000+08:00', stoppedAt: utc('2025-07-04T09:00:00') }],
      });
    });
  });
});
