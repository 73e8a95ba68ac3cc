import { mintToken } from '#platform';
import { TEST_SECRET } from '../../support/api-harness.js';
import type { RoleName } from '../../support/journey.js';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: any;
}

/** What a request ended in: an answer, or nothing (the connection died: the client cannot know what happened). */
export type Outcome = { answered: true; answer: Answer } | { answered: false; error: string };

const tokens = new Map<string, string>();

/** A token for `role` whose subject (the idempotency caller id) is `sub`; cached, valid for two hours. */
export function tokenFor(role: RoleName, sub = `${role}-1`): string {
  const cacheKey = `${role}/${sub}`;
  let token = tokens.get(cacheKey);
  if (!token) {
    token = mintToken(TEST_SECRET, { sub, name: sub, roles: [role], orgUnit: 'hz-city', orgLevel: 'city' }, '2h');
    tokens.set(cacheKey, token);
  }
  return token;
}

/** Plain fetch against a server URL: no retries, no redirects, a timeout so a hung server fails the test. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<Outcome> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/json';
  }
  try {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    const text = await res.text();
    let body: unknown = text;
    if (/json/.test(res.headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { answered: true, answer: { status: res.status, headers: res.headers, body } };
  } catch (error) {
    return { answered: false, error: String((error as Error)?.cause ?? error) };
  }
}

/** Like `call`, but a dead connection is a test failure: for requests made while the server is known to be up. */
export async function mustCall(...args: Parameters<typeof call>): Promise<Answer> {
  const outcome = await call(...args);
  if (!outcome.answered) throw new Error(`${args[1]} ${args[2]}: no answer (${outcome.error})`);
  return outcome.answer;
}
