import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request, { type Test } from 'supertest';
import { createApp } from '../../apps/api/src/create-app.js';
import { appendAccountHistory } from './account-history.js';
import { OpenApiValidator } from './openapi-validator.js';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { loadConfig, mintToken, type AppConfig, type TokenClaims } from '#platform';
import type { AccountEvent } from '#connection-projects/domain';

export const TEST_SECRET = 'test-secret-0123456789-abcdefghij';

export type TokenOptions = Partial<Omit<TokenClaims, 'roles'>> & { expiresIn?: string | number };

/**
 * The real HTTP server on the embedded stores in a fresh DATA_DIR, listening on a real socket (port 0):
 * what an integrator talks to, minus the network.
 */
export class ApiHarness {
  private app?: NestFastifyApplication;
  private url = '';
  private validator?: OpenApiValidator;

  private constructor(public config: AppConfig) {}

  /** `env` adds to the test configuration, e.g. EVENTSTORE_URL and MONGODB_URL for the stack test. */
  static async start(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<ApiHarness> {
    process.env.NODE_ENV = 'test';
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'connection-projects-e2e-'));
    const harness = new ApiHarness(loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: TEST_SECRET, PORT: '0', ...options.env }));
    await harness.listen();
    return harness;
  }

  private async listen(): Promise<void> {
    this.app = await createApp(this.config);
    await this.app.listen(0, '127.0.0.1');
    this.url = await this.app.getUrl();
    const document = (await (await fetch(`${this.url}/docs/openapi.json`)).json()) as Record<string, unknown>;
    this.validator = new OpenApiValidator(document);
  }

  /** The published document this server serves, and the validator every answer of `http()` goes through. */
  get openApi(): OpenApiValidator {
    return this.validator!;
  }

  /**
   * Stops and starts the server on the same DATA_DIR: what survives is what was durable. `env` restarts it with that
   * configuration instead (e.g. another POLICY_SCHEDULE).
   */
  async restart(env?: Record<string, string>): Promise<void> {
    await this.app?.close();
    if (env) this.config = loadConfig({ DATA_DIR: this.config.dataDir, AUTH_JWT_SECRET: TEST_SECRET, PORT: '0', ...env });
    await this.listen();
  }

  /**
   * A supertest client whose every answer is checked against the published document (status, headers, body): a test
   * that gets an answer the document does not describe fails, whatever it expected.
   */
  http(): ReturnType<typeof request> {
    const client = request(this.url);
    return new Proxy(client, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const made = (value as (...a: unknown[]) => unknown).apply(target, args);
          return isTest(made) ? this.checked(made) : made;
        };
      },
    });
  }

  private checked(test: Test): Test {
    const end = test.end.bind(test);
    test.end = (callback) =>
      end((error, response) => {
        const problems = response ? this.validator!.check(test.method, test.url, response) : [];
        if (problems.length > 0) return callback?.(new Error(`Answer not as documented:\n${problems.join('\n')}`), response);
        callback?.(error, response);
      });
    return test;
  }

  token(role: string, options: TokenOptions = {}): string {
    const { expiresIn, ...claims } = options;
    return mintToken(
      TEST_SECRET,
      {
        sub: claims.sub ?? `${role}-1`,
        name: claims.name ?? `${role} 1`,
        roles: [role],
        orgUnit: claims.orgUnit ?? 'hz-city',
        orgLevel: claims.orgLevel ?? 'city',
        ...(claims.customerId ? { customerId: claims.customerId } : {}),
      },
      expiresIn ?? '1h',
    );
  }

  /** The event store the server writes to, for faults and for histories no command would write. */
  private store(): EventStore {
    return this.app!.get<EventStore>(EVENT_STORE, { strict: false });
  }

  /** A stream as the server's event store holds it: what a command wrote, or that a refusal wrote nothing. */
  readStream(streamId: string): ReturnType<EventStore['readStream']> {
    return this.store().readStream(streamId);
  }

  /** The next call of the store's `operation` fails with `error` (an unreachable store, a lost answer, a race). */
  failNext(operation: 'append' | 'readStream' | 'ping', error: Error): void {
    // The store may be wrapped (metrics): the fault is an own property shadowing the class's method, then deleted.
    const store = this.store() as unknown as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(store, operation)) throw new Error(`a fault is already pending on ${operation}`);
    store[operation] = () => {
      delete store[operation];
      return Promise.reject(error);
    };
  }

  /** Appends an event as if recorded from paper (SPEC §4): a history the rules of the API would not let a command write. */
  async recordFromPaper(projectId: string, type: string, data: Record<string, unknown>): Promise<void> {
    const streamId = `project-${projectId}`;
    const version = (await this.store().readStream(streamId)).length;
    const commandId = randomUUID();
    const actor = { id: 'archive-1', name: '纸质档案', role: 'clerk', orgUnit: 'hz-city' };
    await this.store().append({
      streamId,
      expectedVersion: version,
      events: [{ eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor, commandId, correlationId: commandId, causationId: null, occurredAt: new Date().toISOString() } }],
    });
  }

  /** Appends an account's history as the supply-accounts process manager would have written it (no route opens one). */
  appendAccountHistory(accountId: string, events: AccountEvent[]): Promise<number> {
    return appendAccountHistory(this.store(), accountId, events);
  }

  async close(removeData = true): Promise<void> {
    await this.app?.close();
    if (removeData) rmSync(this.config.dataDir, { recursive: true, force: true });
  }
}

const isTest = (value: unknown): value is Test =>
  typeof value === 'object' && value !== null && typeof (value as Test).end === 'function' && typeof (value as Test).url === 'string';
