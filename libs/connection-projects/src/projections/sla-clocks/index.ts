export * from './sla-clocks.js';
export * from './sla-clocks.evolve.js';
export * from './sla-clocks.projection.js';
export * from './sla-dashboard.js';
export * from './sla-alerts.js';
export * from './sla-clocks.account.js';
export * from './sla-clocks.complaint-claim.js';
