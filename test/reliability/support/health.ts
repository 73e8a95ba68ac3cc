import { mustCall } from './http-client.js';

/** Polls /api/health until every projection has applied `position`; throws with the last answer after the timeout. */
export async function waitForProjections(url: string, position: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const answer = await mustCall(url, 'GET', '/api/health');
    last = answer.body;
    const projections = (answer.body?.projections ?? []) as { position: number }[];
    if (projections.length > 0 && projections.every((p) => p.position >= position)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`projections did not reach ${position} within ${timeoutMs} ms: ${JSON.stringify(last)}`);
}
