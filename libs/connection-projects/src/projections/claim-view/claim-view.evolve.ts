import type { StoredEvent } from '#event-sourcing';
import { CLAIM_CLOCKS, decodeClaimEvent, prcCalendar, type ClaimEvent } from '../../domain/index.js';
import { advanceClocks, clockInstancesOn, touchesClocks, type ClockRecords } from '../../domain/sla/index.js';
import type { ClaimClockRecord, ClaimViewDocument } from './claim-view.js';

type Doc = ClaimViewDocument;

const CLOCK_RECORDS = clockInstancesOn(prcCalendar) as ClockRecords<ClaimClockRecord>;

/**
 * Folds one stored event into the claim view. Pure and tolerant: an event of a claim whose filing was never seen (or
 * of an unknown type) leaves the view as it is; `doc` is never edited.
 */
export function evolveClaimView(doc: Doc | null, stored: StoredEvent): Doc | null {
  const event = decodeClaimEvent(stored);
  if (!event) return doc;
  const next = event.type === 'DamageClaimFiled' ? filed(event.data, event.occurredAt) : doc && applied(doc, event);
  if (!next) return doc;
  const clockRecords = touchesClocks(CLAIM_CLOCKS, event.type)
    ? advanceClocks(CLAIM_CLOCKS, undefined, { records: next.clockRecords }, event, CLOCK_RECORDS).records
    : next.clockRecords;
  return { ...next, clockRecords, version: stored.version, position: stored.position, updatedAt: stored.metadata.recordedAt };
}

function filed(data: Extract<ClaimEvent, { type: 'DamageClaimFiled' }>['data'], at: string): Doc {
  const { claimId, customerId, accountId, orgUnit, damagedOn, appliances } = data;
  return {
    claimId,
    customerId,
    accountId,
    orgUnit,
    status: 'filed',
    damagedOn,
    filedAt: at,
    appliances: appliances.map((a) => ({ ...a })),
    clockRecords: [],
    version: 0,
    position: 0,
    updatedAt: at,
  };
}

// The investigation's and the settlement's appliances answer the claim's, in the same order (claim.events.ts).
function applied(doc: Doc, e: ClaimEvent): Doc {
  const at = e.occurredAt;
  switch (e.type) {
    case 'DamageInvestigated': {
      const { findings, utilityLiable, appliances } = e.data;
      return {
        ...doc,
        status: 'investigated',
        investigation: { at, findings, utilityLiable },
        appliances: doc.appliances.map((a, i) => {
          const found = appliances[i];
          if (!found) return a;
          return { ...a, repairable: found.repairable, ...(found.repairCost !== undefined ? { repairCost: found.repairCost } : {}) };
        }),
      };
    }
    case 'DamageClaimSettled': {
      const { appliances, total, notes } = e.data;
      return {
        ...doc,
        status: 'settled',
        settledAt: at,
        appliances: doc.appliances.map((a, i) => {
          const { name: _, ...compensation } = appliances[i] ?? { name: a.name };
          return { ...a, ...compensation };
        }),
        total,
        ...(notes !== undefined ? { notes } : {}),
      };
    }
    default:
      return doc;
  }
}
