import { projectBatch, type StoredEvent } from '#event-sourcing';
import { utcInstant } from '../../domain/calendar/index.js';
import { ACCOUNT_CLOCKS } from '../../domain/account/index.js';
import { accountEvent, accountOpened, on } from '../../domain/account/testing/account.fixtures.js';
import { CLAIM_CLOCKS, COMPLAINT_CLOCKS, SEED_POLICY, SHIPPED_POLICIES } from '../../domain/policy/index.js';
import { storedAccountHistory } from '../account-view/stored-account-events.fixtures.js';
import { slaClocksProjection } from './sla-clocks.projection.js';
import { OPEN_FOREVER, SLA_CLOCK_NAMES, type SlaClocksDocument } from './sla-clocks.js';
import { storedEvents } from './testing/national-day.fixture.js';

const events = storedEvents();
const ofProject = (id: string) => events.filter((e) => e.streamId === `project-${id}`);
const fold = (history: StoredEvent[]) => history.reduce<SlaClocksDocument | null>(slaClocksProjection.evolve, null);

/** What the runner would store after the events, batch by batch (positions guard redeliveries). */
const project = (batches: StoredEvent[][]) => {
  const current = new Map<string, { doc: Record<string, unknown> | null; position: number }>();
  for (const batch of batches) {
    for (const { id, doc, position } of projectBatch(slaClocksProjection, batch, current).upserts) current.set(id, { doc, position });
  }
  return Object.fromEntries([...current].map(([id, { doc }]) => [id, doc]));
};

describe('sla-clocks projection: given a project\'s events then its document', () => {
  it('given a low-voltage project with a rejected and a resubmitted design then one compact document holds its three clocks in UTC', () => {
    expect(fold(ofProject('sla-p4'))).toEqual({
      subject: 'project',
      subjectId: 'sla-p4',
      projectId: 'sla-p4',
      customerId: 'c-sla-p4',
      orgUnit: 'HZ-YH-BRANCH',
      customerClass: 'lowVoltage',
      policyVersion: 'seed',
      appliedAt: '2025-09-22T01:00:00.000Z',
      lastStartedAt: '2025-10-10T01:00:00.000Z', // design 2, Oct 10 09:00 Shanghai
      openUntil: OPEN_FOREVER, // design 2 is under review
      clocks: [
        {
          // 7 working days from Mon Sep 22: 23, 24, 25, 26, worked Sun 28, 29, 30 → Sep 30; dueSoon from Mon Sep 29.
          name: 'schemeReply', startedAt: '2025-09-22T01:00:00.000Z', limit: { workingDays: 7 },
          deadline: '2025-09-30T15:59:59.999Z', dueSoonFrom: '2025-09-28T16:00:00.000Z',
          stoppedAt: '2025-09-24T02:00:00.000Z', workingDaysToStop: 2, // Sep 23, 24
        },
        {
          // 10 calendar days from Sep 25 → Oct 5 (holidays do not matter); dueSoon from Oct 4.
          name: 'designReview', round: 1, startedAt: '2025-09-25T02:00:00.000Z', limit: { calendarDays: 10 },
          deadline: '2025-10-05T15:59:59.999Z', dueSoonFrom: '2025-10-03T16:00:00.000Z',
          stoppedAt: '2025-10-09T02:00:00.000Z', workingDaysToStop: 5, // Sep 26, 28, 29, 30, Oct 9
        },
        {
          name: 'designReview', round: 2, startedAt: '2025-10-10T01:00:00.000Z', limit: { calendarDays: 10 },
          deadline: '2025-10-20T15:59:59.999Z', dueSoonFrom: '2025-10-18T16:00:00.000Z',
        },
      ],
    });
  });

  it('given a residential project energized then the connection time and the post-connection check are recorded; the contract starts no clock', () => {
    const doc = fold(ofProject('sla-p2'))!;
    expect(doc.clocks.map((c) => [c.name, c.stoppedAt ?? null])).toEqual([
      ['schemeReply', '2025-09-29T07:00:00.000Z'],
      ['energization', '2025-10-11T02:00:00.000Z'], // started at acceptance passed, not at the contract
      ['postConnectionCheck', null],
    ]);
    // Fri Sep 26 → Sat Oct 11: worked Sun 28, 29, 30, Oct 9, 10, worked Sat 11.
    expect(doc).toMatchObject({ energizedAt: '2025-10-11T02:00:00.000Z', connectionWorkingDays: 6, openUntil: OPEN_FOREVER });
    expect(doc.clocks[2]).toMatchObject({ deadline: '2025-11-11T15:59:59.999Z', limit: { calendarMonths: 1 } });
  });

  it('given a high-voltage project then acceptance starts no energization clock; the contract does (5 working days → Tue Oct 14)', () => {
    const doc = fold(ofProject('sla-p5'))!;
    expect(doc.clocks.map((c) => c.name)).toEqual(['schemeReply', 'designReview', 'energization']);
    expect(doc.clocks[2]).toMatchObject({ startedAt: '2025-09-30T02:00:00.000Z', deadline: '2025-10-14T15:59:59.999Z', dueSoonFrom: '2025-10-12T16:00:00.000Z' });
  });

  it('given a cancellation while the scheme reply runs then that clock is marked and nothing is open after the cancellation', () => {
    const doc = fold(ofProject('sla-p6'))!;
    expect(doc.cancelledAt).toBe('2025-10-09T02:00:00.000Z');
    expect(doc.clocks).toEqual([expect.objectContaining({ name: 'schemeReply', cancelledAt: '2025-10-09T02:00:00.000Z' })]);
    expect(doc.clocks[0]).not.toHaveProperty('stoppedAt');
    expect(doc.openUntil).toBe('2025-10-09T02:00:00.000Z');
  });

  it('given every clock stopped then openUntil is the last stop', () => {
    const doc = fold(ofProject('sla-p1').slice(0, 2))!;
    expect(doc.openUntil).toBe(utcInstant('2025-10-14T09:00:00+08:00'));
  });

  it('given events of a project never applied for, or of other streams, then no document', () => {
    expect(fold(ofProject('sla-p4').slice(1))).toBeNull();
    expect(slaClocksProjection.documentIds({ ...events[0]!, streamId: 'tally-1' })).toEqual([]);
  });
});

