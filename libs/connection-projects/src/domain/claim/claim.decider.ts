import { daysBetween, isLocalDate } from '../calendar/index.js';
import { hasAtMostTwoDecimals } from '../account/decimal.js';
import { requireAccountOf, type NamedAccountContext } from '../account/named-account.js';
import { fact } from '../decisions/recorded-values.js';
import { businessTimeOf, type BusinessTime } from '../decisions/occurred-at.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { ClaimCommand, FileDamageClaim, InvestigateDamage, SettleDamageClaim } from './claim.commands.js';
import { APPLIANCE_CATEGORIES, type ClaimStep } from './claim.enums.js';
import type { ClaimEvent, ClaimEventDataMap, ClaimEventType } from './claim.events.js';
import { evolveClaim } from './claim.evolve.js';
import { initialClaimState, type ClaimState } from './claim.state.js';
import type { ApplianceFinding, ClaimedAppliance } from './claim.values.js';
import { settlementOf } from './compensation.js';

/** SPEC §8: a claim lapses when filed more than this many days after the damage (day 7 is accepted, day 8 is not). */
export const CLAIM_FILING_DAYS = 7;

/** The one event an accepted claim command appends (SPEC §9: exactly one event per command). */
const accept = <T extends ClaimEventType>(type: T, data: ClaimEventDataMap[T], at: BusinessTime): ClaimEvent[] => [
  { type, data, occurredAt: at.occurredAt } as ClaimEvent,
];

const businessTime = (command: ClaimCommand, state: ClaimState, ctx: NamedAccountContext): BusinessTime =>
  businessTimeOf(command.occurredAt, state.lastOccurredAt, ctx.now, 'claim');

/** SPEC §8: investigated, then settled, each once: anything else is out of sequence (409). */
const requireStep = (command: ClaimCommand, state: ClaimState, expected: ClaimStep): void => {
  if (state.step !== expected) {
    throw new DomainError('INVALID_TRANSITION', `${command.type} is not allowed now: claim ${command.claimId} is ${state.step}, not ${expected}`);
  }
};

const isYuan = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && hasAtMostTwoDecimals(n);

/** The shape the edge checks too, checked again here: the arithmetic must never see a malformed appliance. */
const requireAppliances = (appliances: readonly ClaimedAppliance[], damagedOn: string): void => {
  if (!Array.isArray(appliances) || appliances.length === 0) throw validationFailed('appliances', 'at least one appliance');
  appliances.forEach((a, i) => {
    if (!(APPLIANCE_CATEGORIES as readonly string[]).includes(a.category)) throw validationFailed(`appliances[${i}].category`, `unknown category '${a.category}'`);
    if (!isLocalDate(a.purchasedOn)) throw validationFailed(`appliances[${i}].purchasedOn`, 'must be a date YYYY-MM-DD');
    if (a.purchasedOn > damagedOn) throw validationFailed(`appliances[${i}].purchasedOn`, `must not be after damagedOn ${damagedOn}`);
    if (!isYuan(a.invoicePrice) || a.invoicePrice === 0) throw validationFailed(`appliances[${i}].invoicePrice`, 'yuan, more than 0, at most two decimals');
  });
};

/** 报损: on a residential account of the customer (its org unit the claim's), within 7 days of the damage. */
const fileDamageClaim = (command: FileDamageClaim, state: ClaimState, ctx: NamedAccountContext): ClaimEvent[] => {
  if (!isLocalDate(command.damagedOn)) throw validationFailed('damagedOn', 'must be a date YYYY-MM-DD');
  requireAppliances(command.appliances, command.damagedOn);
  if (state.eventCount > 0) throw new DomainError('INVALID_TRANSITION', `Claim ${command.claimId} has already been filed`);
  const at = businessTime(command, state, ctx);
  if (command.damagedOn > at.day) throw validationFailed('damagedOn', `must not be after the filing day ${at.day}`);
  const account = requireAccountOf(command.customerId, command.accountId, ctx.account);
  if (account.tariffCategory !== 'residential') {
    throw new DomainError(
      'CLAIM_NOT_ELIGIBLE',
      `Account ${command.accountId} is ${account.tariffCategory ?? 'of no tariff category'}: only residential customers' household appliances are compensated (居民用户)`,
    );
  }
  const days = daysBetween(command.damagedOn, at.day);
  if (days > CLAIM_FILING_DAYS) {
    throw new DomainError(
      'CLAIM_TOO_LATE',
      `Filed on ${at.day}, ${days} days after the damage on ${command.damagedOn}: a claim must be filed within ${CLAIM_FILING_DAYS} days (逾期不予受理)`,
    );
  }
  return accept(
    'DamageClaimFiled',
    {
      claimId: command.claimId,
      customerId: command.customerId,
      accountId: command.accountId,
      orgUnit: account.orgUnit ?? ctx.actor.orgUnit,
      damagedOn: command.damagedOn,
      appliances: command.appliances.map(({ name, category, purchasedOn, invoicePrice }) => ({ name, category, purchasedOn, invoicePrice })),
    },
    at,
  );
};

