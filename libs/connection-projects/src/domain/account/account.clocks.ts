import type { ClockDefinition } from '../policy/clock-definition.js';

/** SPEC §7.2: the clocks of an account's services, in the dashboard's order. */
export const ACCOUNT_CLOCK_NAMES = ['removalExecution', 'reinstallation', 'tariffSurvey', 'tariffChange'] as const;
export type AccountClockName = (typeof ACCOUNT_CLOCK_NAMES)[number];

/**
 * The account's clock table, rows of the one clock table shape (policy/clock-definition.ts) read by the one derivation
 * (sla/clock-derivation.ts). The same under every policy (SPEC §7.1: policy versions govern project clocks only), so it
 * is not part of a ConnectionPolicy. No wait on the customer pauses them (SPEC §3.14 waits are a project's).
 */
export const ACCOUNT_CLOCKS: readonly ClockDefinition[] = [
  {
    name: 'removalExecution',
    subject: 'account',
    starts: { on: { event: 'TemporaryRemovalRequested' } },
    stops: { next: { event: 'MeterTemporarilyRemoved' } },
    limit: { calendarDays: 5 },
  },
  {
    name: 'reinstallation',
    subject: 'account',
    starts: { on: { event: 'ReinstallationRequested' } },
    stops: { next: { event: 'MeterReinstalled' } },
    limit: { calendarDays: 5 },
  },
  {
    name: 'tariffSurvey',
    subject: 'account',
    starts: { on: { event: 'TariffChangeRequested' } },
    stops: { next: { event: 'TariffChangeSurveyed' } },
    limit: { workingDays: 3 },
  },
  {
    name: 'tariffChange',
    subject: 'account',
    starts: { on: { event: 'TariffChangeSurveyed', where: { approved: true } } },
    stops: { next: { event: 'TariffCategoryChanged' } },
    limit: { workingDays: 2 },
  },
];

/** Closing or splitting the account ends it: like a cancelled project's, a clock still open then is no longer shown. */
export const ACCOUNT_ENDING_EVENTS: readonly string[] = ['SupplyAccountClosed', 'SupplyAccountSplit'];
