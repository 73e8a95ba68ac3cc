import { fileURLToPath } from 'node:url';
import { SWC_OPTIONS } from './test/support/swc-options.mjs';

// Native ESM jest with SWC, compiled as the child processes' loader compiles (test/support/swc-options.mjs).
const swc = ['@swc/jest', SWC_OPTIONS];

// content-disposition (used by @fastify/static for the /docs UI) ships ESM only, and jest below Node 24.9 cannot
// require() ESM: compile it to CommonJS for the test run only.
const esmOnlyDependencies = ['content-disposition'];
const toCommonJs = ['@swc/jest', { module: { type: 'commonjs' } }];

// The code under test starts worker threads (the projection thread); run from the TypeScript sources, a thread loads
// them through the same compiler hooks as the child processes (see test/support/ts-hooks.mjs).
process.env.THREAD_TS_LOADER = fileURLToPath(new URL('./test/support/ts-register.mjs', import.meta.url));

export default {
  testEnvironment: 'node',
  // Library entries (package.json `imports`) resolve to their TypeScript sources under the `source` condition.
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${esmOnlyDependencies.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyDependencies.join('|')})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/support/external-stores-notice.mjs',
};
