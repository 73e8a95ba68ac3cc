import { CLAIM_EVENT_SCHEMA, claimEventDecoder, decodeClaimEvent, encodeClaimEvent } from '../claim.event-schema.js';
import { CLAIM_EVENT_TYPES } from '../claim.events.js';
import { evolveClaim, foldClaim } from '../claim.evolve.js';
import { initialClaimState } from '../claim.state.js';
import { TELEVISION, claimFiled, damageInvestigated } from '../testing/claim.specification.js';

const recorded = (type: string, data: unknown, schemaVersion = 1) => ({ type, schemaVersion, data, metadata: { occurredAt: '2025-07-02T01:00:00.000Z' } });

describe('decodeClaimEvent: the one way a stored claim event becomes a domain event', () => {
  it('decodes an event stored today with its own business time', () =>
    expect(decodeClaimEvent(recorded('DamageClaimSettled', { claimId: 'c', utilityLiable: false, appliances: [], total: 0 }))).toEqual({
      type: 'DamageClaimSettled',
      data: { claimId: 'c', utilityLiable: false, appliances: [], total: 0 },
      occurredAt: '2025-07-02T01:00:00.000Z',
    }));

  it('leaves out a type it does not know, other aggregates’ included', () => {
    expect(decodeClaimEvent(recorded('DamageClaimWithdrawn', {}))).toBeNull();
    expect(decodeClaimEvent(recorded('ComplaintReceived', {}))).toBeNull();
  });

  it('writes every type at schema version 1 today', () =>
    expect(CLAIM_EVENT_TYPES.map((type) => CLAIM_EVENT_SCHEMA[type])).toEqual(CLAIM_EVENT_TYPES.map(() => 1)));

  it('encodes an accepted event with its type, data and schema version', () =>
    expect(encodeClaimEvent(damageInvestigated())).toEqual({ type: 'DamageInvestigated', schemaVersion: 1, data: damageInvestigated().data }));

  it('upcasts an old shape step by step (a schema where DamageInvestigated v1 had `liable`)', () => {
    const decode = claimEventDecoder(
      { ...CLAIM_EVENT_SCHEMA, DamageInvestigated: 2 },
      { DamageInvestigated: { 1: ({ liable, ...rest }) => ({ ...rest, utilityLiable: liable }) } },
    );
    expect(decode(recorded('DamageInvestigated', { claimId: 'c', liable: true }))?.data).toEqual({ claimId: 'c', utilityLiable: true });
  });
});

describe('evolveClaim: a tolerant reader', () => {
  it('keeps what the settlement is computed from', () =>
    expect(foldClaim([claimFiled(), damageInvestigated()], initialClaimState)).toEqual({
      eventCount: 2,
      claimId: 'clm-0001',
      customerId: 'c-0001',
      accountId: 'acct-p-0001',
      orgUnit: 'HZ-XH-BRANCH',
      step: 'investigated',
      damagedOn: '2025-07-01',
      appliances: [TELEVISION],
      investigation: { utilityLiable: true, appliances: [{ name: '电视机', repairable: false }] },
      lastOccurredAt: damageInvestigated().occurredAt,
    }));

  it('counts an event it does not know without changing anything else', () => {
    const filed = foldClaim([claimFiled()], initialClaimState);
    expect(evolveClaim(filed, { type: 'DamageClaimWithdrawn', data: {}, occurredAt: '2025-07-03T00:00:00.000Z' } as never)).toEqual({
      ...filed,
      eventCount: 2,
      lastOccurredAt: '2025-07-03T00:00:00.000Z',
    });
  });
});
