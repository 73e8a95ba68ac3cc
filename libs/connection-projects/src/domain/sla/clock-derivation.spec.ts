import { prcCalendar } from '../calendar/prc-calendar.js';
import type { ClockDefinition } from '../policy/clock-definition.js';
import { SEED_POLICY } from '../policy/seed.policy.js';
import { SGCC_ASSESSMENT_POLICY } from '../policy/sgcc-assessment.policy.js';
import { advanceClocks, clockInstancesOn, deriveClocks, type ClockEvent } from './clock-derivation.js';

const instances = clockInstancesOn(prcCalendar);
const at = (time: string) => `2025-${time}:00+08:00`;
const event = (type: string, time: string, data: Record<string, unknown> = {}): ClockEvent => ({ type, data, occurredAt: at(time) });
const end = (day: string) => `2025-${day}T23:59:59.999+08:00`;

describe('the seed clock table derived from a project\'s events (SPEC §5)', () => {
  it('given a low-voltage project with a rejected and a resubmitted design then each submission has a round of its own, stopped by its review', () => {
    const events = [
      event('ApplicationAccepted', '09-22T09:00'),
      event('SupplySchemeReplied', '09-24T10:00'),
      event('DesignSubmitted', '09-25T10:00', { round: 1 }),
      event('DesignReviewed', '10-09T10:00', { round: 1, result: 'rejected' }),
      event('DesignSubmitted', '10-10T09:00', { round: 2 }),
    ];
    expect(deriveClocks(SEED_POLICY.clocks, 'lowVoltage', events, instances)).toEqual([
      // 7 working days from Mon Sep 22: 23, 24, 25, 26, worked Sun 28, 29, 30.
      { name: 'schemeReply', startedAt: at('09-22T09:00'), limit: { workingDays: 7 }, deadline: end('09-30'), stoppedAt: at('09-24T10:00') },
      { name: 'designReview', startedAt: at('09-25T10:00'), limit: { calendarDays: 10 }, deadline: end('10-05'), round: 1, stoppedAt: at('10-09T10:00') },
      { name: 'designReview', startedAt: at('10-10T09:00'), limit: { calendarDays: 10 }, deadline: end('10-20'), round: 2 },
    ]);
  });

  it('given a review of another round then the open submission keeps running', () => {
    const events = [event('ApplicationAccepted', '09-22T09:00'), event('DesignSubmitted', '09-25T10:00', { round: 2 }), event('DesignReviewed', '09-26T10:00', { round: 1, result: 'approved' })];
    expect(deriveClocks(SEED_POLICY.clocks, 'highVoltageSingle', events, instances).map((c) => [c.name, c.round, c.stoppedAt])).toEqual([
      ['schemeReply', undefined, undefined],
      ['designReview', 2, undefined],
    ]);
  });

  it('given a residential project then a failed acceptance starts nothing, the passed one starts energization, energization starts the post-connection check', () => {
    const events = [
      event('ApplicationAccepted', '09-26T09:00'),
      event('SupplySchemeReplied', '09-29T15:00'),
      event('DesignSubmitted', '09-29T16:00', { round: 1 }), // no design review for residential customers
      event('AcceptanceRecorded', '09-30T10:00', { round: 1, result: 'failed' }),
      event('AcceptanceRecorded', '09-30T11:00', { round: 2, result: 'passed' }),
      event('SupplyContractSigned', '09-30T11:30'),
      event('MeterInstalledAndEnergized', '10-11T10:00'),
    ];
    expect(deriveClocks(SEED_POLICY.clocks, 'residential', events, instances)).toEqual([
      // 3 working days (worked Sun 28, 29, 30) or 5 calendar days (Oct 1), whichever ends first.
      { name: 'schemeReply', startedAt: at('09-26T09:00'), limit: { workingDays: 3, calendarDays: 5 }, deadline: end('09-30'), stoppedAt: at('09-29T15:00') },
      // Oct 1–8 off: Oct 9, 10, worked Sat 11.
      { name: 'energization', startedAt: at('09-30T11:00'), limit: { workingDays: 3 }, deadline: end('10-11'), stoppedAt: at('10-11T10:00') },
      { name: 'postConnectionCheck', startedAt: at('10-11T10:00'), limit: { calendarMonths: 1 }, deadline: end('11-11') },
    ]);
  });

  it('given a high-voltage project then acceptance starts no energization clock; the contract does (5 working days → Tue Oct 14)', () => {
    const events = [event('ApplicationAccepted', '09-01T09:00'), event('AcceptanceRecorded', '09-29T10:00', { round: 1, result: 'passed' }), event('SupplyContractSigned', '09-30T10:00')];
    expect(deriveClocks(SEED_POLICY.clocks, 'highVoltageDual', events, instances).slice(1)).toEqual([
      { name: 'energization', startedAt: at('09-30T10:00'), limit: { workingDays: 5 }, deadline: end('10-14') },
    ]);
  });

  it('given an event that touches no clock then the fold is the same object; a stop once stopped changes nothing', () => {
    const fold = { records: deriveClocks(SEED_POLICY.clocks, 'lowVoltage', [event('ApplicationAccepted', '09-22T09:00'), event('SupplySchemeReplied', '09-24T10:00')], instances) };
    expect(advanceClocks(SEED_POLICY.clocks, 'lowVoltage', fold, event('SiteSurveyed', '09-25T09:00'), instances)).toBe(fold);
    expect(advanceClocks(SEED_POLICY.clocks, 'lowVoltage', fold, event('SupplySchemeReplied', '09-26T09:00'), instances)).toBe(fold);
  });
});

