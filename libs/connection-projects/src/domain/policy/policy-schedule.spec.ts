import { acceptApplication, applicationAccepted, decisionContext, FIXTURE_NOW, given, projectHistory, siteSurveyed, recordSiteSurvey } from '../testing/project.specification.js';
import { DEFAULT_POLICY_SCHEDULE, parsePolicySchedule, PolicyScheduleError, policyInForce } from './policy-schedule.js';

describe('the policy schedule (POLICY_SCHEDULE, SPEC §6)', () => {
  it('given nothing then the seed policy alone', () => {
    expect(parsePolicySchedule(undefined)).toEqual([{ version: 'seed', effectiveFrom: '2000-01-01' }]);
    expect(parsePolicySchedule('  ')).toBe(DEFAULT_POLICY_SCHEDULE);
  });

  it('given versions with their days then the entries in order', () =>
    expect(parsePolicySchedule('seed@2000-01-01, sgcc-assessment@2026-07-01')).toEqual([
      { version: 'seed', effectiveFrom: '2000-01-01' },
      { version: 'sgcc-assessment', effectiveFrom: '2026-07-01' },
    ]));

  it.each([
    ['an unknown version', 'seed@2000-01-01,sgcc-2030@2026-07-01', "unknown policy version 'sgcc-2030'"],
    ['a malformed entry', 'seed@2000-01-01,,', "entry '' is malformed"],
    ['a malformed date', 'sgcc-assessment@2026-7-1', "'sgcc-assessment@2026-7-1' has no valid date"],
    ['an impossible date', 'sgcc-assessment@2026-02-30', 'has no valid date'],
    ['days out of order', 'sgcc-assessment@2026-07-01,seed@2000-01-01', 'increasing days'],
  ])('given %s then an error naming it', (_what, text, message) => {
    expect(() => parsePolicySchedule(text)).toThrow(PolicyScheduleError);
    expect(() => parsePolicySchedule(text)).toThrow(message);
  });

  const schedule = parsePolicySchedule('seed@2000-01-01,sgcc-assessment@2026-07-01');
  it.each([
    ['the day before the switch, late at night in Shanghai', '2026-06-30T23:59:59+08:00', 'seed'],
    ['the switch day, early in Shanghai (still June 30 in UTC)', '2026-06-30T16:30:00Z', 'sgcc-assessment'],
    ['a day long after', '2027-03-01T09:00:00+08:00', 'sgcc-assessment'],
    ['a day before the first entry', '1999-12-31T09:00:00+08:00', 'seed'],
  ])('picks by the Shanghai day: %s', (_when, at, version) => expect(policyInForce(schedule, at)).toBe(version));
});

describe('an application under a schedule (SPEC §6)', () => {
  const schedule = parsePolicySchedule('seed@2000-01-01,sgcc-assessment@2025-03-15');
  const ctx = { ...decisionContext(), policySchedule: schedule };

  it('records the version in force on the application\'s business day', () =>
    given()
      .when(acceptApplication({ occurredAt: '2025-03-14T10:00:00+08:00' }), ctx)
      .then([applicationAccepted({ policyVersion: 'seed' }, { occurredAt: '2025-03-14T02:00:00.000Z' })]));

  it('records the version in force today when no business time is given', () =>
    given().when(acceptApplication(), ctx).then([applicationAccepted({ policyVersion: 'sgcc-assessment' }, { occurredAt: FIXTURE_NOW })]));

  it('keeps a project\'s policy for life: later commands are decided under it, whatever the schedule says now', () =>
    given(...projectHistory('highVoltageSingle', 'applicationAccepted'))
      .when(recordSiteSurvey(), { ...decisionContext(), policySchedule: parsePolicySchedule('sgcc-assessment@2000-01-01') })
      .then([siteSurveyed()]));
});
