import type { TokenStore } from './auth.js';

/** A refused or failed call, with what the page needs to explain it (API errors are problem+json). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly detail: string,
  ) {
    super(`${status} ${code ?? ''} ${detail}`.trim());
  }
}

export type Params = Record<string, string | number | boolean | undefined | null>;

/** `path?a=1&b=2` with empty values left out: the API refuses unknown or empty parameters. */
export function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Every data call goes through here: same origin, the Bearer token, JSON in, ApiError out. */
export class Api {
  constructor(
    private readonly tokens: TokenStore,
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
    const token = this.tokens.get();
    let response: Response;
    try {
      response = await this.fetcher(withQuery(path, params), {
        headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK', (error as Error).message);
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const problem = (body ?? {}) as { code?: string; detail?: string; title?: string };
      throw new ApiError(response.status, problem.code, problem.detail ?? problem.title ?? response.statusText);
    }
    return body as T;
  }

  /** Every page of a cursor-paged list (`{ items, nextCursor }`), up to `max` items. */
  async all<T>(path: string, params: Params, { max = 5000, signal }: { max?: number; signal?: AbortSignal } = {}): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await this.get<{ items: T[]; nextCursor?: string | null }>(path, { ...params, cursor }, signal);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && items.length < max);
    return items;
  }
}
