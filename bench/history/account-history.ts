import type { EventStore } from '#event-sourcing';
import {
  ACCOUNT_EVENT_SCHEMA,
  accountStreamId,
  decideAccount,
  evolveAccount,
  initialAccountState,
  ordersOnEnergization,
  type AccountCommand,
  type AccountState,
  type DecisionActor,
  type MeterInstalledAndEnergized,
  type ProjectState,
} from '#connection-projects/domain';
import { SUPPLY_ACCOUNTS_ACTOR } from '#connection-projects';
import { accountCommandFor, accountServiceRole, type AccountPlan } from './account-plan.js';
import { appendDecided, benchActor, recordedActor } from './append-decided.js';

/** What an account's walk added to the history; a refusal stops that account there (expected never). */
export interface AccountWalk {
  opened: boolean;
  events: number;
  refusal?: string;
}

const SYSTEM: DecisionActor = { id: SUPPLY_ACCOUNTS_ACTOR.id, name: SUPPLY_ACCOUNTS_ACTOR.name, roles: ['system'], orgUnit: 'system', orgLevel: 'city' };

/**
 * The account a project's energization opens, as the supply-accounts process manager writes it (SPEC §7.1: its actor,
 * the energization as cause and business time; the manager itself does not run while the history is generated), then
 * the planned services, each decided by the account decider and appended with the exact expected version.
 */
export async function walkAccount(
  store: EventStore,
  project: ProjectState,
  energized: { event: MeterInstalledAndEnergized; eventId: string },
  plan: AccountPlan,
): Promise<AccountWalk> {
  const walk: AccountWalk = { opened: false, events: 0 };
  const [order] = ordersOnEnergization(project, energized.event);
  if (order?.type !== 'OpenSupplyAccount') return walk;
  const streamId = accountStreamId(order.accountId);
  let state: AccountState = initialAccountState;
  const record = async (command: AccountCommand, now: string, actor: DecisionActor, causationId?: string): Promise<boolean> => {
    let decided;
    try {
      decided = decideAccount(command, state, { now, actor });
    } catch (error) {
      walk.refusal = `${order.accountId} ${command.type}: ${(error as Error).message}`;
      return false;
    }
    await appendDecided(store, { streamId, expectedVersion: state.eventCount, actor: recordedActor(actor), schema: ACCOUNT_EVENT_SCHEMA, causationId }, decided);
    state = decided.reduce(evolveAccount, state);
    walk.events += decided.length;
    return true;
  };
  const openedAt = energized.event.occurredAt;
  walk.opened = await record({ ...order, occurredAt: openedAt }, openedAt, SYSTEM, energized.eventId);
  for (let i = 0; walk.opened && i < plan.services.length; i++) {
    const service = plan.services[i]!;
    if (!(await record(accountCommandFor(service, order.accountId, state), plan.times[i]!, benchActor(accountServiceRole(service))))) break;
  }
  return walk;
}
