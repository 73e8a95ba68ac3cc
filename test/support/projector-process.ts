import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The children run the TypeScript sources through @swc/core (see ts-hooks.mjs): no build step, and no
// stale dist/ to test by mistake.
const REGISTER = fileURLToPath(new URL('./ts-register.mjs', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ProjectorProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<Exit>;
}

function spawnTs(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', REGISTER, entry, ...args], {
    cwd: ROOT,
    // jest's NODE_OPTIONS (--experimental-vm-modules) is not for the children; NO_COLOR keeps Nest's logs plain; the
    // external stores a CI run may configure for the contract suites are not these tests' (the SQLite files are).
    env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', EVENTSTORE_URL: '', MONGODB_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * 'close', not 'exit': 'exit' may come before the last of the child's output has been read from its pipes, and a test
 * that checks what a process printed once it exited would then race that output.
 */
const exitOf = (child: ChildProcess) =>
  new Promise<Exit>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));

function watched(child: ChildProcess): ProjectorProcess {
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: exitOf(child) };
}

/** Starts apps/projector on the stores `env` points at (DATA_DIR, …). */
export function startProjector(env: Record<string, string>): ProjectorProcess {
  return watched(spawnTs('apps/projector/src/main.ts', [], env));
}

/** Starts `npm run cli -- <args>` without waiting for it, for a test that interrupts it. */
export function startCli(args: string[], env: Record<string, string>): ProjectorProcess {
  return watched(spawnTs('apps/cli/src/main.ts', args, env));
}

export interface CliRun extends Exit {
  stdout: string;
  stderr: string;
}

/** Runs `npm run cli -- <args>` as the operator would, from the sources. */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const child = spawnTs('apps/cli/src/main.ts', args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = await exitOf(child);
  return { ...exit, stdout, stderr };
}

/** Polls `read` until `done` holds; throws (with `describe()` for the diagnosis) after the timeout. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, describe = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
