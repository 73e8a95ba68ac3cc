export * from './clock-table.js';
export * from './compact-sla-clocks.js';
export * from './compact-dashboard.js';
export * from './compact-alerts.js';
export * from './sla-clock-index.js';
