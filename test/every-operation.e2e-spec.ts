import { readFileSync } from 'node:fs';
import type { Response, Test } from 'supertest';
import { ConcurrencyError, OutcomeUnknownError, StoreUnavailableError, StreamDeletedError } from '#event-sourcing';
import { ApiHarness } from './support/api-harness.js';
import { Journey, MAIN_LINE, ROUTES, type CommandName, type SendOptions } from './support/journey.js';
import { AccountJourney, accountRouteOf } from './support/account-routes.js';
import { ClaimJourney, ComplaintJourney, complaintOrClaimRouteOf } from './support/complaint-claim-routes.js';
import type { StreamRouteJourney } from './support/stream-routes.js';
import { OPENAPI_JSON } from './support/openapi-client-types.js';

/**
 * Every operation of the published document, with its success and each refusal the document lists for it: the cases
 * are read from the document (its per-operation `code` enums), so a code added to a decision's declaration or to the
 * HTTP layer's table needs a way to provoke it here, or this suite fails. Each answer is checked against the document
 * by the harness. The scenarios below are per code, and per command only for the rules of decisions.
 */
type Json = Record<string, unknown>;
interface Case {
  method: string;
  path: string;
  status: number;
  code: string | null;
}

const document = JSON.parse(readFileSync(OPENAPI_JSON, 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, Json> }>> };
const codesOf = (response: Json): string[] => {
  const content = response.content as Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> | undefined;
  return content?.['application/problem+json']?.schema?.allOf?.[1]?.properties?.code?.enum ?? [];
};
const CASES: Case[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, operation]) =>
    Object.entries(operation.responses).flatMap(([status, response]): Case[] => {
      const codes = codesOf(response);
      return codes.length ? codes.map((code) => ({ method, path, status: Number(status), code })) : [{ method, path, status: Number(status), code: null }];
    }),
  ),
);

const commandOf = (path: string): CommandName => {
  const route = ROUTES.find((r) => r.path('ID') === path.replace('{id}', 'ID'));
  if (!route) throw new Error(`no command route ${path}`);
  return route.name;
};
const FAR_POSITION = 10 ** 12;

