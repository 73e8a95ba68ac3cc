import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app.js';
import { loadConfig, mintToken, type AppConfig, type TokenClaims } from '#platform';

export const TEST_SECRET = 'test-secret-0123456789-abcdefghij';

export type TokenOptions = Partial<Omit<TokenClaims, 'roles'>> & { expiresIn?: string | number };

/**
 * The real HTTP server on the embedded stores in a fresh DATA_DIR, listening on a real socket (port 0):
 * what an integrator talks to, minus the network.
 */
export class ApiHarness {
  private app?: NestFastifyApplication;
  private url = '';

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

  http() {
    return request(this.url);
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

  async close(removeData = true): Promise<void> {
    await this.app?.close();
    if (removeData) rmSync(this.config.dataDir, { recursive: true, force: true });
  }
}
