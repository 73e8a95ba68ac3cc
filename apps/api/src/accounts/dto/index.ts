export * from './service-dtos.js';
export * from './settlement-dtos.js';
export * from './examples.js';
export * from './command-dtos.js';