describe('every operation of the published document: its success and each refusal', () => {
  let api: ApiHarness;
  let journey: Journey;
  let accounts: AccountJourney;
  let complaints: ComplaintJourney;
  let claims: ClaimJourney;
  let energized: string;
  let account: string;
  let complaint: string;
  let claim: string;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    accounts = new AccountJourney(api);
    complaints = new ComplaintJourney(api);
    claims = new ClaimJourney(api);
    energized = await journey.driveTo('installMeterAndEnergize');
    account = await accounts.open();
    // A closed complaint and a settled claim, projected before any query reads them.
    complaint = await complaints.driveThrough('reply');
    claim = await claims.driveThrough('investigation');
    const closed = await complaints.send('closure', complaint);
    const settled = await claims.send('settlement', claim);
    const projected = Math.max(closed.body.position, settled.body.position);
    expect((await api.http().get(`/api/complaints/${complaint}?minPosition=${projected}`).set('Authorization', bearer('admin'))).status).toBe(200);
  });
  afterAll(() => api.close());

  const bearer = (role: string, options = {}) => `Bearer ${api.token(role, options)}`;
  const branch = { orgLevel: 'branch' as const, orgUnit: 'hz-xihu-branch' };
  const future = new Date(Date.now() + 86_400_000).toISOString();

  /** What the scenarios of one command route need: a subject ready for it, and how to send to it. */
  interface Target {
    ready(): Promise<string>;
    send(id: string, options?: SendOptions): Promise<Response>;
    body(patch: Json): Json;
    raw(id: string): Test;
    nowhere: string;
    /** The id a replay with another body goes to (the application creates its subject: another id). */
    replayId(id: string): string;
    /** The decision's own refusals (409, 403, 422 rules), or undefined when the route has no way to provoke `code`. */
    decision(code: string): Promise<Response> | undefined;
  }

  /** The scenario of a command route: the target's ready subject, and what to change to provoke `code`. */
  async function command(path: string, code: string | null): Promise<Response> {
    const target = accountRouteOf(path) ? accountTarget(path) : complaintOrClaimRouteOf(path) ? complaintOrClaimTarget(path) : projectTarget(path);
    const { ready, send, body } = target;
    const failing = async (error: Error) => {
      const id = await ready();
      api.failNext('append', error);
      return send(id);
    };
    switch (code) {
      case null: return send(await ready());
      case 'PAYLOAD_TOO_LARGE': return send(await ready(), { body: body({ notes: 'x'.repeat(1_100_000) }) });
      case 'UNSUPPORTED_MEDIA_TYPE': return target.raw(await ready()).set('Content-Type', 'text/plain').send('{}');
      case 'UNAUTHORIZED': return send(await ready(), { token: null });
      case 'FORBIDDEN': return send(await ready(), { role: 'viewer' });
      case 'VALIDATION_FAILED': return send(await ready(), { body: body({ unknownField: 1 }) });
      case 'URI_TOO_LONG': return send('p'.repeat(1500));
      case 'NOT_FOUND': return send(target.nowhere);
      case 'PRECONDITION_FAILED': return send(await ready(), { headers: { 'If-Match': '"999"' } });
      case 'CONCURRENCY_CONFLICT': return failing(new ConcurrencyError('project-x', 0, 1_000_000));
      case 'STREAM_DELETED': return failing(new StreamDeletedError('project-x'));
      case 'STORE_UNAVAILABLE': return failing(new StoreUnavailableError('the event store is down'));
      case 'OUTCOME_UNKNOWN': return failing(new OutcomeUnknownError('no answer after the append was sent'));
      case 'IDEMPOTENCY_KEY_REUSED': {
        const id = await ready();
        const key = { 'Idempotency-Key': `k-${id}` };
        expect((await send(id, { headers: key })).status).toBe(201);
        return send(target.replayId(id), { headers: key, body: body({ occurredAt: new Date(Date.now() - 1000).toISOString() }) });
      }
      case 'OCCURRED_AT_INVALID': return send(await ready(), { body: body({ occurredAt: future }) });
      default: {
        const answer = target.decision(code);
        if (!answer) throw new Error(`no scenario provokes ${code} on POST ${path}`);
        return answer;
      }
    }
  }

  function projectTarget(path: string): Target {
    const name = commandOf(path);
    const at = (id: string) => ROUTES.find((r) => r.name === name)!.path(id);
    const send = (id: string, options: SendOptions = {}) => journey.send(name, id, options);
    const body = (patch: Json) => ({ ...journey.body(name), ...patch, ...(name === 'acceptApplication' ? { projectId: `prj-${Date.now()}-${Math.random()}` } : {}) });
    const ready = () => journey.readyFor(name);
    return {
      ready,
      send,
      body,
      raw: (id) => api.http().post(at(id)).set('Authorization', bearer(ROUTES.find((r) => r.name === name)!.roles[0]!)),
      nowhere: 'prj-nowhere',
      replayId: (id) => (name === 'acceptApplication' ? `prj-other-${id}` : id),
      decision: (code) => projectDecision(name, code, send, body, ready),
    };
  }

  function projectDecision(name: CommandName, code: string, send: Target['send'], body: Target['body'], ready: () => Promise<string>): Promise<Response> | undefined {
    switch (code) {
      case 'PROJECT_CLOSED': return (async () => {
        const cancelled = await journey.cancelled();
        return send(cancelled, name === 'acceptApplication' ? { body: { ...journey.body(name), projectId: cancelled } } : {});
      })();
      case 'INVALID_TRANSITION': return (async () => {
        const applied = await journey.apply();
        if (name === 'acceptApplication') return send(applied, { body: { ...journey.body(name), projectId: applied } });
        if (name === 'recordSiteSurvey' || name === 'cancelProject' || name === 'startCustomerWait') return send(energized);
        return send(applied);
      })();
      case 'AUTHORITY_INSUFFICIENT': return (async () => send(await ready(), { tokenOptions: branch }))();
      case 'DOCUMENTS_MISSING': return (async () => send(await ready(), { body: body({ documents: [] }) }))();
      case 'UNIT_MISMATCH': return (async () => {
        const capacity = name === 'acceptApplication' ? 'requestedCapacity' : 'approvedCapacity';
        return send(await ready(), { body: body({ [capacity]: { value: 2000, unit: 'kW' } }) });
      })();
      case 'ACCOUNT_INVALID': return (async () => send(await ready(), { body: body({ businessType: 'capacityIncrease', accountId: 'acct-nowhere' }) }))();
      case 'DEDICATED_LINE_REQUIRED': return (async () => send(await ready(), { body: body({ approvedCapacity: { value: 3000, unit: 'kVA' } }) }))();
      case 'DUAL_SUPPLY_REQUIRED': return (async () => send(await ready(), { body: body({ supplyMode: 'single', backupSource: undefined }) }))();
      case 'UTILITY_DESIGNATION_FORBIDDEN': return (async () => {
        const party = name === 'submitDesign' ? 'designer' : 'contractor';
        return send(await ready(), { body: body({ [party]: { ...(journey.body(name)[party] as Json), selectedBy: 'utility' } }) });
      })();
      case 'INSPECTION_REQUIRED': return (async () => send(await journey.driveTo('startConstruction')))();
      case 'CONTRACT_REQUIRED': return (async () => send(await journey.driveTo('recordAcceptance')))();
      case 'DOSSIER_INCOMPLETE': return (async () => {
        // A rejected design review without its written opinions, as recorded from paper: only such a history lacks an item.
        const id = await journey.driveTo('submitDesign');
        await api.recordFromPaper(id, 'DesignReviewed', { projectId: id, result: 'rejected', opinions: [], round: 1 });
        for (const step of MAIN_LINE.slice(MAIN_LINE.indexOf('submitDesign'), MAIN_LINE.indexOf('installMeterAndEnergize') + 1)) await journey.step(step, id);
        return send(id);
      })();
      default:
        return undefined;
    }
  }

  /**
   * A route of a stream driven by its journey (an account's, a complaint's, a claim's): a subject made ready by the
   * routes before it, INVALID_TRANSITION after the route that puts it out of sequence, each rule by its patch.
   */
  function streamTarget(journey: StreamRouteJourney, suffix: string, nowhere: string, ownDecision: (code: string) => Promise<Response> | undefined = () => undefined): Target {
    const spec = journey.route(suffix);
    const send = (id: string, options: SendOptions = {}) => journey.send(suffix, id, options);
    const body = (patch: Json) => journey.body(suffix, patch);
    const ready = () => journey.readyFor(suffix);
    return {
      ready,
      send,
      body,
      raw: (id) => api.http().post(journey.path(suffix, id)).set('Authorization', bearer(spec.role)),
      nowhere,
      // The opening route of a complaint or claim creates its subject: a replay with another body goes to another id.
      replayId: (id) => (suffix === '' ? `${id}-other` : id),
      decision: (code) => {
        if (code === 'INVALID_TRANSITION') return (async () => send(await journey.outOfSequenceFor(suffix)))();
        const rule = spec.rules?.[code];
        if (!rule) return ownDecision(code);
        return (async () => {
          const id = await ready();
          for (const before of rule.before ?? []) await journey.step(suffix, id, body(before));
          return send(id, { body: body(rule.patch) });
        })();
      },
    };
  }

  /** An account route: a newly opened account (put in the store as the process manager would), driven by its routes. */
  function accountTarget(path: string): Target {
    const { suffix } = accountRouteOf(path)!;
    return streamTarget(accounts, suffix, 'acct-nowhere', (code) =>
      code === 'ACCOUNT_CLOSED' ? (async () => accounts.send(suffix, await accounts.closed()))() : undefined,
    );
  }

  /** A complaint or claim route: a new subject (its accounts in the store), driven by its routes. */
  function complaintOrClaimTarget(path: string): Target {
    const { subject, suffix } = complaintOrClaimRouteOf(path)!;
    return streamTarget(subject === 'complaint' ? complaints : claims, suffix, `${subject}-nowhere`);
  }

  /** The scenario of a query: an allowed caller on the energized project (or an open account, a closed complaint, a settled claim), and what to change to provoke `code`. */
  function query(path: string, code: string | null): Test {
    const customerId = (journey.body('acceptApplication').customer as Json).id as string;
    const subject = path.startsWith('/api/accounts/') ? account : path.startsWith('/api/complaints/') ? complaint : path.startsWith('/api/damage-claims/') ? claim : energized;
    const id = code === 'NOT_FOUND' ? 'prj-nowhere' : code === 'URI_TOO_LONG' ? 'p'.repeat(1500) : subject;
    const url = path.replace('{id}', encodeURIComponent(id)).replace('{customerId}', code === 'NOT_FOUND' ? 'cust-nowhere' : code === 'URI_TOO_LONG' ? id : customerId);
    const params = new URLSearchParams(path.endsWith('/state') ? { version: '1' } : {});
    if (code === 'VALIDATION_FAILED') params.set('unknownParameter', '1');
    if (code === 'READ_MODEL_BEHIND') params.set('minPosition', String(FAR_POSITION));
    if (code === 'STORE_UNAVAILABLE') api.failNext('readStream', new StoreUnavailableError('the event store is down'));
    const req = api.http().get(`${url}${params.size ? `?${params}` : ''}`);
    if (code === 'UNAUTHORIZED') return req;
    if (code !== 'FORBIDDEN') return req.set('Authorization', bearer('admin'));
    // A role the route refuses: every role but the customer may read the policies; the others refuse the surveyor.
    return req.set('Authorization', path === '/api/policies' ? bearer('customer', { customerId: customerId }) : bearer('surveyor'));
  }

  const queries = CASES.filter((c) => c.method === 'get' && c.code !== 'READ_MODEL_BEHIND' && c.path !== '/api/health');
  const commands = CASES.filter((c) => c.method === 'post');

  it.each(commands.map((c) => [c.path, c.status, c.code ?? '', c] as const))('POST %s → %i %s', async (_p, _s, _c, c) => {
    const res = await command(c.path, c.code);
    expect(`${res.status} ${res.body?.code ?? ''}`.trim()).toBe(`${c.status} ${c.code ?? ''}`.trim());
  });

  it.each(queries.map((c) => [c.path, c.status, c.code ?? '', c] as const))('GET %s → %i %s', async (_p, _s, _c, c) => {
    const res = await query(c.path, c.code);
    expect(`${res.status} ${res.body?.code ?? ''}`.trim()).toBe(`${c.status} ${c.code ?? ''}`.trim());
  });

  it('GET of every query → 503 READ_MODEL_BEHIND while the read models lag (all at once: each waits 5 s)', async () => {
    const lagging = CASES.filter((c) => c.code === 'READ_MODEL_BEHIND');
    expect(lagging.length).toBeGreaterThan(0);
    const answers = await Promise.all(lagging.map((c) => query(c.path, c.code)));
    expect(answers.map((res) => `${res.status} ${res.body.code}`)).toEqual(lagging.map(() => '503 READ_MODEL_BEHIND'));
  });

  it('GET /api/health → 200, and 503 while the event store is down', async () => {
    expect((await api.http().get('/api/health')).status).toBe(200);
    api.failNext('ping', new StoreUnavailableError('the event store is down'));
    expect((await api.http().get('/api/health')).body).toMatchObject({ status: 'unavailable', eventStore: 'down' });
  });

  it('covers every answer the document lists', () => {
    expect(CASES.length).toBe(commands.length + queries.length + CASES.filter((c) => c.code === 'READ_MODEL_BEHIND').length + 2);
  });
});
