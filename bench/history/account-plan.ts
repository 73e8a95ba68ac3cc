import type { AccountCommand, AccountState } from '#connection-projects/domain';
import type { Random } from '../workload/random.js';

/**
 * A service of a generated account, as dated data: what depends on the account as it then stands (its whole capacity,
 * a category other than its own) is filled in by `accountCommandFor` when the service is decided.
 */
export type AccountService =
  | { type: 'GrantSuspension'; from: string; until: string }
  | { type: 'EndSuspension'; restoreOn: string }
  | { type: 'RequestTariffChange' }
  | { type: 'SurveyTariffChange' }
  | { type: 'ApplyTariffChange' }
  | { type: 'AssessLatePaymentCharge'; billMonth: string; amountDue: number; dueDate: string; paidOn: string };

/** What an account opened at its project's energization goes through afterwards, each service with its business time. */
export interface AccountPlan {
  services: AccountService[];
  /** occurredAt of each service, ISO, increasing, after the energization. */
  times: string[];
}

const DAY_MS = 86_400_000;
/** Shares of the accounts with a suspension (of those, restored early), a tariff change, late-payment charges. */
const SUSPENDED_SHARE = 0.25;
const EARLY_RESTORATION_SHARE = 0.4;
const TARIFF_CHANGE_SHARE = 0.1;
const LATE_PAYMENT_SHARE = 0.3;

/** The Shanghai day of an instant, `YYYY-MM-DD`. */
const shanghaiDay = (at: number): string => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysInclusive = (from: string, until: string): number => (Date.parse(until) - Date.parse(from)) / DAY_MS + 1;

/**
 * The services of the account a project energized at `energizedAt` opened, none after `horizon`. SPEC §7.2's notice
 * rules hold by construction: a suspension starts 5–14 days after it is asked, lasts 15–60 days within its calendar year;
 * an early restoration is asked the next day for a week after the start; a late payment is paid after its due date.
 */
export function planAccount(energizedAt: string, horizon: number, random: Random): AccountPlan {
  const services: AccountService[] = [];
  const times: number[] = [];
  let at = Date.parse(energizedAt);
  const next = (minDays: number, spreadDays: number) => (at += minDays * DAY_MS + random.next() * spreadDays * DAY_MS);
  if (random.next() < SUSPENDED_SHARE) {
    next(1, 60);
    const from = addDays(shanghaiDay(at), 5 + random.int(10));
    const yearEnd = `${from.slice(0, 4)}-12-31`;
    const wanted = addDays(from, 14 + random.int(46));
    const until = wanted > yearEnd ? yearEnd : wanted;
    if (daysInclusive(from, until) >= 15) {
      services.push({ type: 'GrantSuspension', from, until });
      times.push(at);
      if (random.next() < EARLY_RESTORATION_SHARE) {
        at += DAY_MS;
        services.push({ type: 'EndSuspension', restoreOn: addDays(from, 7) });
        times.push(at);
      }
    }
  }
  if (random.next() < TARIFF_CHANGE_SHARE) {
    for (const type of ['RequestTariffChange', 'SurveyTariffChange', 'ApplyTariffChange'] as const) {
      next(type === 'RequestTariffChange' ? 1 : 0.2, type === 'RequestTariffChange' ? 60 : 4);
      services.push({ type });
      times.push(at);
    }
  }
  if (random.next() < LATE_PAYMENT_SHARE) {
    for (let charges = 1 + random.int(3); charges > 0; charges--) {
      next(20, 40);
      const dueDate = addDays(shanghaiDay(at), -10 - random.int(20));
      const amountDue = Math.round((100 + random.next() * 50_000) * 100) / 100;
      services.push({ type: 'AssessLatePaymentCharge', billMonth: addDays(`${dueDate.slice(0, 7)}-01`, -1).slice(0, 7), amountDue, dueDate, paidOn: addDays(dueDate, 1 + random.int(9)) });
      times.push(at);
    }
  }
  const kept = times.filter((t) => t <= horizon).length;
  return { services: services.slice(0, kept), times: times.slice(0, kept).map((t) => new Date(t).toISOString()) };
}

/** The command of a planned service on `accountId` as it stands: a suspension of its whole contract (what a large-industry account must ask). */
export const accountCommandFor = (service: AccountService, accountId: string, account: AccountState): AccountCommand => {
  switch (service.type) {
    case 'GrantSuspension':
      return { ...service, accountId, capacity: { ...account.contractCapacity! } };
    case 'RequestTariffChange':
      return { type: service.type, accountId, newCategory: account.tariffCategory === 'commercial' ? 'nonResidentialLighting' : 'commercial', reason: '用电性质改变' };
    case 'SurveyTariffChange':
      return { type: service.type, accountId, findings: '现场核实用电性质已改变', approved: true };
    default:
      return { ...service, accountId };
  }
};

/** Who records each service (API.md's roles): the surveyor surveys, the clerk does the rest. */
export const accountServiceRole = (service: AccountService): 'clerk' | 'surveyor' => (service.type === 'SurveyTariffChange' ? 'surveyor' : 'clerk');
