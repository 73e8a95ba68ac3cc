import { Inject, Injectable } from '@nestjs/common';
import {
  ConcurrencyError,
  EVENT_STORE,
  eventIdFor,
  deterministicUuid,
  IdempotencyKeyReusedError,
  type CommandRecord,
  type EventStore,
  type NewEvent,
} from '#event-sourcing';
import {
  decide,
  DomainError,
  PROJECT_EVENT_SCHEMA,
  foldProject,
  projectStreamId,
  type ProjectCommand,
} from '../domain/index.js';
import { CLOCK, type Clock } from './clock.js';
import type { CommandAnswer, CommandMeta } from './command-meta.js';
import { canSeeCustomer } from './identity.js';
import { PreconditionFailedError } from './precondition-failed.error.js';
import { ProjectRepository, type Loaded } from './project.repository.js';

const COMMAND_ID_NAMESPACE = 'connection-projects/command';

/**
 * The one way a project command is handled: load the folded stream, check access and If-Match, decide, append with the
 * exact expected version (and the command record in the same unit of work).
 *
 * Nothing is read on the way of a command that succeeds: the project's state is kept in memory (ProjectRepository), and
 * a replay (API.md: answered before any rule) is recognised by the append itself, which looks the key up first. Only a
 * refusal asks the store — for the replay it might be, and whether the kept state was behind the stream.
 */
@Injectable()
export class ProjectCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projects: ProjectRepository,
  ) {}

  async handle(command: ProjectCommand, meta: CommandMeta): Promise<CommandAnswer> {
    const arrivedAt = new Date().toISOString();
    let loaded = await this.projects.load(command.projectId);
    for (;;) {
      try {
        return await this.decideAndAppend(command, meta, loaded);
      } catch (error) {
        const replay = await this.replayed(meta);
        if (replay) return replay;
        const fresher = loaded.kept ? await this.fresherThan(command.projectId, loaded, error, arrivedAt) : null;
        if (!fresher) throw error;
        loaded = fresher;
      }
    }
  }

  /**
   * A refusal decided on a kept state stands only if that state was the stream's head when the command arrived.
   * Another process may have appended before: then the command is decided again, once, on the fresh state. An append
   * recorded after the command arrived is a real race, and its loser gets 409 as API.md says — whether the winner was
   * this process (its kept state already shows it) or another one (its events are recorded after the arrival; within
   * the same millisecond the two cannot be told apart, and the retryable 409 is the answer).
   */
  private async fresherThan(projectId: string, loaded: Loaded, error: unknown, arrivedAt: string): Promise<Loaded | null> {
    const conflict = error instanceof ConcurrencyError;
    if (conflict && this.projects.keptVersion(projectId) >= error.actualVersion) return null;
    const fresh = await this.projects.load(projectId, { fresh: true });
    if (fresh.version === loaded.version) return null;
    if (conflict && fresh.unseenSince !== undefined && fresh.unseenSince >= arrivedAt) return null;
    return fresh;
  }

  private async decideAndAppend(command: ProjectCommand, meta: CommandMeta, { state, version }: Loaded): Promise<CommandAnswer> {
    const exists = version > 0;
    if (command.type !== 'AcceptApplication' && (!exists || !canSeeCustomer(meta.identity, state.customerId))) {
      throw new DomainError('NOT_FOUND', `Project ${command.projectId} does not exist`);
    }
    if (meta.ifMatch !== undefined && meta.ifMatch !== version) {
      throw new PreconditionFailedError(meta.ifMatch, version);
    }

    const { identity } = meta;
    const now = this.clock.now().toISOString();
    const decided = decide(command, state, { now, actor: identity });
    const commandId = this.commandId(meta);
    const role = identity.actingRole ?? identity.roles[0] ?? 'unknown';
    const events: NewEvent[] = decided.map((event, index) => ({
      eventId: eventIdFor(commandId, index),
      type: event.type,
      schemaVersion: PROJECT_EVENT_SCHEMA[event.type],
      data: event.data,
      metadata: {
        actor: { id: identity.id, name: identity.name, role, orgUnit: identity.orgUnit },
        commandId,
        correlationId: meta.correlationId ?? commandId,
        causationId: meta.causationId ?? null,
        occurredAt: event.occurredAt,
      },
    }));

    const result = await this.store.append({
      streamId: projectStreamId(command.projectId),
      expectedVersion: version,
      events,
      command: meta.idempotencyKey
        ? { callerId: identity.id, key: meta.idempotencyKey, fingerprint: meta.fingerprint }
        : undefined,
    });
    if (result.duplicate) return (await this.replayed(meta)) ?? this.fail(meta);
    this.projects.advance(command.projectId, { state: foldProject(decided, state), version: result.version });
    return {
      projectId: command.projectId,
      version: result.version,
      position: result.position,
      events: result.events.map((e) => e.type),
    };
  }

  /** A retry with the same key and request gets the first answer; the same key with another request is refused. */
  private async replayed(meta: CommandMeta): Promise<CommandAnswer | null> {
    if (!meta.idempotencyKey) return null;
    const record = await this.store.findCommand(meta.identity.id, meta.idempotencyKey);
    if (!record) return null;
    if (record.fingerprint !== meta.fingerprint) throw new IdempotencyKeyReusedError(meta.idempotencyKey);
    return answerOf(record);
  }

  private commandId(meta: CommandMeta): string {
    return meta.idempotencyKey
      ? deterministicUuid(COMMAND_ID_NAMESPACE, `${meta.identity.id}\u0000${meta.idempotencyKey}`)
      : crypto.randomUUID();
  }

  private fail(meta: CommandMeta): never {
    throw new Error(`Command record for key ${meta.idempotencyKey} vanished after a duplicate append`);
  }
}

const answerOf = (record: CommandRecord): CommandAnswer => ({
  projectId: record.streamId.replace(/^project-/, ''),
  version: record.version,
  position: record.position,
  events: record.eventTypes,
  replayed: true,
});
