export * from './account.aggregate.js';
export * from './account-access.js';
export * from './account-command.service.js';
export * from './serve-account.handler.js';
export * from './account-view.query.js';
export * from './account-list.query.js';
export * from './account-history.query.js';
