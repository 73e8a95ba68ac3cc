import { LogReactor, type ReactorPosition } from '#event-sourcing';
import { SUPPLY_ACCOUNTS, SupplyAccountsManager } from '../supply-accounts/supply-accounts.manager.js';
import { errorLogger, leaseFor, type RunnerSetting } from './projection-runner-factory.js';

/** Where the supply-accounts process manager stands; `refusals` is known only in the process that runs it. */
export interface SupplyAccountsStanding extends ReactorPosition {
  refusals?: number;
}

/** The manager on its reactor, as a host process runs it beside the projection runner (never inside a rebuild). */
export interface SupplyAccountsRun {
  reactor: LogReactor;
  standing(): SupplyAccountsStanding;
}

/**
 * Tests only (the crash test): `1` kills the process with SIGKILL right after the manager appended a command, before
 * its checkpoint is saved, the worst moment for "exactly once".
 */
export const KILL_AFTER_APPEND_ENV = 'SUPPLY_ACCOUNTS_KILL_AFTER_APPEND';

/**
 * The one way a process runs the supply-accounts process manager (SPEC §7.1): wherever the projections run (the API's
 * projection thread or main thread, or apps/projector), on the same stores, with its own checkpoint and lease.
 */
export function supplyAccountsRunFor(setting: RunnerSetting): SupplyAccountsRun {
  const { eventStore, readStore, tuning, log } = setting;
  const manager = new SupplyAccountsManager(eventStore, {
    onRefusal: ({ cause, accountId, error }) =>
      log.warn(
        `${SUPPLY_ACCOUNTS}: ${error.code} on ${accountId ?? cause.streamId} for ${cause.type} ${cause.eventId} ` +
          `(position ${cause.position}), skipped: ${error.message}`,
      ),
    ...(process.env[KILL_AFTER_APPEND_ENV] === '1' ? { afterAppend: () => process.kill(process.pid, 'SIGKILL') } : {}),
  });
  const reactor = new LogReactor({
    name: SUPPLY_ACCOUNTS,
    eventStore,
    readStore,
    react: manager.react,
    ...tuning,
    onError: errorLogger(log),
    lease: leaseFor(setting),
  });
  return { reactor, standing: () => ({ ...reactor.position(), refusals: manager.refusals }) };
}
