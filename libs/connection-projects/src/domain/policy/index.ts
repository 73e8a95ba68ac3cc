export * from './clock-definition.js';
export * from './connection-policy.js';
export * from './seed.policy.js';
export * from './policy.registry.js';
export * from './authority.js';
export * from './required-documents.js';
export * from './sgcc-assessment.policy.js';
export * from './policy-schedule.js';
