export * from './project-view.js';
export * from './project-view.evolve.js';
export * from './project-view.clocks.js';
export * from './project-view.projection.js';
