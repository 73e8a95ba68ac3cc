import { describe, expect, it } from '@jest/globals';
import {
  accountStatusOn,
  decideAccount,
  evolveAccount,
  initialAccountState,
  type AccountEvent,
  type AccountState,
} from '#connection-projects/domain';
import { Random } from '../workload/random.js';
import { accountCommandFor, accountServiceRole, planAccount, type AccountPlan } from './account-plan.js';
import { benchActor } from './append-decided.js';
import { planProject } from './project-plan.js';

const HORIZON = Date.parse('2026-11-20T09:00:00Z');
const opened = (tariffCategory: string, value = 400): AccountEvent =>
  ({
    type: 'SupplyAccountOpened',
    occurredAt: '2025-03-03T06:00:00.000Z',
    data: {
      accountId: 'acct-t',
      customerId: 'c',
      projectId: 't',
      supplyAddress: '杭州',
      orgUnit: 'hz-xihu-branch',
      contractCapacity: { value, unit: 'kVA' },
      supplyVoltage: '10kV',
      tariffCategory,
      meterNumbers: ['1'],
      openedAt: '2025-03-03T06:00:00.000Z',
    },
  }) as AccountEvent;

/** Folds a plan's services through the real account decider on `start`: the events, or the first refusal thrown. */
const serve = (plan: AccountPlan, start: AccountEvent): AccountEvent[] => {
  let state: AccountState = evolveAccount(initialAccountState, start);
  const events: AccountEvent[] = [];
  plan.services.forEach((service, i) => {
    const decided = decideAccount(accountCommandFor(service, 'acct-t', state), state, { now: plan.times[i]!, actor: benchActor(accountServiceRole(service)) });
    state = decided.reduce(evolveAccount, state);
    events.push(...decided);
  });
  return events;
};

describe('generated account plans', () => {
  const plans = Array.from({ length: 400 }, (_, i) => planAccount('2025-03-03T06:00:00.000Z', HORIZON, new Random(i)));

  it('are all accepted by the account decider, on a large-industry account (whole capacity) as on a residential one', () => {
    for (const plan of plans) {
      expect(serve(plan, opened('largeIndustry')).map((e) => e.type)).toEqual(plan.services.map((s) => EVENT_OF[s.type]));
      expect(serve(plan, opened('residential', 8)).length).toBe(plan.services.length);
    }
  });

  it('give a share of the accounts suspensions (some restored early), tariff changes and late-payment charges', () => {
    const count = (type: string) => plans.filter((p) => p.services.some((s) => s.type === type)).length;
    // 25 %, 40 % of those, 10 %, 30 % of 400.
    expect(count('GrantSuspension')).toBeGreaterThan(70);
    expect(count('GrantSuspension')).toBeLessThan(130);
    expect(count('EndSuspension')).toBeGreaterThan(20);
    expect(count('ApplyTariffChange')).toBeGreaterThan(20);
    expect(count('AssessLatePaymentCharge')).toBeGreaterThan(90);
    expect(plans.filter((p) => p.services.length === 0).length).toBeGreaterThan(100);
  });

  it('keep business times increasing, after the opening and before the horizon', () => {
    const late = planAccount('2026-11-01T06:00:00.000Z', HORIZON, new Random(3));
    for (const plan of [...plans, late]) {
      expect([...plan.times].sort()).toEqual(plan.times);
      expect(plan.times.every((t) => t > '2025-03-03T06:00:00.000Z' && Date.parse(t) <= HORIZON)).toBe(true);
    }
  });

  it('suspend the whole contract for 15 days or more within one year: the account is suspended in the middle of it', () => {
    const plan = plans.find((p) => p.services[0]?.type === 'GrantSuspension' && p.services[1]?.type !== 'EndSuspension')!;
    const grant = plan.services[0] as { from: string; until: string };
    expect(grant.from.slice(0, 4)).toBe(grant.until.slice(0, 4));
    const [granted] = serve({ services: plan.services.slice(0, 1), times: plan.times.slice(0, 1) }, opened('largeIndustry'));
    const state = [opened('largeIndustry'), granted!].reduce(evolveAccount, initialAccountState);
    expect(accountStatusOn(state, grant.from)).toBe('suspended');
  });

  it('belong to the energized projects only, each from its energization', () => {
    const random = new Random(7);
    const projects = Array.from({ length: 200 }, (_, i) => planProject(i, 200, random, 't'));
    for (const project of projects) {
      const energization = project.steps.findIndex((s) => s.type === 'InstallMeterAndEnergize');
      expect(project.account !== undefined).toBe(energization >= 0);
      if (project.account?.times[0]) expect(project.account.times[0] > project.times[energization]!).toBe(true);
    }
    expect(projects.filter((p) => p.account).length).toBeGreaterThan(100);
  });
});

const EVENT_OF: Record<string, string> = {
  GrantSuspension: 'SuspensionGranted',
  EndSuspension: 'SuspensionEnded',
  RequestTariffChange: 'TariffChangeRequested',
  SurveyTariffChange: 'TariffChangeSurveyed',
  ApplyTariffChange: 'TariffCategoryChanged',
  AssessLatePaymentCharge: 'LatePaymentChargeAssessed',
};
