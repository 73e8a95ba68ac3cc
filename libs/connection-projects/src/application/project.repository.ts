import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '#event-sourcing';
import { decodeProjectEvent, foldProject, projectStreamId, type ProjectEvent, type ProjectState } from '../domain/index.js';

/** Stored events as the domain sees them (decoded, upcast; types this version does not know are left out). */
const toProjectEvents = (events: StoredEvent[]): ProjectEvent[] =>
  events.map(decodeProjectEvent).filter((event): event is ProjectEvent => event !== null);

export interface LoadedProject {
  state: ProjectState;
  /** 0 when the project does not exist. */
  version: number;
}

export interface Loaded extends LoadedProject {
  /** Taken from this process's memory without asking the store (see ProjectRepository). */
  kept: boolean;
  /** On a fresh load: server time of the first event the kept state had not seen (undefined when it had seen all). */
  unseenSince?: string;
}

/** Folded states kept per process: the projects in flight (a command touches one project a few times in minutes). */
export const FOLDED_STATES_KEPT = 1_000;

/**
 * Loads a project's decision state by folding its stream; version 0 means the project does not exist.
 *
 * The folded state of recently used projects is kept, and advanced by this process's own appends, so a command on a
 * project in flight reads nothing. A kept state can only be behind when another process appended to the stream (a
 * second API instance): the append's expected version then refuses it, and the command service asks again with
 * `fresh` — which reads only the events after the kept version. States are immutable (`evolve` is pure), so sharing
 * them between commands is safe.
 */
@Injectable()
export class ProjectRepository {
  private readonly folded = new Map<string, LoadedProject>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(projectId: string, { fresh = false }: { fresh?: boolean } = {}): Promise<Loaded> {
    const known = this.folded.get(projectId);
    if (known && !fresh) {
      this.remember(projectId, known);
      return { ...known, kept: true };
    }
    const fromVersion = known ? known.version + 1 : 1;
    const events = await this.store.readStream(projectStreamId(projectId), { fromVersion });
    // The tail must continue the kept state exactly; anything else (never seen in an append-only stream) refolds all.
    const continues = known !== undefined && (events.length === 0 || events[0].version === fromVersion);
    const loaded: LoadedProject = continues
      ? { state: foldProject(toProjectEvents(events), known.state), version: events.at(-1)?.version ?? known.version }
      : known
        ? await this.loadAll(projectId)
        : { state: foldProject(toProjectEvents(events)), version: events.at(-1)?.version ?? 0 };
    this.advance(projectId, loaded);
    const unseenSince = continues ? events[0]?.metadata.recordedAt : undefined;
    return { ...loaded, kept: false, ...(unseenSince !== undefined ? { unseenSince } : {}) };
  }

  /** The version this process knows the stream to be at (0 when it keeps nothing for it). */
  keptVersion(projectId: string): number {
    return this.folded.get(projectId)?.version ?? 0;
  }

  /**
   * Records a state this process has seen durable (after its own append). Never moves a kept state backwards: two
   * commands on different projects settle in any order, and a slower answer must not undo a newer one.
   */
  advance(projectId: string, loaded: LoadedProject): void {
    // A project that does not exist is not kept: random ids must not evict the projects in flight.
    if (loaded.version === 0) return;
    const known = this.folded.get(projectId);
    if (known && known.version > loaded.version) return;
    this.remember(projectId, loaded);
  }

  private async loadAll(projectId: string): Promise<LoadedProject> {
    const events = await this.store.readStream(projectStreamId(projectId));
    return { state: foldProject(toProjectEvents(events)), version: events.at(-1)?.version ?? 0 };
  }

  /** Least recently used first out: a Map iterates in insertion order, so a hit is moved to the end. */
  private remember(projectId: string, loaded: LoadedProject): void {
    this.folded.delete(projectId);
    this.folded.set(projectId, loaded);
    if (this.folded.size > FOLDED_STATES_KEPT) this.folded.delete(this.folded.keys().next().value!);
  }
}
