export * from './time-limit.js';
export * from './deadline.js';
export * from './deadline-memo.js';
export * from './sla-clock.js';
export * from './clock-summary.js';
export * from './clock-derivation.js';
export * from './clock-pauses.js';
export * from './assessment.js';
