import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const blankToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The environment the processes accept: checked once at start, so a bad value stops the process with a clear message. */
export class Environment {
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be an integer' })
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MinLength(16, { message: 'AUTH_JWT_SECRET must be at least 16 characters' })
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  // Exactly the schemes @eventstore/db-client 6.2.1 parses (EventStore/EventStore-Client-NodeJS v6.2.1,
  // packages/db-client/src/Client/parseConnectionString.ts, `parseProtocol`: `esdb` or `esdb+discover`, anything else a
  // ParseError at first connect). `kurrentdb://` and `kdb://` belong to the later KurrentDB client, not this one.
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, {
    message: 'EVENTSTORE_URL must be an EventStoreDB connection string starting esdb:// or esdb+discover://, e.g. esdb://localhost:2113?tls=false',
  })
  EVENTSTORE_URL?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'MONGODB_URL must be a MongoDB connection string, e.g. mongodb://localhost:27017/db' })
  MONGODB_URL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'PROJECTIONS_IN_PROCESS must be true or false' })
  PROJECTIONS_IN_PROCESS?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'PROJECTIONS_THREAD must be true or false' })
  PROJECTIONS_THREAD?: boolean;

  /** How long a projector's lease on a projection lasts unless renewed (every third of it); a standby waits this long. */
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'PROJECTOR_LEASE_TTL_MS must be an integer number of milliseconds' })
  @Min(100, { message: 'PROJECTOR_LEASE_TTL_MS must be at least 100' })
  PROJECTOR_LEASE_TTL_MS?: number;

  /** How far V8 lets a heap grow past what survived its last full collection, in percent; 0 leaves V8's own choice. */
  @IsOptional()
  @Transform(({ value }) => (value === '' || value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'HEAP_GROWTH_PERCENT must be an integer percentage' })
  @Min(0)
  @Max(400)
  HEAP_GROWTH_PERCENT?: number;

  /** The policy schedule (SPEC §6), e.g. `seed@2000-01-01,sgcc-assessment@2026-07-01`: its versions are checked at start. */
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  POLICY_SCHEDULE?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];
}

export class ConfigError extends Error {}

export function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  const parsed = plainToInstance(Environment, pick(env));
  const errors = validateSync(parsed, { whitelist: true });
  if (errors.length) {
    const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new ConfigError(`Invalid configuration:\n  - ${messages.join('\n  - ')}`);
  }
  return parsed;
}

const KEYS = ['PORT', 'DATA_DIR', 'AUTH_JWT_SECRET', 'EVENTSTORE_URL', 'MONGODB_URL', 'PROJECTIONS_IN_PROCESS', 'PROJECTIONS_THREAD',
  'PROJECTOR_LEASE_TTL_MS', 'HEAP_GROWTH_PERCENT', 'POLICY_SCHEDULE', 'LOG_LEVEL'] as const;

const pick = (env: NodeJS.ProcessEnv) => Object.fromEntries(KEYS.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