/** The shipped sgcc-assessment clock table of SPEC §6: "each … the next …", "its …" for rounds without a round of their own, "the later of". */
const SGCC_ASSESSMENT_CLOCKS = SGCC_ASSESSMENT_POLICY.clocks;

describe('the sgcc-assessment clock table of SPEC §6, as data', () => {
  const events = [
    event('ApplicationAccepted', '09-01T09:00'),
    event('SupplySchemeReplied', '09-12T10:00'),
    event('DesignSubmitted', '09-15T09:00', { round: 1 }),
    event('DesignReviewed', '09-19T10:00', { round: 1, result: 'approved' }),
    event('IntermediateInspectionRequested', '09-22T09:00', { stage: '隐蔽工程' }),
    event('IntermediateInspectionRecorded', '09-24T09:00', { round: 1, result: 'passed' }),
    event('CompletionReported', '09-25T09:00'),
    event('AcceptanceRecorded', '09-26T09:00', { round: 1, result: 'failed' }),
    event('CompletionReported', '09-27T09:00'),
    event('SupplyContractSigned', '09-29T10:00'),
    event('AcceptanceRecorded', '09-30T10:00', { round: 2, result: 'passed' }),
  ];

  it('given a high-voltage project then it has the five high-voltage stages, rounds counted where events carry none', () => {
    expect(deriveClocks(SGCC_ASSESSMENT_CLOCKS, 'highVoltageSingle', events, instances)).toEqual([
      // Mon Sep 1 + 15 working days: Sep 2–5, 8–12, 15–19, 22.
      { name: 'schemeReply', startedAt: at('09-01T09:00'), limit: { workingDays: 15 }, deadline: end('09-22'), stoppedAt: at('09-12T10:00') },
      // Mon Sep 15 + 10: Sep 16–19, 22–26, worked Sun 28.
      { name: 'designReview', startedAt: at('09-15T09:00'), limit: { workingDays: 10 }, deadline: end('09-28'), round: 1, stoppedAt: at('09-19T10:00') },
      { name: 'intermediateInspection', startedAt: at('09-22T09:00'), limit: { workingDays: 5 }, deadline: end('09-28'), round: 1, stoppedAt: at('09-24T09:00') },
      // Thu Sep 25 + 5: 26, 28, 29, 30, Oct 9.
      { name: 'completionInspection', startedAt: at('09-25T09:00'), limit: { workingDays: 5 }, deadline: end('10-09'), round: 1, stoppedAt: at('09-26T09:00') },
      // Sat Sep 27 + 5: 28, 29, 30, Oct 9, 10.
      { name: 'completionInspection', startedAt: at('09-27T09:00'), limit: { workingDays: 5 }, deadline: end('10-10'), round: 2, stoppedAt: at('09-30T10:00') },
      // The later of the contract (Sep 29) and the passed acceptance (Sep 30): Oct 9, 10, 11, 13, 14.
      { name: 'energization', startedAt: at('09-30T10:00'), limit: { workingDays: 5 }, deadline: end('10-14') },
    ]);
  });

  it('given only the contract of "the later of" two starts then the half is kept and no energization clock runs', () => {
    let fold = { records: [] as ReturnType<typeof instances.started>[] } as Parameters<typeof advanceClocks>[2];
    for (const e of events.slice(0, 10)) fold = advanceClocks(SGCC_ASSESSMENT_CLOCKS, 'highVoltageDual', fold, e, instances);
    expect(fold.pending).toEqual({ 'energization:1': at('09-29T10:00') });
    expect(fold.records.map((c) => c.name)).not.toContain('energization');
  });

  it('given a low-voltage project then one connection clock runs from application to energization (15 working days)', () => {
    const lowVoltage = [event('ApplicationAccepted', '09-22T09:00'), event('DesignSubmitted', '09-25T10:00', { round: 1 }), event('MeterInstalledAndEnergized', '10-13T09:00')];
    expect(deriveClocks(SGCC_ASSESSMENT_CLOCKS, 'lowVoltage', lowVoltage, instances).map((c) => [c.name, c.deadline, c.stoppedAt])).toEqual([
      // Sep 23–26, worked Sun 28, 29, 30, Oct 9, 10, worked Sat 11, 13, 14, 15, 16, 17.
      ['connection', end('10-17'), at('10-13T09:00')],
      ['postConnectionCheck', end('11-13'), undefined],
    ]);
  });

  it('given the clocks of accounts, complaints and claims (SPEC §7, §8) then they are rows of the same shape', () => {
    const serviceClocks: ClockDefinition[] = [
      { name: 'tariffSurvey', subject: 'account', starts: { each: { event: 'TariffChangeRequested' } }, stops: { next: { event: 'TariffChangeSurveyed' } }, limit: { workingDays: 3 } },
      { name: 'complaintContact', subject: 'complaint', starts: { on: { event: 'ComplaintReceived' } }, stops: { next: { event: 'ComplainantContacted' } }, limit: { workingDays: 1 } },
      {
        name: 'damageInvestigation', subject: 'claim', starts: { on: { event: 'DamageClaimFiled' } }, stops: { next: { event: 'DamageInvestigated' } },
        limit: { hours: 24 }, dueSoonBefore: { hours: 6 },
      },
    ];
    const complaint = [event('ComplaintReceived', '10-10T16:00'), event('ComplainantContacted', '10-11T09:00')];
    expect(deriveClocks(serviceClocks, undefined, complaint, instances)).toEqual([
      { name: 'complaintContact', startedAt: at('10-10T16:00'), limit: { workingDays: 1 }, deadline: end('10-11'), stoppedAt: at('10-11T09:00') },
    ]);
  });
});
