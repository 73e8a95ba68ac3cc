// Native ESM jest with SWC: legacy decorators and decorator metadata, as Nest needs them.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

// content-disposition (used by @fastify/static for the /docs UI) ships ESM only, and jest below Node 24.9 cannot
// require() ESM: compile it to CommonJS for the test run only.
const esmOnlyDependencies = ['content-disposition'];
const toCommonJs = ['@swc/jest', { module: { type: 'commonjs' } }];

export default {
  testEnvironment: 'node',
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
