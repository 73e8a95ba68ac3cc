export * from './project-events.query.js';
export * from './project-integrity.query.js';
export * from './project-state.query.js';
export * from './project-view.query.js';
export * from './project-list.query.js';
