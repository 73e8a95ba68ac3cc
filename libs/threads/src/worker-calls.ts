import type { Worker, WorkerOptions } from 'node:worker_threads';
import { startWorker } from './worker-entry.js';

/**
 * What a store's worker thread answers: `ready` or `open-failed` once, when it has opened (or could not open) its
 * connection; then `done` or `failed` for each call, by id. Errors cross as data (a structured clone keeps no class).
 */
export type WorkerReply<WireError, Done extends object = object> =
  | { type: 'ready' }
  | { type: 'open-failed'; error: WireError }
  | ({ type: 'done'; id: number } & Done)
  | { type: 'failed'; id: number; error: WireError };

export interface WorkerCallsOptions<WireError> {
  /** Rebuilds an error the thread sent as the class callers test with instanceof. */
  fromWireError: (error: WireError) => Error;
  /** The error every call gets once the thread has stopped (`detail`: why, when known). */
  stopped: (detail: string) => Error;
}

type Pending<Done> = { resolve: (done: Done) => void; reject: (error: Error) => void };

/** Calls into a worker thread, each answered by id; what is pending when the thread dies fails with `stopped`. */
export class WorkerCalls<Call extends { type: string }, WireError, Done extends object = object> {
  private readonly pending = new Map<number, Pending<Done>>();
  private nextId = 1;
  private exited = false;

  private constructor(
    private readonly worker: Worker,
    private readonly options: WorkerCallsOptions<WireError>,
  ) {
    let failure = '';
    worker.on('message', (message: WorkerReply<WireError, Done>) => this.receive(message));
    // An error the thread did not catch ends it: the exit below fails what is pending, and says why.
    worker.on('error', (error) => (failure = `: ${error.message}`));
    worker.on('exit', () => {
      this.exited = true;
      const gone = options.stopped(failure);
      for (const { reject } of this.pending.values()) reject(gone);
      this.pending.clear();
    });
  }

  /** Starts the worker `name` beside `base` (see startWorker); resolves once it is ready, rejects when it cannot open. */
  static start<Call extends { type: string }, WireError, Done extends object = object>(
    name: string,
    base: string,
    workerOptions: WorkerOptions,
    options: WorkerCallsOptions<WireError>,
  ): Promise<WorkerCalls<Call, WireError, Done>> {
    const worker = startWorker(name, base, workerOptions);
    return new Promise((resolve, reject) => {
      const opened = (message: WorkerReply<WireError, Done>) => {
        worker.off('message', opened);
        worker.off('error', reject);
        if (message.type === 'ready') resolve(new WorkerCalls<Call, WireError, Done>(worker, options));
        else reject(message.type === 'open-failed' ? options.fromWireError(message.error) : new Error(`unexpected ${message.type}`));
      };
      worker.on('message', opened);
      worker.once('error', reject);
    });
  }

  get stopped(): boolean {
    return this.exited;
  }

  call(call: Call): Promise<Done> {
    if (this.exited) return Promise.reject(this.options.stopped(''));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...call, id });
    });
  }

  private receive(message: WorkerReply<WireError, Done>): void {
    if (message.type !== 'done' && message.type !== 'failed') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'done') pending.resolve(message);
    else pending.reject(this.options.fromWireError(message.error));
  }
}
