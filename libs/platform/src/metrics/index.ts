export * from './metrics.js';
export * from './instrumented-event-store.js';
