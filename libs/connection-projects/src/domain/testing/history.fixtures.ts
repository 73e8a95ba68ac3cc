import { isHighVoltage, type CustomerClass } from '../project.enums.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectStep } from '../project.state.js';
import * as e from './event.fixtures.js';
import { FIXTURE_HISTORY_START } from './context.fixtures.js';

type Builder = (occurredAt: string, forClass: CustomerClass) => ProjectEvent;

/** The happy path of SPEC §3 for a class, one builder per step reached. */
const pathOf = (customerClass: CustomerClass): [ProjectStep, Builder][] => {
  const nonResidential = customerClass !== 'residential';
  const o = (occurredAt: string, forClass: CustomerClass) => ({ occurredAt, forClass });
  return [
    ['applicationAccepted', (at, k) => e.applicationAccepted({ customerClass: k }, o(at, k))],
    ['siteSurveyed', (at, k) => e.siteSurveyed({}, o(at, k))],
    ['schemeReplied', (at, k) => e.supplySchemeReplied({}, o(at, k))],
    ...(nonResidential
      ? ([
          ['designSubmitted', (at, k) => e.designSubmitted({}, o(at, k))],
          ['designApproved', (at, k) => e.designReviewed({ result: 'approved' }, o(at, k))],
          ['constructionStarted', (at, k) => e.constructionStarted({}, o(at, k))],
          ...(isHighVoltage(customerClass)
            ? ([['inspectionRecorded', (at, k) => e.intermediateInspectionRecorded({ result: 'passed' }, o(at, k))]] as [ProjectStep, Builder][])
            : []),
          ['completionReported', (at, k) => e.completionReported({}, o(at, k))],
        ] as [ProjectStep, Builder][])
      : []),
    ['acceptancePassed', (at, k) => e.acceptanceRecorded({ result: 'passed' }, o(at, k))],
    ['contractSigned', (at, k) => e.supplyContractSigned({}, o(at, k))],
    ['energized', (at, k) => e.meterInstalledAndEnergized({}, o(at, k))],
    ['archived', (at, k) => e.projectArchived({}, o(at, k))],
  ];
};

const HOUR_MS = 3_600_000;

/**
 * A valid history of a project of `customerClass` up to and including `until`, one event an hour from
 * FIXTURE_HISTORY_START (all before FIXTURE_NOW). Throws for a step the class never passes through.
 */
export const projectHistory = (customerClass: CustomerClass, until: ProjectStep): ProjectEvent[] => {
  const path = pathOf(customerClass);
  const end = path.findIndex(([step]) => step === until);
  if (end < 0) throw new Error(`A ${customerClass} project never reaches step '${until}' on its happy path`);
  const start = Date.parse(FIXTURE_HISTORY_START);
  return path
    .slice(0, end + 1)
    .map(([, build], i) => build(new Date(start + i * HOUR_MS).toISOString(), customerClass));
};

/** Business time of the last event of `projectHistory(customerClass, until)`. */
export const lastOccurredAt = (history: readonly ProjectEvent[]): string | undefined => history.at(-1)?.occurredAt;
