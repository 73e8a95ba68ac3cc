// Loaded on demand (libs/platform store-factory.ts): the MongoDB driver is loaded only by a process configured for it.
export * from './mongodb-read-store.js';
