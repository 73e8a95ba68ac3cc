import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuSeconds, peakRssMb } from './process-stats.js';

export interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ServerOptions {
  /** Root of the built app (the repository), where dist/ lives. */
  root: string;
  dataDir: string;
  jwtSecret: string;
  /** Extra environment (e.g. LOG_LEVEL). */
  env?: Record<string, string>;
}

/** The API as operators run it, `node dist/apps/api/src/main.js`, in a child process of the bench. */
export class ServerProcess {
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts on a port the OS reports free; tries again on another port if it was taken in between. */
  static async start(options: ServerOptions): Promise<ServerProcess> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ServerProcess.startOn(options, await freePort());
      } catch (error) {
        if (attempt >= 3 || !/EADDRINUSE/.test((error as Error).message)) throw error;
      }
    }
  }

  private static async startOn(options: ServerOptions, port: number): Promise<ServerProcess> {
    const log = openSync(join(options.dataDir, 'server.log'), 'a');
    const preload = pathToFileURL(join(options.root, 'dist/bench/server/profiler-preload.js')).href;
    const child = spawn(process.execPath, ['--import', preload, join(options.root, 'dist/apps/api/src/main.js')], {
      cwd: options.root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: options.dataDir,
        AUTH_JWT_SECRET: options.jwtSecret,
        ...options.env,
      },
      stdio: ['ignore', log, log, 'ipc'],
    });
    closeSync(log);
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    try {
      await server.waitHealthy(60_000);
    } catch (error) {
      await server.stop();
      const logFile = join(options.dataDir, 'server.log');
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-12).join('\n');
      throw new Error(`${(error as Error).message}; its log is ${logFile}, ending:\n${tail}`);
    }
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Peak resident set of the server so far (VmHWM), in MB. */
  peakRssMb(): number {
    return peakRssMb(this.pid);
  }

  /** CPU seconds the server has used so far (user + system). */
  cpuSeconds(): number {
    return cpuSeconds(this.pid);
  }

  /** CPU seconds of the main (JS, HTTP) thread alone. */
  mainThreadCpuSeconds(): number {
    return cpuSeconds(this.pid, this.pid);
  }

  /** Event-loop delay since the previous call (or start-up): how long ready work waited for the JS thread. */
  async loopDelay(): Promise<LoopDelay> {
    return ((await this.ask({ bench: 'loop-delay' })) as { delay: LoopDelay }).delay;
  }

  async profileStart(): Promise<void> {
    await this.ask({ bench: 'profile-start' });
  }

  async profileStop(file: string): Promise<void> {
    await this.ask({ bench: 'profile-stop', file });
  }

  /** SIGTERM (the app closes its stores), SIGKILL if it does not exit within 10 s. Returns the peak RSS in MB. */
  async stop(): Promise<number> {
    const peak = this.peakRssMb();
    if (this.child.exitCode !== null) return peak;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    return peak;
  }

  /**
   * Waits until every projection has applied the whole log (`/api/health` lags all 0): the work an overload left
   * behind is done. Returns the seconds it took.
   */
  async settled(timeoutMs = 60_000): Promise<number> {
    const started = performance.now();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = (await (await fetch(`${this.url}/api/health`)).json()) as { projections?: { lag: number }[] };
      if (health.projections?.every((p) => p.lag === 0)) return (performance.now() - started) / 1000;
      if (Date.now() > deadline) throw new Error(`The projections did not catch up within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The server exited with ${this.child.exitCode}`);
      try {
        const response = await fetch(`${this.url}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The server did not become healthy within ${timeoutMs} ms`);
  }

  private ask(message: { bench: string; file?: string }): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: { bench?: string; error?: string }) => {
        if (reply.bench !== `${message.bench}-done`) return;
        this.child.off('message', onMessage);
        if (reply.error) reject(new Error(reply.error));
        else resolve(reply);
      };
      this.child.on('message', onMessage);
      this.child.send(message);
    });
  }
}

/** A port nobody listens on right now, as the OS picks it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '0.0.0.0', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
