import { ApiHarness, TEST_SECRET } from './support/api-harness.js';
import { ALL_ROLES, Journey, ROUTES, type CommandName } from './support/journey.js';
import { expectProblem, forgeToken, validClaims } from './support/problems.js';

const surveyor = (overrides: Record<string, unknown> = {}) =>
  validClaims({ sub: 'surveyor-1', name: 'surveyor 1', roles: ['surveyor'], ...overrides });
const now = () => Math.floor(Date.now() / 1000);

/** API.md Auth: no or bad token is 401; a role the route does not list is 403 FORBIDDEN; admin may call everything. */
const BAD_TOKENS: [string, string | null][] = [
  ['no Authorization header', null],
  ['a Basic credential', 'Basic c3VydmV5b3I6c2VjcmV0'],
  ['Bearer with no token', 'Bearer '],
  ['Bearer with garbage', 'Bearer not-a-jwt'],
  ['a token signed with another secret', `Bearer ${forgeToken(surveyor(), { secret: 'another-secret-0123456789abcdef' })}`],
  ['a token whose payload was changed after signing', `Bearer ${tamperedToken()}`],
  ['an expired token', `Bearer ${forgeToken(surveyor({ iat: now() - 7200, exp: now() - 3600 }))}`],
  ['a token not valid yet (nbf)', `Bearer ${forgeToken(surveyor({ nbf: now() + 3600 }))}`],
  ['alg none', `Bearer ${forgeToken(surveyor(), { alg: 'none' })}`],
  ['alg none with the right signature of HS256', `Bearer ${noneWithSignature()}`],
  ['alg HS512 with the right secret', `Bearer ${forgeToken(surveyor(), { alg: 'HS512' })}`],
  ['alg HS384 with the right secret', `Bearer ${forgeToken(surveyor(), { alg: 'HS384' })}`],
  ['a token without sub', `Bearer ${forgeToken(surveyor({ sub: undefined }))}`],
  ['a token without name', `Bearer ${forgeToken(surveyor({ name: undefined }))}`],
  ['a token without roles', `Bearer ${forgeToken(surveyor({ roles: undefined }))}`],
  ['a token with roles as a string', `Bearer ${forgeToken(surveyor({ roles: 'surveyor' }))}`],
  ['a token with an empty role list', `Bearer ${forgeToken(surveyor({ roles: [] }))}`],
  ['a token with an unknown role', `Bearer ${forgeToken(surveyor({ roles: ['superuser'] }))}`],
  ['a token without orgUnit', `Bearer ${forgeToken(surveyor({ orgUnit: undefined }))}`],
  ['a token without orgLevel', `Bearer ${forgeToken(surveyor({ orgLevel: undefined }))}`],
  ['a token with an unknown orgLevel', `Bearer ${forgeToken(surveyor({ orgLevel: 'province' }))}`],
  ['a customer token without customerId', `Bearer ${forgeToken(surveyor({ roles: ['customer'] }))}`],
  ['a token without an expiry (exp)', `Bearer ${forgeToken(surveyor({ exp: undefined }))}`],
  ['a token with exp as a string', `Bearer ${forgeToken(surveyor({ exp: String(now() + 3600) }))}`],
  ['a token with an empty sub', `Bearer ${forgeToken(surveyor({ sub: '' }))}`],
];

function tamperedToken(): string {
  const [head, , signature] = forgeToken(surveyor()).split('.');
  const payload = Buffer.from(JSON.stringify(surveyor({ roles: ['admin'] }))).toString('base64url');
  return `${head}.${payload}.${signature}`;
}

function noneWithSignature(): string {
  const signature = forgeToken(surveyor()).split('.')[2]!;
  return forgeToken(surveyor(), { alg: 'none', signature });
}

describe('authentication and roles', () => {
  let api: ApiHarness;
  let journey: Journey;
  let surveyed: string;
  const ready = {} as Record<CommandName, string>;

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    const names = ROUTES.map((r) => r.name);
    const projects = await Promise.all(names.map((name) => journey.readyFor(name)));
    names.forEach((name, i) => (ready[name] = projects[i]!));
    surveyed = ready.replySupplyScheme;
  });
  afterAll(() => api.close());

  it('a hand-forged token with the right secret is accepted (so the refusals below are about what they change)', async () => {
    const projectId = await journey.apply();
    const res = await journey.send('recordSiteSurvey', projectId, { token: forgeToken(surveyor(), { secret: TEST_SECRET }) });
    expect(res.status).toBe(201);
  });

  describe.each(BAD_TOKENS)('401 for %s', (_label, authorization) => {
    it('on a command route, writing nothing', async () => {
      const before = await journey.eventCount(surveyed);
      let req = api.http().post(`/api/projects/${surveyed}/site-survey`).set('Content-Type', 'application/json');
      if (authorization !== null) req = req.set('Authorization', authorization);
      const res = await req.send(journey.body('recordSiteSurvey'));
      expectProblem(res, 401, 'UNAUTHORIZED');
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(await journey.eventCount(surveyed)).toBe(before);
    });

    it('on the history route', async () => {
      let req = api.http().get(`/api/projects/${surveyed}/events`);
      if (authorization !== null) req = req.set('Authorization', authorization);
      expectProblem(await req, 401, 'UNAUTHORIZED');
    });
  });

  const forbidden = ROUTES.flatMap((spec) =>
    ALL_ROLES.filter((role) => role !== 'admin' && !spec.roles.includes(role)).map((role) => ({ name: spec.name, role })),
  );

  it.each(forbidden)('403 FORBIDDEN: $role may not call $name', async ({ name, role }) => {
    const projectId = ready[name];
    const tokenOptions = role === 'customer' ? { customerId: 'cust-hz-0001' } : {};
    const res = await journey.send(name, projectId, { role, tokenOptions });
    expectProblem(res, 403, 'FORBIDDEN');
  });

  it('left every project where it was: no forbidden command wrote anything', async () => {
    const counts = await Promise.all(ROUTES.map((r) => journey.eventCount(ready[r.name])));
    // Ready for the n-th main-line command = n - 1 events; a revision follows the reply (3), a cancellation the application (1),
    // an inspection request the construction start (6), a wait the application (1), its end the wait's start (2).
    expect(counts).toEqual([...ROUTES.slice(0, 13).map((_, i) => i), 3, 1, 6, 1, 2]);
  });

  const HISTORY: { path: string; roles: string[] }[] = [
    { path: 'events', roles: ['auditor', 'admin', 'customer'] },
    { path: 'state?version=1', roles: ['auditor', 'admin'] },
    { path: 'integrity', roles: ['auditor', 'admin'] },
  ];
  const historyCases = HISTORY.flatMap(({ path, roles }) =>
    ALL_ROLES.map((role) => ({ path, role, allowed: roles.includes(role) })),
  );

  it.each(historyCases)('GET /api/projects/:id/$path as $role: allowed $allowed', async ({ path, role, allowed }) => {
    const token = api.token(role, role === 'customer' ? { customerId: 'cust-hz-0001' } : {});
    const res = await api.http().get(`/api/projects/${surveyed}/${path}`).set('Authorization', `Bearer ${token}`);
    if (allowed) expect(res.status).toBe(200);
    else expectProblem(res, 403, 'FORBIDDEN');
  });
});
