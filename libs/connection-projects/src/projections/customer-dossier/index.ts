export * from './customer-dossier.js';
export * from './customer-dossier.evolve.js';
export * from './customer-dossier.projection.js';
export * from './customer-dossier.assemble.js';
export * from './customer-dossier.timeline.js';