describe('sla-clocks projection: given an account\'s events then its document (SPEC §7.2)', () => {
  const account = (events: Parameters<typeof storedAccountHistory>[0]) => fold(storedAccountHistory(events, 'acct-7'));
  const removal = [
    accountOpened(),
    accountEvent('TemporaryRemovalRequested', { reason: '改造' }, on('2025-09-26')),
    accountEvent('MeterTemporarilyRemoved', {}, on('2025-10-09')),
    accountEvent('TariffChangeRequested', { currentCategory: 'largeIndustry', newCategory: 'commercial', reason: '改作商场' }, on('2025-10-09')),
    accountEvent('TariffChangeSurveyed', { newCategory: 'commercial', findings: '属实', approved: true }, on('2025-10-10')),
  ];

  it('given an account opened then a document of its own, named by subject, with no clock and nothing open', () => {
    expect(account(removal.slice(0, 1))).toEqual({
      subject: 'account', subjectId: 'acct-7', customerId: 'c-0002', orgUnit: 'HZ-XH-BRANCH',
      appliedAt: '2025-01-06T01:00:00.000Z', lastStartedAt: '2025-01-06T01:00:00.000Z', openUntil: '2025-01-06T01:00:00.000Z', clocks: [],
    });
    expect(slaClocksProjection.documentIds(storedAccountHistory(removal, 'acct-7')[0]!)).toEqual(['account/acct-7']);
  });

  it('given a removal across the holiday and a tariff change then their clocks, in calendar and working days, in UTC', () => {
    expect(account(removal)).toEqual({
      subject: 'account', subjectId: 'acct-7', customerId: 'c-0002', orgUnit: 'HZ-XH-BRANCH',
      appliedAt: '2025-01-06T01:00:00.000Z', lastStartedAt: '2025-10-10T01:00:00.000Z', openUntil: OPEN_FOREVER,
      clocks: [
        {
          // 5 calendar days from Fri Sep 26 → Wed Oct 1, holiday or not, due soon from Sep 30; met late on Oct 9
          // (Sun 28, 29, 30, Oct 9 worked).
          name: 'removalExecution', startedAt: '2025-09-26T01:00:00.000Z', limit: { calendarDays: 5 },
          deadline: '2025-10-01T15:59:59.999Z', dueSoonFrom: '2025-09-29T16:00:00.000Z', stoppedAt: '2025-10-09T01:00:00.000Z', workingDaysToStop: 4,
        },
        {
          // 3 working days from Thu Oct 9: Fri 10, worked Sat 11, Mon 13; due soon from the worked Sat 11.
          name: 'tariffSurvey', startedAt: '2025-10-09T01:00:00.000Z', limit: { workingDays: 3 },
          deadline: '2025-10-13T15:59:59.999Z', dueSoonFrom: '2025-10-10T16:00:00.000Z', stoppedAt: '2025-10-10T01:00:00.000Z', workingDaysToStop: 1,
        },
        {
          // 2 working days from Fri Oct 10: worked Sat 11, Mon 13; due soon from Sat 11 (the last working day before).
          name: 'tariffChange', startedAt: '2025-10-10T01:00:00.000Z', limit: { workingDays: 2 },
          deadline: '2025-10-13T15:59:59.999Z', dueSoonFrom: '2025-10-10T16:00:00.000Z',
        },
      ],
    });
  });

  it('given the account closed with a clock open then that clock is marked and nothing is open after the closure', () => {
    const doc = account([...removal, accountEvent('SupplyAccountClosed', { finalReading: 1 }, on('2025-10-14'))])!;
    expect(doc.cancelledAt).toBe('2025-10-14T01:00:00.000Z');
    expect(doc.clocks.at(-1)).toMatchObject({ name: 'tariffChange', cancelledAt: '2025-10-14T01:00:00.000Z' });
    expect(doc.openUntil).toBe('2025-10-14T01:00:00.000Z');
  });
});

