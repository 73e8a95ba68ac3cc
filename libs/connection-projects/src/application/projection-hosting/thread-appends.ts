import { fromWireError, toWireError, type AppendRequest, type AppendResult, type EventStore, type WireOutcome } from '#event-sourcing';
import type { FromProjectionThread, ToProjectionThread } from './projection-thread.messages.js';

/**
 * The projection thread's appends (the supply-accounts process manager's commands), made by the main thread's event
 * store. On SQLite they then join the API's group commits on its writer thread: appended from the thread's own
 * connection, each took the file's write lock and an fsync of its own while commands waited for both (p99 at 1,000
 * commands/s, issue 20). This is the thread's side: each append is numbered, posted, and settled by its answer.
 */
export class ParentAppends {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (result: AppendResult) => void; reject: (error: Error) => void }>();

  constructor(private readonly post: (message: FromProjectionThread) => void) {}

  readonly append = (request: AppendRequest): Promise<AppendResult> =>
    new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'append', id, request });
    });

  settle({ id, outcome }: Extract<ToProjectionThread, { type: 'appended' }>): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (!waiting) return;
    if (outcome.ok) waiting.resolve(outcome.result);
    else waiting.reject(fromWireError(outcome.error));
  }
}

/** The main thread's side: the append made by its own store, its outcome as data for the answer. */
export async function appendForThread(store: EventStore, request: AppendRequest): Promise<WireOutcome> {
  try {
    return { ok: true, result: await store.append(request) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}
