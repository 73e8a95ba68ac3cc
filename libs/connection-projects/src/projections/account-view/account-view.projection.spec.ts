import { projectBatch, type StoredEvent } from '#event-sourcing';
import type { AccountEvent } from '../../domain/index.js';
import { accountEvent, accountOpened, on, ordinaryAccountOpened, suspensionGranted } from '../../domain/account/testing/account.fixtures.js';
import { accountViewAsOf } from './account-view.as-of.js';
import { accountViewProjection } from './account-view.projection.js';
import type { AccountViewDocument } from './account-view.js';
import { storedAccountHistory } from './stored-account-events.fixtures.js';

const fold = (history: StoredEvent[]) => history.reduce<AccountViewDocument | null>(accountViewProjection.evolve, null);
const end = (day: string) => `${day}T23:59:59.999+08:00`;

/** A large-industry account of 400 kVA through every service of SPEC §7.2 and both charges of §7.3, in 2025–2026. */
const served: AccountEvent[] = [
  accountOpened(),
  accountEvent('SuspensionGranted', { capacity: { value: 400, unit: 'kVA' }, from: '2025-03-01', until: '2025-06-30', days: 122 }, on('2025-02-20')),
  accountEvent('SuspensionEnded', { from: '2025-03-01', until: '2025-06-30', restoreOn: '2025-05-01', suspendedDays: 61, basicChargeWaived: true }, on('2025-04-20')),
  accountEvent('TemporaryRemovalRequested', { reason: '厂房改造' }, on('2025-07-01')),
  accountEvent('MeterTemporarilyRemoved', { notes: '表计已拆回' }, on('2025-07-03')),
  accountEvent('ReinstallationRequested', { reason: '改造完成' }, on('2025-08-01')),
  accountEvent('MeterReinstalled', { meterNumbers: ['3301000099'] }, on('2025-08-04')),
  accountEvent('TariffChangeRequested', { currentCategory: 'largeIndustry', newCategory: 'commercial', reason: '厂房改作商场' }, on('2025-09-01')),
  accountEvent('TariffChangeSurveyed', { newCategory: 'commercial', findings: '已改为商业经营', approved: true }, on('2025-09-02')),
  accountEvent('TariffCategoryChanged', { previousCategory: 'largeIndustry', newCategory: 'commercial' }, on('2025-09-03')),
  accountEvent('LatePaymentChargeAssessed', { billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', daysLate: 21, charge: 520 }, on('2026-01-15')),
  accountEvent('ViolationRecorded', { kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, backCharge: 4354.08, penalty: 8708.16 }, on('2026-01-16')),
];
const servedEvents = storedAccountHistory(served, 'acct-p-0001');

describe('account-view projection: given an account\'s services then its document and view', () => {
  it('given every service and charge then the document records each, in order, with its clock records', () => {
    expect(fold(servedEvents)).toEqual({
      accountId: 'acct-p-0001',
      customerId: 'c-0002',
      projectId: 'p-0001',
      supplyAddress: '杭州市余杭区工业园 8 号',
      orgUnit: 'HZ-XH-BRANCH',
      supplyVoltage: '10kV',
      contractCapacity: { value: 400, unit: 'kVA' },
      tariffCategory: 'commercial',
      meterNumbers: ['3301000099'],
      openedAt: '2025-01-06T01:00:00.000Z',
      closed: false,
      removal: 'none',
      suspensions: [{ from: '2025-03-01', until: '2025-06-30', capacity: { value: 400, unit: 'kVA' }, days: 122, restoreOn: '2025-05-01', basicChargeWaived: true }],
      services: [
        { type: 'suspension', requestedAt: on('2025-02-20'), completedAt: on('2025-02-20'), capacity: { value: 400, unit: 'kVA' }, from: '2025-03-01', until: '2025-06-30' },
        { type: 'restoration', requestedAt: on('2025-04-20'), completedAt: on('2025-04-20'), from: '2025-03-01', until: '2025-06-30', restoreOn: '2025-05-01', basicChargeWaived: true },
        { type: 'temporaryRemoval', requestedAt: on('2025-07-01'), completedAt: on('2025-07-03'), reason: '厂房改造', notes: '表计已拆回' },
        { type: 'reinstallation', requestedAt: on('2025-08-01'), completedAt: on('2025-08-04'), reason: '改造完成', meterNumbers: ['3301000099'] },
        {
          type: 'tariffChange', requestedAt: on('2025-09-01'), completedAt: on('2025-09-03'), currentCategory: 'largeIndustry', newCategory: 'commercial',
          reason: '厂房改作商场', surveyedAt: on('2025-09-02'), findings: '已改为商业经营', approved: true,
        },
      ],
      charges: [
        { type: 'latePayment', assessedAt: on('2026-01-15'), billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', daysLate: 21, amount: 520 },
        // 4,354.08 + 8,708.16
        { type: 'violation', assessedAt: on('2026-01-16'), kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, backCharge: 4354.08, penalty: 8708.16, amount: 13062.24 },
      ],
      clockRecords: [
        // 5 calendar days from Tue Jul 1; 5 from Fri Aug 1.
        { name: 'removalExecution', startedAt: on('2025-07-01'), limit: { calendarDays: 5 }, deadline: end('2025-07-06'), stoppedAt: on('2025-07-03') },
        { name: 'reinstallation', startedAt: on('2025-08-01'), limit: { calendarDays: 5 }, deadline: end('2025-08-06'), stoppedAt: on('2025-08-04') },
        // 3 working days from Mon Sep 1: 2, 3, 4; then 2 from Tue Sep 2: 3, 4.
        { name: 'tariffSurvey', startedAt: on('2025-09-01'), limit: { workingDays: 3 }, deadline: end('2025-09-04'), stoppedAt: on('2025-09-02') },
        { name: 'tariffChange', startedAt: on('2025-09-02'), limit: { workingDays: 2 }, deadline: end('2025-09-04'), stoppedAt: on('2025-09-03') },
      ],
      version: 12,
      position: 12,
      updatedAt: on('2026-01-16'),
    });
  });

  it('given that account seen on 2026-01-20 then it is active, nothing suspended, every suspension over and every clock met', () => {
    const view = accountViewAsOf(fold(servedEvents)!, '2026-01-20T12:00:00+08:00');
    expect([view.status, view.suspendedCapacity]).toEqual(['active', { value: 0, unit: 'kVA' }]);
    expect(view.suspensions).toEqual([
      // Restored on May 1: suspended up to Apr 30.
      { from: '2025-03-01', until: '2025-06-30', capacity: { value: 400, unit: 'kVA' }, days: 122, restoreOn: '2025-05-01', basicChargeWaived: true, endedOn: '2025-04-30' },
    ]);
    expect(view.clocks).toEqual([
      { name: 'removalExecution', status: 'metOnTime', startedAt: on('2025-07-01'), deadline: end('2025-07-06'), stoppedAt: on('2025-07-03'), elapsedWorkingDays: 2, pausedDays: 0 },
      { name: 'reinstallation', status: 'metOnTime', startedAt: on('2025-08-01'), deadline: end('2025-08-06'), stoppedAt: on('2025-08-04'), elapsedWorkingDays: 1, pausedDays: 0 },
      { name: 'tariffSurvey', status: 'metOnTime', startedAt: on('2025-09-01'), deadline: end('2025-09-04'), stoppedAt: on('2025-09-02'), elapsedWorkingDays: 1, pausedDays: 0 },
      { name: 'tariffChange', status: 'metOnTime', startedAt: on('2025-09-02'), deadline: end('2025-09-04'), stoppedAt: on('2025-09-03'), elapsedWorkingDays: 1, pausedDays: 0 },
    ]);
    expect(view).not.toHaveProperty('clockRecords');
    expect(view).not.toHaveProperty('removal');
  });

  it('given the whole contract suspended then it is suspended on the suspended days only (SPEC §7.1: as of the day)', () => {
    const doc = fold(servedEvents.slice(0, 2))!;
    expect([accountViewAsOf(doc, '2025-02-28T23:00:00+08:00').status, accountViewAsOf(doc, '2025-03-01T00:00:00+08:00').status]).toEqual(['active', 'suspended']);
    expect(accountViewAsOf(doc, '2025-06-30T12:00:00+08:00')).toMatchObject({ status: 'suspended', suspendedCapacity: { value: 400, unit: 'kVA' } });
    // Ran its whole course: the basic charge is waived (SPEC §7.2 a).
    expect(accountViewAsOf(doc, '2025-07-01T00:00:00+08:00')).toMatchObject({
      status: 'active',
      suspensions: [{ from: '2025-03-01', until: '2025-06-30', capacity: { value: 400, unit: 'kVA' }, days: 122, endedOn: '2025-06-30', basicChargeWaived: true }],
    });
  });

  it('given part of an ordinary account suspended then it stays active with the suspended capacity shown', () => {
    const doc = fold(storedAccountHistory([ordinaryAccountOpened(), suspensionGranted('2025-03-01', '2025-03-31', 31, 120)], 'acct-o'))!;
    expect(accountViewAsOf(doc, '2025-03-15T12:00:00+08:00')).toMatchObject({ status: 'active', suspendedCapacity: { value: 120, unit: 'kVA' } });
  });

  it('given the meter removed then the account is removed until reinstalled, and the execution clock runs from the request', () => {
    const doc = fold(servedEvents.slice(0, 5))!;
    expect(accountViewAsOf(doc, '2025-07-10T12:00:00+08:00').status).toBe('removed');
    const requested = fold(servedEvents.slice(0, 4))!;
    // Tue Jul 1 + 5 calendar days: due soon on Sat Jul 5, overdue from Mon Jul 7.
    expect(accountViewAsOf(requested, '2025-07-05T09:00:00+08:00').clocks.map((c) => c.status)).toEqual(['dueSoon']);
    expect(accountViewAsOf(requested, '2025-07-07T09:00:00+08:00').clocks).toEqual([
      // Wed Jul 2, Thu 3, Fri 4, Mon 7.
      { name: 'removalExecution', status: 'overdue', startedAt: on('2025-07-01'), deadline: end('2025-07-06'), elapsedWorkingDays: 4, pausedDays: 0 },
    ]);
  });

  it('given a survey that refuses the change then the request is over and no tariffChange clock starts', () => {
    const refused = [
      ...served.slice(0, 8),
      accountEvent('TariffChangeSurveyed', { newCategory: 'commercial', findings: '仍为工业生产', approved: false }, on('2025-09-05')),
    ];
    const doc = fold(storedAccountHistory(refused, 'acct-r'))!;
    expect(doc.services.at(-1)).toEqual({
      type: 'tariffChange', requestedAt: on('2025-09-01'), completedAt: on('2025-09-05'), currentCategory: 'largeIndustry', newCategory: 'commercial',
      reason: '厂房改作商场', surveyedAt: on('2025-09-05'), findings: '仍为工业生产', approved: false,
    });
    expect(doc.tariffCategory).toBe('largeIndustry');
    // Sep 2, 3, 4 worked; Fri Sep 5 is past the deadline.
    expect(accountViewAsOf(doc, '2025-09-10T12:00:00+08:00').clocks.slice(2).map((c) => [c.name, c.status])).toEqual([['tariffSurvey', 'metLate']]);
  });

  it('given a split then the account is closed, its parts listed, and a clock still open is no longer shown from then on', () => {
    const split = [
      accountOpened(),
      accountEvent('TemporaryRemovalRequested', { reason: '厂房改造' }, on('2025-07-01')),
      accountEvent('SupplyAccountSplit', {
        parts: [
          { accountId: 'acct-s-1', customer: { id: 'c-0101', name: '甲', kind: 'organisation', idNumber: '91330100MA2AAAAA01', phone: '0571-81111111', address: 'A 座' }, capacity: { value: 250, unit: 'kVA' } },
          { accountId: 'acct-s-2', customer: { id: 'c-0102', name: '乙', kind: 'organisation', idNumber: '91330100MA2BBBBB02', phone: '0571-82222222', address: 'B 座' }, capacity: { value: 150, unit: 'kVA' } },
        ],
      }, on('2025-07-10')),
    ];
    const doc = fold(storedAccountHistory(split, 'acct-s'))!;
    expect(doc).toMatchObject({ closed: true, closedAt: on('2025-07-10') });
    expect(doc.services.at(-1)).toEqual({
      type: 'split', requestedAt: on('2025-07-10'), completedAt: on('2025-07-10'),
      parts: [{ accountId: 'acct-s-1', customerId: 'c-0101', capacity: { value: 250, unit: 'kVA' } }, { accountId: 'acct-s-2', customerId: 'c-0102', capacity: { value: 150, unit: 'kVA' } }],
    });
    expect(accountViewAsOf(doc, '2025-07-10T08:59:59+08:00').clocks.map((c) => [c.name, c.status])).toEqual([['removalExecution', 'overdue']]);
    expect(accountViewAsOf(doc, '2025-07-10T09:00:00+08:00')).toMatchObject({ status: 'closed', clocks: [] });
  });

  it('given events of an account never opened, or of other streams, then no document', () => {
    expect(fold(servedEvents.slice(1))).toBeNull();
    expect(accountViewProjection.documentIds({ ...servedEvents[0]!, streamId: 'project-acct-p-0001' })).toEqual([]);
    expect(accountViewProjection.documentIds(servedEvents[0]!)).toEqual(['acct-p-0001']);
  });
});

describe('account-view projection: replays and rebuilds', () => {
  const log = [
    ...servedEvents,
    ...storedAccountHistory([ordinaryAccountOpened(), suspensionGranted('2025-03-01', '2025-03-31', 31, 120)], 'acct-o', servedEvents.length + 1),
  ];
  const project = (batches: StoredEvent[][]) => {
    const current = new Map<string, { doc: Record<string, unknown> | null; position: number }>();
    for (const batch of batches) {
      for (const { id, doc, position } of projectBatch(accountViewProjection, batch, current).upserts) current.set(id, { doc, position });
    }
    return Object.fromEntries([...current].map(([id, { doc }]) => [id, doc]));
  };

  it('given every event delivered twice, and then the whole log again, then the documents are those of one delivery', () => {
    const once = project([log]);
    expect(Object.keys(once)).toEqual(['acct-p-0001', 'acct-o']);
    expect(project([log.flatMap((e) => [e, e]), log])).toEqual(once);
  });

  it('given the log in batches of any size (live) then the documents equal one fold of each stream (a rebuild)', () => {
    const rebuilt = { 'acct-p-0001': fold(servedEvents), 'acct-o': fold(log.filter((e) => e.streamId === 'account-acct-o')) };
    for (const size of [1, 2, 5]) {
      const batches = Array.from({ length: Math.ceil(log.length / size) }, (_, i) => log.slice(i * size, (i + 1) * size));
      expect(project(batches)).toEqual(rebuilt);
    }
  });
});
