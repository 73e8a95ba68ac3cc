export * from './account-view.js';
export * from './account-view.evolve.js';
export * from './account-view.as-of.js';
export * from './account-view.projection.js';
