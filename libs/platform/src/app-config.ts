import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, parseEnvironment, type LOG_LEVELS } from './environment.js';
import { DEFAULT_HEAP_GROWTH_PERCENT } from './heap-growth.js';

export { ConfigError } from './environment.js';

/** Everything the processes read from the environment, resolved once at start. */
export interface AppConfig {
  port: number;
  dataDir: string;
  /** False when both stores are servers: DATA_DIR is then neither created nor written (the image may not own it). */
  usesDataDir: boolean;
  /** The HS256 secret; empty in a process loaded with `{ tokens: false }` and no AUTH_JWT_SECRET (it verifies none). */
  jwtSecret: string;
  /** True when the secret was generated into DATA_DIR because AUTH_JWT_SECRET was not set. */
  jwtSecretGenerated: boolean;
  eventStoreUrl?: string;
  mongodbUrl?: string;
  /** Run the projection runner inside this process (embedded default) or leave it to apps/projector. */
  projectionsInProcess: boolean;
  /**
   * With projections in process: run them on a worker thread of their own (default), so the event loop that answers
   * HTTP never waits for a projection batch; false runs them on the main thread (the test harness, which runs the
   * TypeScript sources inside jest where a worker thread could not load them).
   */
  projectionsThread: boolean;
  /** Lease of a projection's writer (API in-process runner or apps/projector): renewed every third, default 15 s. */
  projectorLeaseTtlMs: number;
  /** See heap-growth.ts; 0 (default) leaves V8's own heap sizing. */
  heapGrowthPercent: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** POLICY_SCHEDULE as given (absent: `seed` alone); the bounded context parses it at start and refuses a bad one. */
  policySchedule?: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const SECRET_FILE = 'auth-jwt-secret';

/** What the process does with tokens: the API verifies them and the token CLI mints them; the projector does neither. */
export interface ConfigUse {
  tokens?: boolean;
}

/** Validates the environment (throws ConfigError naming every bad variable) and resolves the defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { tokens = true }: ConfigUse = {}): AppConfig {
  const parsed = parseEnvironment(env);
  const dataDir = resolve(parsed.DATA_DIR ?? './data');
  // Only an embedded store needs DATA_DIR: a process on EventStoreDB and MongoDB keeps nothing on its own disk.
  const usesDataDir = !parsed.EVENTSTORE_URL || !parsed.MONGODB_URL;
  if (usesDataDir) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new ConfigError(`DATA_DIR ${dataDir} cannot be created: ${(error as Error).message}`);
    }
  }
  const { secret, generated } = parsed.AUTH_JWT_SECRET
    ? { secret: parsed.AUTH_JWT_SECRET, generated: false }
    : tokens
      ? generatedSecret(usesDataDir ? dataDir : null)
      : { secret: '', generated: false };
  return {
    port: parsed.PORT ?? 3000,
    dataDir,
    usesDataDir,
    jwtSecret: secret,
    jwtSecretGenerated: generated,
    eventStoreUrl: parsed.EVENTSTORE_URL,
    mongodbUrl: parsed.MONGODB_URL,
    projectionsInProcess: parsed.PROJECTIONS_IN_PROCESS ?? true,
    projectionsThread: parsed.PROJECTIONS_THREAD ?? true,
    projectorLeaseTtlMs: parsed.PROJECTOR_LEASE_TTL_MS ?? 15_000,
    heapGrowthPercent: parsed.HEAP_GROWTH_PERCENT ?? DEFAULT_HEAP_GROWTH_PERCENT,
    logLevel: parsed.LOG_LEVEL ?? 'info',
    ...(parsed.POLICY_SCHEDULE !== undefined ? { policySchedule: parsed.POLICY_SCHEDULE } : {}),
  };
}

/**
 * The embedded default must start with no configuration, yet tokens must survive restarts: so a secret is generated
 * once into DATA_DIR (owner-readable only) and reused; the token CLI reads the same file. With both stores on servers
 * there is no DATA_DIR to keep it in, and every API instance must verify with the same secret: it must be given.
 */
function generatedSecret(dataDir: string | null): { secret: string; generated: boolean } {
  if (dataDir === null) {
    throw new ConfigError(
      'AUTH_JWT_SECRET must be set: with EVENTSTORE_URL and MONGODB_URL both set there is no DATA_DIR to generate it into, ' +
        'and every instance must verify tokens with the same secret',
    );
  }
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return { secret: readFileSync(file, 'utf8').trim(), generated: true };
}
