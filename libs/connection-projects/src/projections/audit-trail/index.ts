export * from './audit-trail.js';
export * from './audit-trail.projection.js';
export * from './event-facts.js';
export * from './event-summary.js';
export * from './id-number.mask.js';
