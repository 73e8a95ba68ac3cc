/** Fixture builders for specs (decider, projections, handlers): valid defaults per class. Pure, no test framework. */
export * from './context.fixtures.js';
export * from './command.fixtures.js';
export * from './event.fixtures.js';
export * from './history.fixtures.js';
