export * from './app-config.js';
export * from './stores.module.js';
export * from './tokens.js';
export * from './logging.js';
export * from './environment.js';
export { applyHeapGrowth } from './heap-growth.js';
export * from './metrics/index.js';
export * from './store-factory.js';
