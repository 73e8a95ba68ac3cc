export * from './claim-view.js';
export * from './claim-view.evolve.js';
export * from './claim-view.as-of.js';
export * from './claim-view.projection.js';
