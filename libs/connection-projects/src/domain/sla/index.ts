export type { TimeLimit } from './time-limit.js';
export * from './deadline.js';
export * from './sla-clock.js';
export * from './clock-summary.js';
