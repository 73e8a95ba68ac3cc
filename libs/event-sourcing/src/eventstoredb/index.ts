// Loaded on demand (libs/platform store-factory.ts): the gRPC client is loaded only by a process configured for it.
export * from './eventstoredb-event-store.js';
