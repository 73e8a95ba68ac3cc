// `npm run test:reliability`: the long-running reliability harness (issue 5), kept out of `npm test`'s default run.
// Same transform as the main configuration; the suites run one at a time, as the crash and disk suites time real
// child processes on a 2-core machine.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/reliability/**/*.reliability-spec.ts'],
  testTimeout: 300_000,
  maxWorkers: 1,
  // The contract-suite notice of the main run says nothing about these suites.
  globalSetup: undefined,
};
