// What specs of other libraries and apps use: the read-store contract suites and their fixtures.
export * from '../read-store.contract.js';
export * from '../read-store.fixtures.js';
