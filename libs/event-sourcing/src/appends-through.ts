import type {
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventCount,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from './event-store.port.js';
import type { StoredEvent } from './event.js';

/**
 * An event store that reads through its own connection and appends through another party: a worker thread's store
 * whose appends the process's main store makes, so that they join its group commits instead of taking the file's
 * write lock (and an fsync) of their own between them. An append resolves once that party's append is durable.
 */
export class AppendsThrough implements EventStore {
  constructor(
    private readonly reads: EventStore,
    private readonly appendElsewhere: (request: AppendRequest) => Promise<AppendResult>,
  ) {}

  append(request: AppendRequest): Promise<AppendResult> {
    return this.appendElsewhere(request);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.reads.readStream(streamId, options);
  }

  readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    return this.reads.readAll(options);
  }

  subscribe(options: SubscribeOptions): AsyncIterable<StoredEvent> {
    return this.reads.subscribe(options);
  }

  headPosition(): Promise<number> {
    return this.reads.headPosition();
  }

  countAfter(after: number, cap: number): Promise<EventCount> {
    return this.reads.countAfter(after, cap);
  }

  findCommand(callerId: string, key: string): Promise<CommandRecord | null> {
    return this.reads.findCommand(callerId, key);
  }

  ping(): Promise<void> {
    return this.reads.ping();
  }

  close(): Promise<void> {
    return this.reads.close();
  }
}
