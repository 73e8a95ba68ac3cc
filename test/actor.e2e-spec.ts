import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem, forgeToken, validClaims } from './support/problems.js';

/** SPEC §4: every command names its actor from the authenticated identity, never from the body. */
describe('the actor comes from the token', () => {
  let api: ApiHarness;
  let journey: Journey;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(() => api.close());

  it("records the token's sub, name, role and orgUnit on the event", async () => {
    const projectId = await journey.apply();
    const tokenOptions = { sub: 'u-surveyor-42', name: '李工', orgUnit: 'hz-xihu-station', orgLevel: 'station' as const };
    await journey.step('recordSiteSurvey', projectId, { tokenOptions });
    const [accepted, surveyed] = await journey.events(projectId);
    expect(surveyed!.actor).toEqual({ id: 'u-surveyor-42', name: '李工', role: 'surveyor', orgUnit: 'hz-xihu-station' });
    expect(accepted!.actor).toEqual({ id: 'clerk-1', name: 'clerk 1', role: 'clerk', orgUnit: 'hz-city' });
  });

  it('records the role the route let the caller act in, whatever order its token lists its roles', async () => {
    const projectId = await journey.apply();
    const token = forgeToken(validClaims({ sub: 'u-multi', name: '多角色', roles: ['inspector', 'admin', 'surveyor'] }));
    await journey.step('recordSiteSurvey', projectId, { token });
    await journey.step('cancelProject', projectId, { token });
    const [, surveyed, cancelled] = await journey.events(projectId);
    expect(surveyed!.actor.role).toBe('surveyor');
    // No listed role of the cancellation route (clerk): the caller acts as admin.
    expect(cancelled!.actor.role).toBe('admin');
  });

  it.each([
    ['actor', { id: 'boss', name: '冒名', role: 'admin', orgUnit: 'hz-city' }],
    ['actorId', 'boss'],
    ['recordedAt', '2025-01-01T00:00:00+08:00'],
    ['version', 7],
    ['metadata', { actor: { id: 'boss' } }],
  ])('refuses a body field %s (400 naming it) and writes nothing', async (field, value) => {
    const projectId = await journey.apply();
    const res = await journey.send('recordSiteSurvey', projectId, { body: { ...journey.body('recordSiteSurvey'), [field]: value } });
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ field, message: expect.any(String) }]);
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('refuses an actor smuggled into a nested object', async () => {
    const projectId = await journey.driveTo('reviewDesign');
    const contractor = { ...(journey.body('startConstruction').contractor as object), actor: { id: 'boss' } };
    const res = await journey.send('startConstruction', projectId, { body: { ...journey.body('startConstruction'), contractor } });
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ field: 'contractor.actor', message: expect.any(String) }]);
  });

  it('records only the identity of the token even when X-headers claim otherwise', async () => {
    const projectId = await journey.apply();
    await journey.step('recordSiteSurvey', projectId, { headers: { 'X-User-Id': 'boss', 'X-Forwarded-User': 'boss' } });
    const [, surveyed] = await journey.events(projectId);
    expect(surveyed!.actor.id).toBe('surveyor-1');
  });
});
