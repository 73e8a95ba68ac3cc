export * from './service-dtos.js';
export * from './settlement-dtos.js';
