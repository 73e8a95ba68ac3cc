import { describe, expect, it } from '@jest/globals';
import { parseBenchOptions } from './bench-options.js';

describe('parseBenchOptions', () => {
  it('gives the issue sizes: 10,000 projects in quick mode, 100,000 in full mode', () => {
    expect(parseBenchOptions(['--quick']).projects).toBe(10_000);
    expect(parseBenchOptions([]).projects).toBe(100_000);
  });

  it('lets every size be overridden, with or without =', () => {
    const options = parseBenchOptions(['--quick', '--projects', '500', '--runs=1', '--only', 'commands,appends']);
    expect(options).toMatchObject({ quick: true, projects: 500, runs: 1, only: ['commands', 'appends'] });
  });

  it('passes NAME=VALUE pairs to the server children', () => {
    expect(parseBenchOptions(['--server-env', 'LOG_LEVEL=warn,PROJECTIONS_IN_PROCESS=false']).serverEnv).toEqual({
      LOG_LEVEL: 'warn',
      PROJECTIONS_IN_PROCESS: 'false',
    });
  });

  it('refuses unknown options and non-positive sizes', () => {
    expect(() => parseBenchOptions(['--qiuck'])).toThrow('Unknown option --qiuck');
    expect(() => parseBenchOptions(['--projects', '0'])).toThrow('--projects needs a positive number');
  });
});
