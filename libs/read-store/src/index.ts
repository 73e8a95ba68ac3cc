export * from './read-store.port.js';
export * from './read-store.errors.js';
export { canonicalJson } from './content-hash.js';
export { openSqliteReadStore, type SqliteReadStoreOptions } from './sqlite/sqlite-read-store.js';
// The MongoDB adapter (./mongodb/mongodb-read-store.js) is loaded on demand (libs/platform store-factory.ts).
export { withoutStorageFields } from './document-path.js';
