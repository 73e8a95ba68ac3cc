export * from './account.aggregate.js';
export * from './account-command.service.js';
export * from './serve-account.handler.js';
