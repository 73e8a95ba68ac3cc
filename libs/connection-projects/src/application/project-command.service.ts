import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  eventIdFor,
  deterministicUuid,
  IdempotencyKeyReusedError,
  type CommandRecord,
  type EventStore,
  type NewEvent,
} from '../../../event-sourcing/src/index.js';
import {
  decide,
  DomainError,
  EVENT_SCHEMA_VERSION,
  projectStreamId,
  type ProjectCommand,
} from '../domain/index.js';
import { CLOCK, type Clock } from './clock.js';
import type { CommandAnswer, CommandMeta } from './command-meta.js';
import { canSeeCustomer } from './identity.js';
import { PreconditionFailedError } from './precondition-failed.error.js';
import { ProjectRepository } from './project.repository.js';

const COMMAND_ID_NAMESPACE = 'connection-projects/command';

/**
 * The one way a project command is handled: replay check, read and fold the stream, check access and If-Match,
 * decide, append with the exact expected version (and the command record in the same unit of work).
 */
@Injectable()
export class ProjectCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projects: ProjectRepository,
  ) {}

  async handle(command: ProjectCommand, meta: CommandMeta): Promise<CommandAnswer> {
    const replay = await this.replayed(meta);
    if (replay) return replay;

    const { state, version } = await this.projects.load(command.projectId);
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
      schemaVersion: EVENT_SCHEMA_VERSION,
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
