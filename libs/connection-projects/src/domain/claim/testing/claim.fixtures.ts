import type { AccountState } from '../../account/account.state.js';
import { ACCOUNT_ORG_UNIT, COMPLAINT_CUSTOMER_ID, customerAccount, on, serviceContext } from '../../complaint/testing/complaint.fixtures.js';
import { FIXTURE_ACCOUNT_ID } from '../../account/testing/account.fixtures.js';
import type { NamedAccountContext } from '../../account/named-account.js';
import type { FileDamageClaim, InvestigateDamage, SettleDamageClaim } from '../claim.commands.js';
import type { ClaimEventDataMap, ClaimEventOf, ClaimEventType } from '../claim.events.js';
import type { ApplianceFinding, ClaimedAppliance } from '../claim.values.js';

/**
 * Claim fixtures: customer c-0001's residential account (HZ-XH-BRANCH); a television damaged on 2025-07-01 and the
 * claim filed the next day; decisions run at CLAIM_NOW, with the account read, unless a spec says otherwise.
 */
export const FIXTURE_CLAIM_ID = 'clm-0001';
export const CLAIM_CUSTOMER_ID = COMPLAINT_CUSTOMER_ID;
export const CLAIM_NOW = '2025-10-31T02:00:00.000Z';
export const DAMAGED_ON = '2025-07-01';
export const FILED_AT = on('2025-07-02');

export { ACCOUNT_ORG_UNIT, FIXTURE_ACCOUNT_ID, customerAccount, on };

/** A clerk deciding at CLAIM_NOW with the customer's residential account read, unless told another account (or none). */
export const claimContext = (o: { now?: string; account?: AccountState | null } = {}): NamedAccountContext =>
  serviceContext({ now: o.now ?? CLAIM_NOW, ...(o.account === null ? {} : { account: o.account ?? customerAccount() }) });

export const TELEVISION: ClaimedAppliance = { name: '电视机', category: 'electronic', purchasedOn: '2022-03-10', invoicePrice: 4999 };

const base = { claimId: FIXTURE_CLAIM_ID };

export const fileDamageClaim = (o: Partial<FileDamageClaim> = {}): FileDamageClaim => ({
  type: 'FileDamageClaim',
  ...base,
  customerId: CLAIM_CUSTOMER_ID,
  accountId: FIXTURE_ACCOUNT_ID,
  damagedOn: DAMAGED_ON,
  appliances: [TELEVISION],
  occurredAt: FILED_AT,
  ...o,
});

/** Each appliance of the claim not repairable, unless told the findings. */
export const investigateDamage = (o: Partial<InvestigateDamage> = {}): InvestigateDamage => ({
  type: 'InvestigateDamage',
  ...base,
  findings: '雷击致线路过电压，表后线路受损',
  utilityLiable: true,
  appliances: [{ name: TELEVISION.name, repairable: false }],
  ...o,
});

export const settleDamageClaim = (o: Partial<SettleDamageClaim> = {}): SettleDamageClaim => ({ type: 'SettleDamageClaim', ...base, ...o });

/** An event as decided: data as given, business time `occurredAt`. */
export const claimEvent = <T extends ClaimEventType>(
  type: T,
  data: Omit<ClaimEventDataMap[T], 'claimId'> & { claimId?: string },
  occurredAt: string,
): ClaimEventOf<T> => ({ type, data: { claimId: FIXTURE_CLAIM_ID, ...data } as ClaimEventDataMap[T], occurredAt });

/** DamageClaimFiled as the default FileDamageClaim decides it, for these appliances damaged on that day. */
export const claimFiled = (appliances: ClaimedAppliance[] = [TELEVISION], damagedOn = DAMAGED_ON, occurredAt = FILED_AT) =>
  claimEvent('DamageClaimFiled', { customerId: CLAIM_CUSTOMER_ID, accountId: FIXTURE_ACCOUNT_ID, orgUnit: ACCOUNT_ORG_UNIT, damagedOn, appliances }, occurredAt);

export const damageInvestigated = (appliances: ApplianceFinding[] = [{ name: TELEVISION.name, repairable: false }], utilityLiable = true, occurredAt = on('2025-07-02', '09:00:00')) =>
  claimEvent('DamageInvestigated', { findings: '雷击致线路过电压，表后线路受损', utilityLiable, appliances }, occurredAt);
