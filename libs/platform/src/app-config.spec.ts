import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { EventStoreDBClient } from '@eventstore/db-client';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'config-spec-'));
const aFile = () => {
  const file = join(dataDir(), 'not-a-directory');
  writeFileSync(file, '');
  return file;
};

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

  describe('on EventStoreDB and MongoDB (the image: DATA_DIR=/data, perhaps not writable)', () => {
    const servers = { EVENTSTORE_URL: 'esdb://eventstore:2113?tls=false', MONGODB_URL: 'mongodb://mongodb:27017/cp?replicaSet=rs0' };
    // Under a regular file: no process can create it, whoever it runs as.
    const unwritable = join(aFile(), 'data');

    it('neither creates nor needs DATA_DIR', () => {
      const config = loadConfig({ ...servers, DATA_DIR: unwritable, AUTH_JWT_SECRET: 'a-long-enough-secret' });
      expect(config).toMatchObject({ usesDataDir: false, jwtSecret: 'a-long-enough-secret' });
      expect(existsSync(unwritable)).toBe(false);
    });

    it('requires AUTH_JWT_SECRET where tokens are verified or minted, with a message that says why', () => {
      expect(() => loadConfig({ ...servers, DATA_DIR: unwritable })).toThrow(ConfigError);
      expect(() => loadConfig({ ...servers, DATA_DIR: unwritable })).toThrow(/AUTH_JWT_SECRET must be set/);
    });

    it('lets the projector, which verifies no token, start without a secret', () => {
      expect(loadConfig({ ...servers, DATA_DIR: unwritable }, { tokens: false })).toMatchObject({ jwtSecret: '', usesDataDir: false });
    });

    it('still needs a writable DATA_DIR while one store is embedded', () => {
      expect(() => loadConfig({ EVENTSTORE_URL: servers.EVENTSTORE_URL, DATA_DIR: unwritable })).toThrow(/DATA_DIR .* cannot be created/);
    });
  });

  // The strings README and docker-compose.yml show; the client itself parses them (it connects lazily, so no server).
  it.each([
    'esdb://localhost:2113?tls=false',
    'esdb://eventstore:2113?tls=false',
    'esdb+discover://cluster.example:2113',
    'esdb://es1:2113,es2:2113,es3:2113?tls=false&nodePreference=leader',
  ])('accepts %s, which @eventstore/db-client 6.2.1 parses too', (url) => {
    expect(loadConfig({ DATA_DIR: dataDir(), EVENTSTORE_URL: url }).eventStoreUrl).toBe(url);
    expect(() => EventStoreDBClient.connectionString(url)).not.toThrow();
  });

  it('refuses kurrentdb:// at validation, not when the client is created', () => {
    expect(() => EventStoreDBClient.connectionString('kurrentdb://localhost:2113?tls=false')).toThrow(/esdb:\/\/ or esdb\+discover:\/\//);
    expect(() => loadConfig({ DATA_DIR: dataDir(), EVENTSTORE_URL: 'kurrentdb://localhost:2113?tls=false' })).toThrow(ConfigError);
  });

  it.each([
    [{ EVENTSTORE_URL: 'kurrentdb://localhost:2113?tls=false' }, 'EVENTSTORE_URL must be an EventStoreDB connection string'],
    [{ EVENTSTORE_URL: 'kdb://localhost:2113?tls=false' }, 'EVENTSTORE_URL must be an EventStoreDB connection string'],
    [{ EVENTSTORE_URL: 'kurrentdb+discover://localhost:2113' }, 'EVENTSTORE_URL must be an EventStoreDB connection string'],
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
