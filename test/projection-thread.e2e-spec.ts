import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECTIONS } from '#connection-projects/projections';
import { COMMAND_EXAMPLES } from './support/journey.js';
import { call, tokenFor } from './reliability/support/http-client.js';
import { ServerProcess } from './reliability/support/server-process.js';

/**
 * The embedded default runs the projections on a worker thread of the API process (PROJECTIONS_THREAD): every e2e suite
 * uses it through ApiHarness; this one starts the real server as a child process, as `npm start` does, to see the
 * thread stop with the process (SIGTERM: batch committed, checkpoints saved) and resume after a restart.
 */
/** Tests run silent (NODE_ENV=test); this one reads the shutdown log. */
const LOGGING = { NODE_ENV: 'production', LOG_LEVEL: 'info' };

describe('projections on their own thread (a real server process)', () => {
  let dataDir: string;
  let server: ServerProcess;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'connection-projects-thread-'));
    server = await ServerProcess.start(dataDir, LOGGING);
  }, 60_000);
  afterAll(async () => {
    if (server) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const apply = async (projectId: string) => {
    const outcome = await call(server.url, 'POST', '/api/projects', {
      token: tokenFor('clerk'),
      body: JSON.stringify({ ...COMMAND_EXAMPLES.acceptApplication, projectId }),
    });
    if (!outcome.answered || outcome.answer.status !== 201) throw new Error(`application refused: ${JSON.stringify(outcome)}`);
    return outcome.answer.body as { position: number };
  };
  const view = (projectId: string, minPosition: number) =>
    call(server.url, 'GET', `/api/projects/${projectId}?minPosition=${minPosition}`, { token: tokenFor('auditor') });

  it('reads its own writes: a query with minPosition waits for the thread to project the command', async () => {
    const { position } = await apply('thread-1');
    const outcome = await view('thread-1', position);
    expect(outcome.answered && outcome.answer.status).toBe(200);
    expect(outcome.answered && outcome.answer.body).toMatchObject({ projectId: 'thread-1', version: 1, position });
  });

  it('reports the thread\'s checkpoints in /api/health', async () => {
    const { position } = await apply('thread-2');
    await view('thread-2', position);
    const health = await call(server.url, 'GET', '/api/health');
    const reported = health.answered ? (health.answer.body.projections as { name: string; position: number; lag: number }[]) : [];
    // The supply-accounts process manager, reported beside them, runs on the same thread but is not waited for here.
    const projections = reported.filter((p) => p.name !== 'supply-accounts');
    expect([projections.length, reported.length]).toEqual([PROJECTIONS.length, PROJECTIONS.length + 1]);
    for (const p of projections) expect(p.position).toBeGreaterThanOrEqual(position);
  });

  it('stops cleanly on SIGTERM (checkpoints saved) and resumes from them after a restart', async () => {
    const { position } = await apply('thread-3');
    // Nest runs the shutdown hooks, then re-raises the signal: the thread has committed and said so by then.
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/checkpoints saved: project-view@\d+/);
    server = await ServerProcess.start(dataDir, LOGGING);
    const outcome = await view('thread-3', position);
    expect(outcome.answered && outcome.answer.status).toBe(200);
  }, 60_000);
});
