// The bounded context's application layer: its Nest modules, command and query handlers, and what hosts projections.
// The pure domain and the projections have entries of their own (#connection-projects/domain, …/projections).
export * from './application/connection-projects.module.js';
export * from './application/clock.js';
export * from './application/command-meta.js';
export * from './application/identity.js';
export * from './application/precondition-failed.error.js';
export * from './application/commands/index.js';
export * from './application/accounts/index.js';
export * from './application/complaints-and-claims/index.js';
export * from './application/queries/index.js';
export * from './application/projection-hosting/projection-host.js';
export * from './application/projection-hosting/projection-runner-tuning.js';
export * from './application/projection-hosting/read-model-positions.js';
export * from './application/projection-hosting/read-models.module.js';
export * from './application/projection-hosting/supply-accounts-run.js';
export * from './application/supply-accounts/supply-accounts.manager.js';
export * from './application/sla/sla-clock-index.js';
