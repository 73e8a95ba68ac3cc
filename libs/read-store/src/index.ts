export * from './read-store.port.js';
export * from './read-store.errors.js';
export { canonicalJson } from './content-hash.js';
export { openSqliteReadStore, type SqliteReadStoreOptions } from './sqlite/sqlite-read-store.js';
export { connectMongoReadStore, type MongoReadStoreOptions } from './mongodb/mongodb-read-store.js';
