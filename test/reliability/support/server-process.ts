import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_SECRET } from '../../support/api-harness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The same loader the projector tests use: the child runs the TypeScript sources through @swc/core, no build step.
const REGISTER = fileURLToPath(new URL('../../support/ts-register.mjs', import.meta.url));

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * apps/api/src/main.ts as a real child process on a given DATA_DIR: what a `kill -9` or a full disk does to it is
 * what it would do in production (no shutdown hook runs, nothing of the test process's memory is shared).
 */
export class ServerProcess {
  private log = '';
  readonly exited: Promise<ServerExit>;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts the server and resolves once /api/health answers (any status: a full disk is still "started"). */
  static async start(dataDir: string, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', REGISTER, 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NO_COLOR: '1',
        EVENTSTORE_URL: '',
        MONGODB_URL: '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        DATA_DIR: dataDir,
        AUTH_JWT_SECRET: TEST_SECRET,
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    await server.waitUntilUp(timeoutMs);
    return server;
  }

  output(): string {
    return this.log;
  }

  private async waitUntilUp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline && !exited) {
      try {
        await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    this.child.kill('SIGKILL');
    throw new Error(`the API did not come up within ${timeoutMs} ms (exited: ${exited})\n${this.log}`);
  }

  /** SIGKILL: no shutdown hook, no flush; whatever was not durable is gone. */
  async kill(): Promise<ServerExit> {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  /** SIGTERM and wait: Nest's shutdown hooks close the stores. */
  async stop(): Promise<ServerExit> {
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
