import type { Test } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { COMMAND_EXAMPLES, Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * "Never a 500 for anything a client sent" (API.md Errors): each hostile request is a 4xx problem, and the project it
 * aims at keeps exactly its events. Two targets: the site survey (flat body) and the application (nested body).
 */
type Request = (ctx: { api: ApiHarness; journey: Journey; projectId: string }) => Test;

const survey = COMMAND_EXAMPLES.recordSiteSurvey;
const application = { ...COMMAND_EXAMPLES.acceptApplication, projectId: 'prj-hostile-new' };

const raw = (contentType: string | null, body?: string): Request =>
  ({ api, projectId }) => {
    let req = api.http().post(`/api/projects/${projectId}/site-survey`).set('Authorization', `Bearer ${api.token('surveyor')}`);
    if (contentType) req = req.set('Content-Type', contentType);
    return body === undefined ? req : req.send(body);
  };
const json = (body: unknown) => raw('application/json', JSON.stringify(body));
const jsonText = (text: string) => raw('application/json', text);
const applying = (body: unknown) => ({ api }: { api: ApiHarness }) =>
  api.http().post('/api/projects').set('Authorization', `Bearer ${api.token('clerk')}`).set('Content-Type', 'application/json').send(JSON.stringify(body));
const surveyWith = (headers: Record<string, string>, path = ''): Request => ({ api, projectId }) => {
  let req = api.http().post(`/api/projects/${projectId}/site-survey${path}`).set('Authorization', `Bearer ${api.token('surveyor')}`);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return req.set('Content-Type', 'application/json').send(JSON.stringify(survey));
};
const surveyAt = (id: string): Request => ({ api }) =>
  api.http().post(`/api/projects/${id}/site-survey`).set('Authorization', `Bearer ${api.token('surveyor')}`).send(survey);
const nest = (depth: number, leaf: unknown = 1): string => '{"x":'.repeat(depth) + JSON.stringify(leaf) + '}'.repeat(depth);

const CASES: [string, number, Request][] = [
  ['malformed JSON', 400, jsonText('{"findings": "a", ')],
  ['trailing garbage after JSON', 400, jsonText(`${JSON.stringify(survey)} x`)],
  ['a JSON body sent as text/plain', 415, raw('text/plain', JSON.stringify(survey))],
  ['a form-encoded body', 415, raw('application/x-www-form-urlencoded', 'findings=a&proposedScheme=b')],
  ['a multipart body', 415, raw('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="findings"\r\n\r\na\r\n--x--')],
  ['an XML body', 415, raw('application/xml', '<survey><findings>a</findings></survey>')],
  ['an empty body declared as JSON', 400, jsonText('')],
  ['no body at all', 400, raw(null)],
  ['JSON null', 400, jsonText('null')],
  ['a JSON string', 400, jsonText('"findings"')],
  ['a JSON number', 400, jsonText('42')],
  ['an array instead of an object', 400, json([survey])],
  ['an empty object', 400, json({})],
  ['__proto__ at the top level', 400, jsonText(`{"findings":"a","proposedScheme":"b","__proto__":{"isAdmin":true}}`)],
  ['__proto__ nested', 400, applying({ ...application, customer: JSON.parse('{"__proto__":{"isAdmin":true}}') })],
  ['__proto__ nested (raw text)', 400, jsonText(`{"findings":"a","proposedScheme":{"__proto__":{"polluted":1}}}`)],
  ['constructor.prototype at the top level', 400, jsonText(`{"findings":"a","proposedScheme":"b","constructor":{"prototype":{"isAdmin":true}}}`)],
  ['constructor.prototype nested', 400, jsonText(`{"findings":{"constructor":{"prototype":{"isAdmin":true}}},"proposedScheme":"b"}`)],
  ['a $where operator key', 400, json({ ...survey, $where: 'sleep(1000)' })],
  ['a $gt operator as a value', 400, json({ ...survey, findings: { $gt: '' } })],
  ['a $gt operator in a nested id', 400, applying({ ...application, customer: { ...application.customer, id: { $gt: '' } } })],
  ['a $ne operator in a list', 400, applying({ ...application, documents: [{ $ne: null }] })],
  ['a body over 1 MiB', 413, json({ ...survey, findings: 'x'.repeat(1024 * 1024 + 10) })],
  ['a body over 1 MiB of multi-byte characters', 413, json({ ...survey, findings: '勘'.repeat(400_000) })],
  ['JSON nested 40 deep', 400, jsonText(`{"findings":"a","proposedScheme":"b","extra":${nest(40)}}`)],
  ['JSON nested 5,000 deep', 400, jsonText(nest(5000))],
  ['arrays nested 100,000 deep', 400, jsonText(`{"findings":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)],
  ['a capacity as a numeric string', 400, applying({ ...application, requestedCapacity: { value: '2000', unit: 'kVA' } })],
  ['a capacity of "NaN"', 400, applying({ ...application, requestedCapacity: { value: 'NaN', unit: 'kVA' } })],
  ['a capacity of "Infinity"', 400, applying({ ...application, requestedCapacity: { value: 'Infinity', unit: 'kVA' } })],
  ['a capacity of 1e400 (Infinity once parsed)', 400, ({ api }) => applying({})({ api }).send(JSON.stringify(application).replace('"value":2000', '"value":1e400'))],
  ['a negative capacity', 400, applying({ ...application, requestedCapacity: { value: -5, unit: 'kVA' } })],
  ['a zero capacity', 400, applying({ ...application, requestedCapacity: { value: 0, unit: 'kVA' } })],
  ['a boolean as a string', 400, applying({ ...application, rented: 'false' })],
  ['a list given as a string', 400, applying({ ...application, documents: 'PROJECT_APPROVAL' })],
  ['an unknown document code', 400, applying({ ...application, documents: [...application.documents, 'DROP TABLE events'] })],
  ['a string over 2,000 characters', 400, json({ ...survey, findings: 'x'.repeat(2001) })],
  ['a nested string over 2,000 characters', 400, applying({ ...application, customer: { ...application.customer, address: '路'.repeat(2001) } })],
  ['a blank string', 400, json({ ...survey, findings: '   ' })],
  ['a NUL character', 400, json({ ...survey, findings: 'a\u0000b' })],
  ['a terminal escape sequence', 400, json({ ...survey, findings: '\u001b[2J\u001b[31mok' })],
  ['a C1 control character', 400, json({ ...survey, proposedScheme: 'a\u0085b' })],
  ['a control character in a nested field', 400, applying({ ...application, customer: { ...application.customer, name: 'a\u0007b' } })],
  ['null for a required field', 400, json({ ...survey, findings: null })],
  ['null for a required nested object', 400, applying({ ...application, customer: null })],
  ['null for an optional field', 400, applying({ ...application, subtype: null })],
  ['an occurredAt without offset', 400, json({ ...survey, occurredAt: '2025-09-28T10:00:00' })],
  ['an occurredAt that is no date', 400, json({ ...survey, occurredAt: '2025-02-30T10:00:00+08:00' })],
  ['an unknown query parameter', 400, surveyWith({}, '?debug=true')],
  ['a query parameter trying an operator', 400, surveyWith({}, '?findings[$ne]=1')],
  ['a path id with ..%2F', 400, surveyAt('..%2F..%2Fhealth')],
  ['a path id of 300 characters', 400, surveyAt('p'.repeat(300))],
  ['a path id with a NUL', 400, surveyAt('prj%00x')],
  ['a path id with broken percent-encoding', 400, surveyAt('prj%E0%A4%A')],
  ['a path id of 5,000 characters (refused by the router)', 414, surveyAt('p'.repeat(5000))],
  ['a path id with unicode', 400, surveyAt(encodeURIComponent('工程-1'))],
  ['If-Match without quotes', 400, surveyWith({ 'If-Match': '1' })],
  ['If-Match as a weak ETag', 400, surveyWith({ 'If-Match': 'W/"1"' })],
  ['If-Match with a negative version', 400, surveyWith({ 'If-Match': '"-1"' })],
  ['If-Match with a huge number', 400, surveyWith({ 'If-Match': '"99999999999999999999"' })],
  ['If-Match with a list', 400, surveyWith({ 'If-Match': '"1", "2"' })],
  ['an empty Idempotency-Key', 400, surveyWith({ 'Idempotency-Key': '' })],
  ['an Idempotency-Key of 201 characters', 400, surveyWith({ 'Idempotency-Key': 'k'.repeat(201) })],
  ['an Idempotency-Key with spaces', 400, surveyWith({ 'Idempotency-Key': 'key with spaces' })],
  ['an X-Correlation-Id with odd characters', 400, surveyWith({ 'X-Correlation-Id': '<script>' })],
];

describe('hostile requests are refused with a 4xx, and nothing is written', () => {
  let api: ApiHarness;
  let journey: Journey;
  let projectId: string;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    projectId = await journey.apply();
  });
  afterAll(() => api.close());

  it.each(CASES)('%s → %i', async (_label, status, send) => {
    const res = await send({ api, journey, projectId });
    expectProblem(res, status);
    if (status === 400) expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('wrote nothing anywhere: the global log holds only the one application', async () => {
    expect(await journey.eventCount('prj-hostile-new')).toBe(0);
    const res = await journey.send('recordSiteSurvey', projectId);
    expect(res.body).toMatchObject({ version: 2, position: 2 });
  });

  it('did not pollute Object.prototype', () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
