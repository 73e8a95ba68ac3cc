import { CUSTOMER_CLASSES, type CustomerClass } from '../project.enums.js';
import { limitOf } from './clock-definition.js';
import { SEED_POLICY } from './seed.policy.js';
import { DEFAULT_POLICY_VERSION, policyFor, hasPolicy } from './policy.registry.js';
import { requiredOrgLevel, orgLevelAtLeast } from './authority.js';
import { industrialTariff, requiredApplicationDocuments, requiredCompletionDocuments, requiredDesignDocuments } from './required-documents.js';

describe('the policy registry (SPEC §6)', () => {
  it("defaults to the 'seed' version", () => {
    expect(DEFAULT_POLICY_VERSION).toBe('seed');
    expect(policyFor().version).toBe('seed');
    expect(policyFor('seed')).toBe(SEED_POLICY);
  });

  it('refuses an unknown version loudly (a deployment error)', () => {
    expect(hasPolicy('2031')).toBe(false);
    expect(() => policyFor('2031')).toThrow("Unknown policy version '2031'");
  });
});

/** Per class, the limit of the clock of that name that runs for it, or null. */
const limitsOf = (name: string) =>
  Object.fromEntries(CUSTOMER_CLASSES.map((c) => [c, SEED_POLICY.clocks.filter((d) => d.name === name).map((d) => limitOf(d, c)).find(Boolean) ?? null]));

const energizationOf = (customerClass: CustomerClass) => {
  const clock = SEED_POLICY.clocks.find((d) => d.name === 'energization' && limitOf(d, customerClass) !== undefined)!;
  return { starts: clock.starts, limit: limitOf(clock, customerClass) };
};

describe('the seed policy (SPEC §2, §5)', () => {
  it('holds the scheme-reply limits per class', () =>
    expect(limitsOf('schemeReply')).toEqual({
      residential: { workingDays: 3, calendarDays: 5 },
      lowVoltage: { workingDays: 7 },
      highVoltageSingle: { workingDays: 15 },
      highVoltageDual: { workingDays: 30 },
    }));

  it('holds the design-review limits: none residential, 10 days LV, 30 days HV', () =>
    expect(limitsOf('designReview')).toEqual({
      residential: null,
      lowVoltage: { calendarDays: 10 },
      highVoltageSingle: { calendarDays: 30 },
      highVoltageDual: { calendarDays: 30 },
    }));

  it('starts the energization clock at acceptance (residential, LV) or contract (HV)', () => {
    expect(energizationOf('residential')).toEqual({ starts: { on: { event: 'AcceptanceRecorded', where: { result: 'passed' } } }, limit: { workingDays: 3 } });
    expect(energizationOf('lowVoltage')).toEqual({ starts: { on: { event: 'AcceptanceRecorded', where: { result: 'passed' } } }, limit: { workingDays: 5 } });
    expect(energizationOf('highVoltageDual')).toEqual({ starts: { on: { event: 'SupplyContractSigned' } }, limit: { workingDays: 5 } });
  });

  it('gives the post-connection check one calendar month', () =>
    expect(limitsOf('postConnectionCheck')).toEqual({
      residential: { calendarMonths: 1 },
      lowVoltage: { calendarMonths: 1 },
      highVoltageSingle: { calendarMonths: 1 },
      highVoltageDual: { calendarMonths: 1 },
    }));

  it('lists the clocks of SPEC §5 in its order, on projects, stopped by their events', () =>
    expect(SEED_POLICY.clocks.map((c) => [c.name, c.subject, c.stops])).toEqual([
      ['schemeReply', 'project', { next: { event: 'SupplySchemeReplied' } }],
      ['designReview', 'project', { its: { event: 'DesignReviewed' } }],
      ['energization', 'project', { next: { event: 'MeterInstalledAndEnergized' } }],
      ['energization', 'project', { next: { event: 'MeterInstalledAndEnergized' } }],
      ['postConnectionCheck', 'project', { next: { event: 'PostConnectionCheckRecorded' } }],
    ]));

  it('sets the thresholds', () => expect(SEED_POLICY.thresholds).toEqual({ dedicatedLineKva: 3000, largeIndustryKva: 315 }));

  it('calls 315 kVA large industry and 314 ordinary industry (大工业/普通工业)', () => {
    expect(industrialTariff(SEED_POLICY, 315)).toBe('largeIndustry');
    expect(industrialTariff(SEED_POLICY, 314)).toBe('ordinaryIndustry');
  });

  it('derives the document lists per class, subtype and tenancy', () => {
    expect(requiredApplicationDocuments(SEED_POLICY, { customerClass: 'residential', rented: true })).toHaveLength(5);
    expect(requiredApplicationDocuments(SEED_POLICY, { customerClass: 'highVoltageDual', subtype: 'industrial', rented: true })).toHaveLength(5);
    expect(requiredApplicationDocuments(SEED_POLICY, { customerClass: 'lowVoltage', subtype: 'commercial', rented: true })).toContain('LEASE_AGREEMENT');
    expect(requiredDesignDocuments(SEED_POLICY, 'residential')).toEqual([]);
    expect(requiredDesignDocuments(SEED_POLICY, 'highVoltageSingle')).toHaveLength(12);
    expect(requiredCompletionDocuments(SEED_POLICY, 'lowVoltage')).toHaveLength(5);
    expect(requiredCompletionDocuments(SEED_POLICY, 'highVoltageDual')).toHaveLength(8);
  });
});

describe('requiredOrgLevel (the authority table as data)', () => {
  it.each([
    ['schemeReply', 'residential', 8, 'single', 'station'],
    ['schemeReply', 'lowVoltage', 5000, 'dual', 'station'],
    ['schemeReply', 'highVoltageSingle', 999, 'single', 'branch'],
    ['schemeReply', 'highVoltageSingle', 1000, 'single', 'city'],
    ['schemeReply', 'highVoltageDual', 400, 'dual', 'city'],
    ['schemeReply', 'highVoltageSingle', 400, 'dedicatedLine', 'city'],
    ['designReview', 'lowVoltage', 10, 'single', 'station'],
    ['designReview', 'lowVoltage', 10.5, 'single', 'branch'],
    ['designReview', 'highVoltageSingle', 8, 'single', 'branch'],
    ['designReview', 'highVoltageSingle', 999, 'single', 'branch'],
    ['designReview', 'highVoltageSingle', 1000, 'single', 'city'],
    ['designReview', 'lowVoltage', 8, 'dual', 'city'],
    ['designReview', 'highVoltageDual', 500, 'dedicatedLine', 'city'],
  ] as const)('%s of %s %s (%s) needs %s', (decision, customerClass, capacity, supplyMode, level) =>
    expect(requiredOrgLevel(SEED_POLICY, decision, { customerClass, capacity, supplyMode })).toBe(level));

  it('orders station < branch < city', () => {
    expect(orgLevelAtLeast('city', 'branch')).toBe(true);
    expect(orgLevelAtLeast('branch', 'branch')).toBe(true);
    expect(orgLevelAtLeast('station', 'branch')).toBe(false);
  });
});