const names7 = ['schemeReply', 'designReview', 'energization', 'postConnectionCheck', 'connection', 'intermediateInspection', 'completionInspection'];
const accountNames = ['removalExecution', 'reinstallation', 'tariffSurvey', 'tariffChange'];

describe('sla-clocks projection: the clocks it knows', () => {
  it('given the seed policy then its clock table names the dashboard\'s clocks, in the dashboard\'s order', () => {
    const names = ['schemeReply', 'designReview', 'energization', 'postConnectionCheck'];
    expect([...new Set(SEED_POLICY.clocks.map((c) => c.name))]).toEqual(names);
    expect(SLA_CLOCK_NAMES.slice(0, 4)).toEqual(names);
  });

  it('given the account clock table then the dashboard knows each of its clocks, after the project ones', () => {
    expect(ACCOUNT_CLOCKS.map((c) => c.name)).toEqual(accountNames);
  });

  it('given every shipped policy then the dashboard knows each of its clock names', () => {
    for (const policy of SHIPPED_POLICIES) for (const clock of policy.clocks) expect(SLA_CLOCK_NAMES).toContain(clock.name);
    expect(SLA_CLOCK_NAMES).toEqual([...names7, ...accountNames, 'complaintContact', 'complaintReply', 'damageInvestigation']);
  });

  it('given the complaint and claim clock tables then the dashboard knows each of their clocks, after the account ones', () => {
    expect([...COMPLAINT_CLOCKS, ...CLAIM_CLOCKS].map((c) => c.name)).toEqual(SLA_CLOCK_NAMES.slice(names7.length + accountNames.length));
  });
});

describe('sla-clocks projection: replays', () => {
  it('given every event delivered twice, and then the whole log again, then the documents are the same as after one delivery', () => {
    const once = project([events]);
    const twice = project([events.flatMap((e) => [e, e]), events]);
    expect(Object.keys(once)).toHaveLength(6);
    expect(twice).toEqual(once);
  });

  it('given the fold run twice then it is deterministic (no clock, no randomness)', () => {
    expect(project([events])).toEqual(project([events]));
  });
});
