import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything the processes read from the environment, resolved once at start. */
export interface AppConfig {
  port: number;
  dataDir: string;
  jwtSecret: string;
  /** True when the secret was generated into DATA_DIR because AUTH_JWT_SECRET was not set. */
  jwtSecretGenerated: boolean;
  eventStoreUrl?: string;
  mongodbUrl?: string;
  /** Run the projection runner inside this process (embedded default) or leave it to apps/projector. */
  projectionsInProcess: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

const SECRET_FILE = 'auth-jwt-secret';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be 0–65535, got "${env.PORT}"`);
  const dataDir = resolve(env.DATA_DIR || './data');
  mkdirSync(dataDir, { recursive: true });
  const { secret, generated } = resolveSecret(env.AUTH_JWT_SECRET, dataDir);
  return {
    port,
    dataDir,
    jwtSecret: secret,
    jwtSecretGenerated: generated,
    eventStoreUrl: env.EVENTSTORE_URL || undefined,
    mongodbUrl: env.MONGODB_URL || undefined,
    projectionsInProcess: parseFlag('PROJECTIONS_IN_PROCESS', env.PROJECTIONS_IN_PROCESS, true),
  };
}

function parseFlag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

/**
 * The embedded default must start with no configuration, yet tokens must survive restarts: so a secret is generated
 * once into DATA_DIR (owner-readable only) and reused; the token CLI reads the same file.
 */
function resolveSecret(fromEnv: string | undefined, dataDir: string): { secret: string; generated: boolean } {
  if (fromEnv) {
    if (fromEnv.length < 16) throw new ConfigError('AUTH_JWT_SECRET must be at least 16 characters');
    return { secret: fromEnv, generated: false };
  }
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return { secret: readFileSync(file, 'utf8').trim(), generated: true };
}
