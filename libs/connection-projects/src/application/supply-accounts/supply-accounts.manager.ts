import {
  CommandHandler,
  deterministicUuid,
  foldEvents,
  type Actor,
  type EventStore,
  type Reaction,
  type StoredEvent,
} from '#event-sourcing';
import {
  accountStreamId,
  decideAccount,
  decodeAccountEvent,
  decodeProjectEvent,
  initialAccountState,
  initialProjectState,
  isDomainError,
  ordersOnEnergization,
  ordersOnSplit,
  reactionTime,
  type AccountCommand,
  type AccountEvent,
  type AccountState,
  type DecisionActor,
  type DomainError,
  type SupplyAccountOrder,
} from '../../domain/index.js';
import { accountAggregate } from '../accounts/account.aggregate.js';
import { systemClock, type Clock } from '../clock.js';
import { projectAggregate } from '../project.aggregate.js';

/** Its name in health, metrics, the CLI, and on its checkpoint and lease. */
export const SUPPLY_ACCOUNTS = 'supply-accounts';

/** Derived command ids (and so event ids) depend on it: it never changes. */
const COMMAND_ID_NAMESPACE = 'connection-projects/supply-accounts';

/** SPEC §7.1: the system, not a person, opens and resizes accounts. */
export const SUPPLY_ACCOUNTS_ACTOR: Actor = { id: 'system:supply-accounts', name: 'supply-accounts', role: 'system', orgUnit: 'system' };
const DECIDING_AS: DecisionActor = { id: SUPPLY_ACCOUNTS_ACTOR.id, name: SUPPLY_ACCOUNTS_ACTOR.name, roles: ['system'], orgUnit: 'system', orgLevel: 'city' };

/** A command the domain refused: logged, counted and skipped (SPEC §7.1), never retried. */
export interface SupplyAccountsRefusal {
  cause: StoredEvent;
  accountId: string | null;
  error: DomainError;
}

export interface SupplyAccountsManagerOptions {
  clock?: Clock;
  onRefusal?: (refusal: SupplyAccountsRefusal) => void;
  /** Tests only: runs after each command appended, before the reactor saves its checkpoint (the crash test kills there). */
  afterAppend?: () => void;
}

/**
 * The supply-accounts process manager (SPEC §7.1): an energization opens the project's account (or resizes the one a
 * capacity increase named), a split opens one account per part. Each command goes through the generic command handler
 * with an id derived from its cause, the cause as its causation id, and the system as its actor.
 *
 * "Done" is read from the target stream, not from idempotency records (which expire): an account stream that already
 * holds an event caused by this one means the work was done, by this run or by one that died before its checkpoint.
 * A domain refusal is skipped; anything else (the store) throws, and the reactor tries the event again.
 */
export class SupplyAccountsManager {
  private readonly accounts: CommandHandler<AccountEvent, AccountState>;
  private readonly clock: Clock;
  private refused = 0;

  constructor(
    private readonly store: EventStore,
    private readonly options: SupplyAccountsManagerOptions = {},
  ) {
    // No kept states: people serve accounts in other processes; every command here reads its stream.
    this.accounts = new CommandHandler(store, accountAggregate, { commandIdNamespace: COMMAND_ID_NAMESPACE });
    this.clock = options.clock ?? systemClock;
  }

  /** Domain refusals since this manager started. */
  get refusals(): number {
    return this.refused;
  }

  readonly react: Reaction = async (event) => {
    let orders: SupplyAccountOrder[];
    try {
      orders = await this.ordersFor(event);
    } catch (error) {
      return this.refusedOr(error, event, null);
    }
    let last = 0;
    for (const [index, order] of orders.entries()) last = Math.max(last, await this.issue(order, event, index));
    return last;
  };

  /** What the event asks for, from its stream as it stood at the event (the energization carries only the meters). */
  private async ordersFor(event: StoredEvent): Promise<SupplyAccountOrder[]> {
    if (event.type === 'MeterInstalledAndEnergized') {
      const energized = decodeProjectEvent(event);
      if (energized?.type !== 'MeterInstalledAndEnergized') return [];
      const history = await this.store.readStream(event.streamId, { toVersion: event.version });
      return ordersOnEnergization(foldEvents(projectAggregate, history, initialProjectState), energized);
    }
    if (event.type === 'SupplyAccountSplit') {
      const split = decodeAccountEvent(event);
      if (split?.type !== 'SupplyAccountSplit') return [];
      const history = await this.store.readStream(event.streamId, { toVersion: event.version - 1 });
      return ordersOnSplit(foldEvents(accountAggregate, history, initialAccountState), split);
    }
    return [];
  }

  /** The position of the target's event caused by `cause`: found (done before), or appended now; 0 when refused. */
  private async issue(order: SupplyAccountOrder, cause: StoredEvent, index: number): Promise<number> {
    const done = (await this.store.readStream(accountStreamId(order.accountId))).find((e) => e.metadata.causationId === cause.eventId);
    if (done) return done.position;
    const envelope = {
      actor: SUPPLY_ACCOUNTS_ACTOR,
      commandId: deterministicUuid(COMMAND_ID_NAMESPACE, `${cause.eventId}/${index}`),
      correlationId: cause.metadata.correlationId,
      causationId: cause.eventId,
    };
    try {
      const { position } = await this.accounts.handle(order.accountId, envelope, ({ state }) => {
        const occurredAt = reactionTime(cause.metadata.occurredAt, state.lastOccurredAt);
        // The business time is that of an event already accepted: never "in the future", whatever this clock says.
        const now = new Date(Math.max(this.clock.now().getTime(), Date.parse(occurredAt))).toISOString();
        return decideAccount({ ...order, occurredAt } as AccountCommand, state, { now, actor: DECIDING_AS });
      });
      this.options.afterAppend?.();
      return position;
    } catch (error) {
      return this.refusedOr(error, cause, order.accountId);
    }
  }

  private refusedOr(error: unknown, cause: StoredEvent, accountId: string | null): number {
    if (!isDomainError(error)) throw error;
    this.refused += 1;
    this.options.onRefusal?.({ cause, accountId, error });
    return 0;
  }
}
