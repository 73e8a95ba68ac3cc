export * from './complaint-view.js';
export * from './complaint-view.evolve.js';
export * from './complaint-view.as-of.js';
export * from './complaint-view.projection.js';
