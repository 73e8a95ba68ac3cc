export * from './app-config.js';
export * from './stores.module.js';
export * from './tokens.js';
