export { WorkerCalls, type WorkerReply } from './worker-calls.js';
export { serveCalls } from './serve-calls.js';
export { startWorker } from './worker-entry.js';
