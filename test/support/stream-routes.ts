import type { Response } from 'supertest';
import type { ApiHarness, TokenOptions } from './api-harness.js';

export type Json = Record<string, unknown>;

/** A rule of a decision provoked on the route's ready subject: bodies sent first to the same route, then the patch. */
export interface RuleScenario {
  before?: Json[];
  patch: Json;
}

/** One command route of a stream (an account's, a complaint's, a claim's), and how to make it succeed or refuse. */
export interface StreamRouteSpec {
  /** The path under the subject's routes (`''` for the route that opens a stream). */
  suffix: string;
  role: string;
  /** The body that succeeds on the ready subject (dated so that each step follows the last). */
  body: Json;
  /** The route whose success makes this one the next valid command; absent: a newly opened subject. */
  after?: string;
  /** The route whose success puts this one out of sequence (409 INVALID_TRANSITION); absent: a newly opened subject. */
  outOfSequenceAfter?: string;
  /** How each 422 rule of its decision is provoked. */
  rules?: Record<string, RuleScenario>;
}

export interface StreamSendOptions {
  body?: Json;
  role?: string;
  token?: string | null;
  tokenOptions?: TokenOptions;
  headers?: Record<string, string>;
}

/** Drives subjects of one kind through the real HTTP routes with the bodies of their route specs. */
export abstract class StreamRouteJourney {
  constructor(
    readonly api: ApiHarness,
    private readonly routes: readonly StreamRouteSpec[],
  ) {}

  /** A new subject on which the routes without `after` are the next valid command. */
  abstract open(): Promise<string>;

  /** Where a body goes, and what is sent, for the subject `id`. */
  protected abstract request(suffix: string, id: string, body: Json): { path: string; body: Json };

  /** The path a command on `suffix` of the subject `id` is posted to. */
  path(suffix: string, id: string): string {
    return this.request(suffix, id, {}).path;
  }

  route(suffix: string): StreamRouteSpec {
    const spec = this.routes.find((r) => r.suffix === suffix);
    if (!spec) throw new Error(`no route '${suffix}'`);
    return spec;
  }

  body(suffix: string, patch: Json = {}): Json {
    return { ...structuredClone(this.route(suffix).body), ...patch };
  }

  send(suffix: string, id: string, options: StreamSendOptions = {}): Promise<Response> {
    const spec = this.route(suffix);
    const token = options.token === undefined ? this.api.token(options.role ?? spec.role, options.tokenOptions) : options.token;
    const { path, body } = this.request(suffix, id, options.body ?? this.body(suffix));
    let req = this.api.http().post(path).set('Content-Type', 'application/json');
    if (token !== null) req = req.set('Authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
    return req.send(JSON.stringify(body));
  }

  async step(suffix: string, id: string, body?: Json): Promise<void> {
    const res = await this.send(suffix, id, body ? { body } : {});
    if (res.status !== 201) throw new Error(`${suffix || 'opening'} on ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** A new subject on which `suffix` has just succeeded, its prerequisites first. */
  async driveThrough(suffix: string): Promise<string> {
    const chain: string[] = [];
    for (let at: string | undefined = suffix; at !== undefined; at = this.route(at).after) chain.unshift(at);
    const id = await this.open();
    for (const step of chain) await this.step(step, id);
    return id;
  }

  /** A new subject on which `suffix` is the next valid command. */
  readyFor(suffix: string): Promise<string> {
    const after = this.route(suffix).after;
    return after !== undefined ? this.driveThrough(after) : this.open();
  }

  /** A new subject on which `suffix` is out of sequence (409 INVALID_TRANSITION). */
  outOfSequenceFor(suffix: string): Promise<string> {
    const after = this.route(suffix).outOfSequenceAfter;
    return after !== undefined ? this.driveThrough(after) : this.open();
  }
}
