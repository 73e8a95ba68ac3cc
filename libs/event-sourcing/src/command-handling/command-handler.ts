import { randomUUID } from 'node:crypto';
import { ConcurrencyError, IdempotencyKeyReusedError } from '../errors.js';
import type { Actor, NewEvent } from '../event.js';
import type { CommandRecord, EventStore } from '../event-store.port.js';
import { deterministicUuid, eventIdFor } from '../ids.js';
import type { Aggregate, Folded } from './aggregate.js';
import { AggregateStreams, type Loaded } from './aggregate-streams.js';
import { FoldedStates } from './folded-states.js';

/** Everything about a command that is not its business content: who, which retry, why. */
export interface CommandEnvelope {
  actor: Actor;
  /** A request retried with the same key gets the first answer; the command log keeps it with the request's hash. */
  idempotency?: { callerId: string; key: string; fingerprint: string };
  /** A system command's id, derived from the event that caused it (a process manager): a replay appends nothing. */
  commandId?: string;
  correlationId?: string;
  causationId?: string | null;
}

/** The answer of an accepted command: the stream's version after it and the log position to wait for. */
export interface HandledCommand {
  streamId: string;
  version: number;
  position: number;
  events: string[];
  /** True when this is the stored answer of an earlier request with the same idempotency key. */
  replayed?: boolean;
}

/**
 * The caller's decision on the folded stream: check access and preconditions (a stream that must exist, If-Match),
 * then decide. It may read facts of other aggregates before (an account named by an application): such a read is not
 * part of this stream's transaction, so the decision holds only what the other stream said when it was read.
 */
export type Decision<Event, State> = (folded: Folded<State>) => Event[];

export interface CommandHandlerOptions {
  /** Namespace of command ids derived from idempotency keys (changing it changes every derived event id). */
  commandIdNamespace: string;
  /** Folded states kept in memory (0: every command reads its stream). */
  keptStates?: number;
}

/**
 * The one command path of every aggregate, in the shape of Emmett's handleCommandWithDecider: read the stream → fold →
 * decide → append with the exact expected version and the idempotency record → answer.
 *
 * Nothing is read on the way of a command that succeeds on a kept state, and a replay is recognised by the append
 * itself (the store looks the key up first). Only a refusal asks the store: for the replay it may be, and whether the
 * kept state was the stream's head when the command arrived.
 */
export class CommandHandler<Event, State> {
  private readonly streams: AggregateStreams<Event, State>;

  constructor(
    private readonly store: EventStore,
    private readonly aggregate: Aggregate<Event, State>,
    private readonly options: CommandHandlerOptions,
  ) {
    const kept = options.keptStates ? new FoldedStates<State>(options.keptStates) : undefined;
    this.streams = new AggregateStreams(store, aggregate, kept);
  }

  async handle(id: string, envelope: CommandEnvelope, decision: Decision<Event, State>): Promise<HandledCommand> {
    const arrivedAt = new Date().toISOString();
    let loaded = await this.streams.load(id);
    for (;;) {
      try {
        return await this.decideAndAppend(id, envelope, decision, loaded);
      } catch (error) {
        const replay = await this.replayed(envelope);
        if (replay) return replay;
        const fresher = loaded.kept ? await this.fresherThan(id, loaded, error, arrivedAt) : null;
        if (!fresher) throw error;
        loaded = fresher;
      }
    }
  }

  /**
   * The folded state of one instance, as a command would see it; `fresh` also reads what another process appended
   * since this one kept it (a fact another aggregate's decision relies on: an account named by a claim).
   */
  load(id: string, options: { fresh?: boolean } = {}): Promise<Loaded<State>> {
    return this.streams.load(id, options);
  }

  /**
   * A refusal decided on a kept state stands only if that state was the stream's head when the command arrived.
   * Another process may have appended before: then the command is decided again, once, on the fresh state. An append
   * recorded after the command arrived is a real race, and its loser gets the conflict — whether the winner was this
   * process (its kept state already shows it) or another one (its events are recorded after the arrival; within the
   * same millisecond the two cannot be told apart, and the retryable conflict is the answer).
   */
  private async fresherThan(id: string, loaded: Loaded<State>, error: unknown, arrivedAt: string): Promise<Loaded<State> | null> {
    const conflict = error instanceof ConcurrencyError;
    if (conflict && this.streams.keptVersion(id) >= error.actualVersion) return null;
    const fresh = await this.streams.load(id, { fresh: true });
    if (fresh.version === loaded.version) return null;
    if (conflict && fresh.unseenSince !== undefined && fresh.unseenSince >= arrivedAt) return null;
    return fresh;
  }

  private async decideAndAppend(
    id: string,
    envelope: CommandEnvelope,
    decision: Decision<Event, State>,
    { state, version }: Loaded<State>,
  ): Promise<HandledCommand> {
    const decided = decision({ state, version });
    const commandId = this.commandId(envelope);
    const events: NewEvent[] = decided.map((event, index) => {
      const { type, schemaVersion, data, occurredAt } = this.aggregate.encode(event);
      return {
        eventId: eventIdFor(commandId, index),
        type,
        schemaVersion,
        data,
        metadata: {
          actor: envelope.actor,
          commandId,
          correlationId: envelope.correlationId ?? commandId,
          causationId: envelope.causationId ?? null,
          occurredAt,
        },
      };
    });
    const streamId = this.aggregate.streamId(id);
    const result = await this.store.append({ streamId, expectedVersion: version, events, command: envelope.idempotency });
    if (result.duplicate) return (await this.replayed(envelope)) ?? vanished(envelope);
    let next = state;
    for (const event of decided) next = this.aggregate.evolve(next, event);
    this.streams.advance(id, { state: next, version: result.version });
    return { streamId, version: result.version, position: result.position, events: result.events.map((e) => e.type) };
  }

  /** A retry with the same key and request gets the first answer; the same key with another request is refused. */
  private async replayed({ idempotency }: CommandEnvelope): Promise<HandledCommand | null> {
    if (!idempotency) return null;
    const record = await this.store.findCommand(idempotency.callerId, idempotency.key);
    if (!record) return null;
    if (record.fingerprint !== idempotency.fingerprint) throw new IdempotencyKeyReusedError(idempotency.key);
    return answerOf(record);
  }

  private commandId({ commandId, idempotency }: CommandEnvelope): string {
    if (commandId) return commandId;
    return idempotency
      ? deterministicUuid(this.options.commandIdNamespace, `${idempotency.callerId}\u0000${idempotency.key}`)
      : randomUUID();
  }
}

const answerOf = (record: CommandRecord): HandledCommand => ({
  streamId: record.streamId,
  version: record.version,
  position: record.position,
  events: record.eventTypes,
  replayed: true,
});

const vanished = ({ idempotency }: CommandEnvelope): never => {
  throw new Error(`Command record for key ${idempotency?.key} vanished after a duplicate append`);
};