/** Each finding answers the claim's appliance of the same rank, by name; a repair cost exactly for a repairable one. */
const requireFindings = (findings: readonly ApplianceFinding[], claimed: readonly ClaimedAppliance[]): void => {
  if (!Array.isArray(findings) || findings.length !== claimed.length) {
    throw validationFailed('appliances', `the investigation answers the claim's ${claimed.length} appliances, in their order`);
  }
  findings.forEach((f, i) => {
    if (f.name !== claimed[i]!.name) throw validationFailed(`appliances[${i}].name`, `must be '${claimed[i]!.name}', the claim's appliance of that rank`);
    if (f.repairable && !isYuan(f.repairCost)) throw validationFailed(`appliances[${i}].repairCost`, 'a repairable appliance has a repair cost in yuan');
    if (!f.repairable && f.repairCost !== undefined) throw validationFailed(`appliances[${i}].repairCost`, 'only a repairable appliance has a repair cost');
  });
};

/** 调查 by the inspector: liability and, per appliance, whether it can be repaired and for how much. */
const investigateDamage = (command: InvestigateDamage, state: ClaimState, ctx: NamedAccountContext): ClaimEvent[] => {
  requireStep(command, state, 'filed');
  requireFindings(command.appliances, state.appliances);
  const at = businessTime(command, state, ctx);
  return accept(
    'DamageInvestigated',
    {
      claimId: command.claimId,
      findings: command.findings,
      utilityLiable: command.utilityLiable,
      appliances: command.appliances.map(({ name, repairable, repairCost }) => fact({ name, repairable, repairCost })),
    },
    at,
  );
};

/** 理赔: the compensation of SPEC §8 computed from the claim and its investigation. */
const settleDamageClaim = (command: SettleDamageClaim, state: ClaimState, ctx: NamedAccountContext): ClaimEvent[] => {
  requireStep(command, state, 'investigated');
  const at = businessTime(command, state, ctx);
  const investigation = state.investigation!;
  const { appliances, total } = settlementOf(state.appliances, investigation.appliances, investigation.utilityLiable, state.damagedOn!);
  return accept(
    'DamageClaimSettled',
    fact({ claimId: command.claimId, utilityLiable: investigation.utilityLiable, appliances, total, notes: command.notes }),
    at,
  );
};

/**
 * One accepted command → exactly one event (SPEC §9); a refused one throws a DomainError and changes nothing. Each
 * decision checks its sequence (409), then the business time (the first 422), then the rules in SPEC order.
 */
export const decideClaim = (command: ClaimCommand, state: ClaimState, ctx: NamedAccountContext): ClaimEvent[] => {
  if (command.type !== 'FileDamageClaim' && state.eventCount === 0) throw new DomainError('NOT_FOUND', `Claim ${command.claimId} does not exist`);
  switch (command.type) {
    case 'FileDamageClaim':
      return fileDamageClaim(command, state, ctx);
    case 'InvestigateDamage':
      return investigateDamage(command, state, ctx);
    case 'SettleDamageClaim':
      return settleDamageClaim(command, state, ctx);
    default:
      throw validationFailed('type', `unknown command type '${(command as { type?: unknown }).type}'`);
  }
};

export interface ClaimDecider {
  decide: typeof decideClaim;
  evolve: typeof evolveClaim;
  initialState: ClaimState;
}

export const claimDecider: ClaimDecider = { decide: decideClaim, evolve: evolveClaim, initialState: initialClaimState };
