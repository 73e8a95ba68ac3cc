import type { ClockDefinition } from './clock-definition.js';
import type { ConnectionPolicy } from './connection-policy.js';
import { CUSTOMER_WAIT, POST_CONNECTION_CHECK, SEED_POLICY } from './seed.policy.js';

const HIGH_VOLTAGE = ['highVoltageSingle', 'highVoltageDual'] as const;

/**
 * SPEC §6 `sgcc-assessment` (国家电网 业扩报装服务时限考核): five high-voltage stages, low voltage measured from application to
 * energization; every clock paused by the customer's waits (§5.1).
 */
const SGCC_ASSESSMENT_CLOCKS: readonly ClockDefinition[] = [
  {
    name: 'connection',
    subject: 'project',
    classes: ['residential', 'lowVoltage'],
    pausedBy: CUSTOMER_WAIT,
    starts: { on: { event: 'ApplicationAccepted' } },
    stops: { next: { event: 'MeterInstalledAndEnergized' } },
    limit: { byClass: { residential: { workingDays: 5 }, lowVoltage: { workingDays: 15 } } },
  },
  {
    name: 'schemeReply',
    subject: 'project',
    classes: HIGH_VOLTAGE,
    pausedBy: CUSTOMER_WAIT,
    starts: { on: { event: 'ApplicationAccepted' } },
    stops: { next: { event: 'SupplySchemeReplied' } },
    limit: { byClass: { highVoltageSingle: { workingDays: 15 }, highVoltageDual: { workingDays: 30 } } },
  },
  {
    name: 'designReview',
    subject: 'project',
    classes: HIGH_VOLTAGE,
    pausedBy: CUSTOMER_WAIT,
    starts: { each: { event: 'DesignSubmitted' } },
    stops: { its: { event: 'DesignReviewed' } },
    limit: { workingDays: 10 },
  },
  {
    name: 'intermediateInspection',
    subject: 'project',
    classes: HIGH_VOLTAGE,
    pausedBy: CUSTOMER_WAIT,
    starts: { each: { event: 'IntermediateInspectionRequested' } },
    stops: { next: { event: 'IntermediateInspectionRecorded' } },
    limit: { workingDays: 5 },
  },
  {
    name: 'completionInspection',
    subject: 'project',
    classes: HIGH_VOLTAGE,
    pausedBy: CUSTOMER_WAIT,
    starts: { each: { event: 'CompletionReported' } },
    stops: { its: { event: 'AcceptanceRecorded' } },
    limit: { workingDays: 5 },
  },
  {
    name: 'energization',
    subject: 'project',
    classes: HIGH_VOLTAGE,
    pausedBy: CUSTOMER_WAIT,
    starts: { laterOf: [{ event: 'AcceptanceRecorded', where: { result: 'passed' } }, { event: 'SupplyContractSigned' }] },
    stops: { next: { event: 'MeterInstalledAndEnergized' } },
    limit: { workingDays: 5 },
  },
  POST_CONNECTION_CHECK,
];

/** SPEC §6: documents, authority and thresholds as `seed`; the State Grid stage clocks; judged when archived. */
export const SGCC_ASSESSMENT_POLICY: ConnectionPolicy = {
  ...SEED_POLICY,
  version: 'sgcc-assessment',
  description: '国家电网业扩报装服务时限考核: five high-voltage stage clocks, low voltage measured end to end, judged at archiving',
  clocks: SGCC_ASSESSMENT_CLOCKS,
  assessment: { exempt: ['postConnectionCheck'] },
};
