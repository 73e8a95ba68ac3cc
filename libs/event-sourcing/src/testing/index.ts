// What specs of other libraries and apps use: the event-store contract suite, fixtures and fakes.
export * from '../event-store.contract.js';
export * from '../event-store.fixtures.js';
export * from '../projection/in-memory-event-store.fake.js';
