import { addDays, daysBetween, yearOf } from '../calendar/index.js';
import type { Capacity } from '../project.values.js';
import type { AccountStatus } from './account.enums.js';
import type { AccountState, Suspension } from './account.state.js';
import { micros } from './decimal.js';

/** SPEC §7.2 a: the rules' numbers. */
export const SUSPENSION_NOTICE_DAYS = 5;
export const SUSPENSION_MIN_DAYS = 15;
export const SUSPENSIONS_PER_YEAR = 2;
export const SUSPENDED_DAYS_PER_YEAR = 183;

/** `from`..`to` inclusive, in days (0 when `to` is before `from`). */
export const inclusiveDays = (from: string, to: string): number => Math.max(0, daysBetween(from, to) + 1);

/** The last day a suspension suspends: the day before an early restoration, else its `until`. */
export const lastSuspendedDay = (s: Suspension): string => (s.restoreOn !== undefined ? addDays(s.restoreOn, -1) : s.until);

/** The days a suspension counts: `from`..`until`, or `from`..`restoreOn − 1` once restored early. */
export const suspendedDays = (s: Suspension): number => inclusiveDays(s.from, lastSuspendedDay(s));

const covers = (s: Suspension, day: string): boolean => s.from <= day && day <= lastSuspendedDay(s);

/** Capacity suspended on a day, in millionths of the contract unit. */
const suspendedMicrosOn = (suspensions: readonly Suspension[], day: string): number =>
  suspensions.reduce((sum, s) => (covers(s, day) ? sum + micros(s.capacity.value) : sum), 0);

/**
 * The most capacity suspended on any day of `from`..`until`: the sum only rises where a suspension starts, so the
 * first day and the starts inside the period are the only days to look at.
 */
export const maxSuspendedOver = (suspensions: readonly Suspension[], from: string, until: string): number => {
  const days = [from, ...suspensions.map((s) => s.from).filter((d) => d > from && d <= until)];
  return Math.max(...days.map((day) => suspendedMicrosOn(suspensions, day))) / 1_000_000;
};

/** Suspensions starting in a calendar year (the limit of two counts them, ended early or not). */
export const suspensionsStartingIn = (suspensions: readonly Suspension[], year: number): Suspension[] =>
  suspensions.filter((s) => yearOf(s.from) === year);

/** Suspended days in a year: every suspension of that year counted inclusive, early restorations applied. */
export const suspendedDaysIn = (suspensions: readonly Suspension[], year: number): number =>
  suspensionsStartingIn(suspensions, year).reduce((sum, s) => sum + suspendedDays(s), 0);

/** The granted, not yet ended suspension that `restoreOn` falls inside (the earliest granted, if several). */
export const suspensionToEnd = (suspensions: readonly Suspension[], restoreOn: string): Suspension | undefined =>
  suspensions.find((s) => s.restoreOn === undefined && s.from <= restoreOn && restoreOn <= s.until);

/** What the date-dependent state of SPEC §7.1 is evaluated from: the folded state, or a read model holding the same. */
export type SuspendableAccount = Pick<AccountState, 'closed' | 'removal' | 'contractCapacity' | 'suspensions'>;

/** The capacity suspended on a day, in the contract capacity's unit. */
export const suspendedCapacityOn = (state: SuspendableAccount, day: string): Capacity => ({
  value: suspendedMicrosOn(state.suspensions, day) / 1_000_000,
  unit: state.contractCapacity?.unit ?? 'kVA',
});

/**
 * SPEC §7.1 states, as of a day (views evaluate them as of now, `/state` as of its time-travel point): `closed`
 * terminal; `removed` while the meter is temporarily removed (until reinstalled); `suspended` when every kW/kVA of the
 * contract is suspended that day; else `active` (a partial suspension shows in `suspendedCapacity`).
 */
export const accountStatusOn = (state: SuspendableAccount, day: string): AccountStatus => {
  if (state.closed) return 'closed';
  if (state.removal === 'removed' || state.removal === 'reinstallationRequested') return 'removed';
  const contract = micros(state.contractCapacity?.value ?? 0);
  if (contract > 0 && suspendedMicrosOn(state.suspensions, day) >= contract) return 'suspended';
  return 'active';
};
