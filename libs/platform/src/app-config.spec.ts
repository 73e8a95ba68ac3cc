import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'config-spec-'));

describe('loadConfig', () => {
  it('runs with no configuration: port 3000, projections in process, a secret generated once into DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first).toMatchObject({ port: 3000, dataDir: dir, projectionsInProcess: true, jwtSecretGenerated: true, logLevel: 'info' });
    expect(first.projectorLeaseTtlMs).toBe(15_000);
    expect(first.heapGrowthPercent).toBe(0);
    expect(readFileSync(join(dir, 'auth-jwt-secret'), 'utf8')).toBe(first.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first.jwtSecret);
  });

  it('takes the production switches from the environment', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      PORT: '8080',
      AUTH_JWT_SECRET: 'a-long-enough-secret',
      EVENTSTORE_URL: 'esdb://eventstore:2113?tls=false',
      MONGODB_URL: 'mongodb://mongodb:27017/cp?replicaSet=rs0',
      PROJECTIONS_IN_PROCESS: 'false',
      PROJECTOR_LEASE_TTL_MS: '5000',
      HEAP_GROWTH_PERCENT: '100',
    });
    expect(config).toMatchObject({
      port: 8080,
      jwtSecret: 'a-long-enough-secret',
      jwtSecretGenerated: false,
      eventStoreUrl: 'esdb://eventstore:2113?tls=false',
      mongodbUrl: 'mongodb://mongodb:27017/cp?replicaSet=rs0',
      projectionsInProcess: false,
      projectorLeaseTtlMs: 5000,
      heapGrowthPercent: 100,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer'],
    [{ PORT: '70000' }, 'PORT must not be greater than 65535'],
    [{ AUTH_JWT_SECRET: 'short' }, 'AUTH_JWT_SECRET must be at least 16 characters'],
    [{ EVENTSTORE_URL: 'http://localhost:2113' }, 'EVENTSTORE_URL must be an EventStoreDB connection string'],
    [{ MONGODB_URL: 'localhost:27017' }, 'MONGODB_URL must be a MongoDB connection string'],
    [{ PROJECTIONS_IN_PROCESS: 'yes' }, 'PROJECTIONS_IN_PROCESS must be true or false'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ PROJECTOR_LEASE_TTL_MS: '15s' }, 'PROJECTOR_LEASE_TTL_MS must be an integer number of milliseconds'],
    [{ PROJECTOR_LEASE_TTL_MS: '50' }, 'PROJECTOR_LEASE_TTL_MS must be at least 100'],
    [{ HEAP_GROWTH_PERCENT: '20%' }, 'HEAP_GROWTH_PERCENT must be an integer percentage'],
    [{ HEAP_GROWTH_PERCENT: '-5' }, 'HEAP_GROWTH_PERCENT must not be less than 0'],
  ])('fails fast on %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
