import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from './worker-calls.js';

export interface CallHandlers<Call extends { type: string; id: number }, WireError, Resource, Done extends object> {
  /** Opens what the thread works on (its own database connection); a throw is answered `open-failed`. */
  open: () => Resource;
  /** Answers one call other than `close`; what it returns travels with `done`. */
  handle: (resource: Resource, call: Exclude<Call, { type: 'close' }>) => Done | void;
  /** Runs on the `close` call, after which the thread ends. */
  close: (resource: Resource) => void;
  toWireError: (error: unknown) => WireError;
}

/** The thread side of WorkerCalls: opens, says `ready` (or `open-failed`), then answers each call by id, in order. */
export function serveCalls<Call extends { type: string; id: number }, WireError, Resource, Done extends object = object>(
  handlers: CallHandlers<Call, WireError, Resource, Done>,
): void {
  const port = parentPort!;
  const post = (message: WorkerReply<WireError, Done>) => port.postMessage(message);
  let resource: Resource;
  try {
    resource = handlers.open();
    post({ type: 'ready' });
  } catch (error) {
    post({ type: 'open-failed', error: handlers.toWireError(error) });
    port.close();
    return;
  }
  port.on('message', (call: Call) => {
    try {
      if (call.type === 'close') {
        handlers.close(resource);
        post({ type: 'done', id: call.id } as WorkerReply<WireError, Done>);
        port.close();
        return;
      }
      const done = handlers.handle(resource, call as Exclude<Call, { type: 'close' }>);
      post({ ...done, type: 'done', id: call.id } as WorkerReply<WireError, Done>);
    } catch (error) {
      post({ type: 'failed', id: call.id, error: handlers.toWireError(error) });
    }
  });
}
