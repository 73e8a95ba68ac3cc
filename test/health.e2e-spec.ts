import { ApiHarness } from './support/api-harness.js';

describe('GET /api/health', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api.close());

  it('answers 200 without a token when the event store is up', async () => {
    const res = await api.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', eventStore: 'up' });
  });

  it('publishes the OpenAPI document with every command route', async () => {
    const res = await api.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/projects', '/api/projects/{id}/supply-scheme', '/api/projects/{id}/post-connection-checks']),
    );
  });
});
