export * from './complaint.aggregate.js';
export * from './claim.aggregate.js';
export * from './named-account-commands.js';
export * from './complaint-command.service.js';
export * from './claim-command.service.js';
export * from './serve-named-account.handlers.js';
