// Fixtures that specs of apps and test/ use.
export * from '../domain/testing/index.js';
export * from '../projections/sla-clocks/testing/national-day.fixture.js';
