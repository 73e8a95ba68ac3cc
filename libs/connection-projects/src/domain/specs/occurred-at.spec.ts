import {
  FIXTURE_NOW,
  acceptApplication,
  actorAt,
  applicationAccepted,
  decisionContext,
  given,
  recordSiteSurvey,
  replySupplyScheme,
  siteSurveyed,
} from '../testing/project.specification.js';

/** SPEC §4: business time is never in the future, never before the previous event; defaulted, it is never refused. */
describe('business time (occurredAt)', () => {
  const previous = applicationAccepted({}, { occurredAt: '2025-03-10T02:00:00.000Z' });

  it('defaults to the server time when that is later than the previous event', () =>
    given(previous).when(recordSiteSurvey()).then([siteSurveyed({}, { occurredAt: FIXTURE_NOW })]));

  it("defaults to the previous event's time when the server clock lags behind it", () =>
    given(previous)
      .when(recordSiteSurvey(), decisionContext({ now: '2025-03-10T01:59:00.000Z' }))
      .then([siteSurveyed({}, { occurredAt: '2025-03-10T02:00:00.000Z' })]));

  it('records a supplied earlier time, normalised to UTC', () =>
    given(previous)
      .when(recordSiteSurvey({ occurredAt: '2025-03-12T09:30:00+08:00' }))
      .then([siteSurveyed({}, { occurredAt: '2025-03-12T01:30:00.000Z' })]));

  it('accepts a time equal to the previous event', () =>
    given(previous)
      .when(recordSiteSurvey({ occurredAt: '2025-03-10T10:00:00+08:00' }))
      .then([siteSurveyed({}, { occurredAt: '2025-03-10T02:00:00.000Z' })]));

  it('accepts a new application dated in the past', () =>
    given()
      .when(acceptApplication({ occurredAt: '2025-01-02T09:00:00+08:00' }))
      .then((events) => expect(events[0]!.occurredAt).toBe('2025-01-02T01:00:00.000Z')));

  it('compares instants, not strings', () =>
    given(applicationAccepted({}, { occurredAt: '2025-03-10T10:00:00+08:00' }))
      .when(recordSiteSurvey({ occurredAt: '2025-03-10T03:00:00Z' }))
      .then([siteSurveyed({}, { occurredAt: '2025-03-10T03:00:00.000Z' })]));

  it('refuses a time before the previous event', () =>
    given(previous)
      .when(recordSiteSurvey({ occurredAt: '2025-03-10T09:59:59+08:00' }))
      .thenThrows('OCCURRED_AT_INVALID', (e) => expect(e.kind).toBe('rule')));

  it('refuses a time in the future', () =>
    given(previous).when(recordSiteSurvey({ occurredAt: '2025-04-01T02:00:01.000Z' })).thenThrows('OCCURRED_AT_INVALID'));

  it('refuses a future time on a new application too', () =>
    given().when(acceptApplication({ occurredAt: '2030-01-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));

  it('refuses a time that is not a time', () =>
    given(previous).when(recordSiteSurvey({ occurredAt: 'yesterday' })).thenThrows('OCCURRED_AT_INVALID'));

  it('is checked last: a rule refusal wins over a bad time', () =>
    given(previous, siteSurveyed())
      .when(replySupplyScheme({ approvedCapacity: { value: 3000, unit: 'kVA' }, occurredAt: '2030-01-01T00:00:00Z' }))
      .thenThrows('DEDICATED_LINE_REQUIRED'));

  it('is checked after authority too', () =>
    given(previous, siteSurveyed())
      .when(replySupplyScheme({ occurredAt: '2030-01-01T00:00:00Z' }), actorAt('station'))
      .thenThrows('AUTHORITY_INSUFFICIENT'));
});
