import { PROJECT_EVENT_TYPES, projectStreamId, type ProjectEvent } from '../project.events.js';
import { PROJECT_EVENT_SCHEMA } from '../project.event-schema.js';
import { evolve, foldProject } from '../project.evolve.js';
import { PROJECT_STEPS, initialProjectState, stepOf } from '../project.state.js';
import {
  acceptanceRecorded,
  designReviewed,
  postConnectionCheckRecorded,
  projectHistory,
  supplySchemeRevised,
  intermediateInspectionRecorded,
} from '../testing/project.specification.js';

describe('stepOf: the step an event moves the project to', () => {
  it.each([
    ['ApplicationAccepted', 'applicationAccepted'],
    ['SiteSurveyed', 'siteSurveyed'],
    ['SupplySchemeReplied', 'schemeReplied'],
    ['DesignSubmitted', 'designSubmitted'],
    ['DesignReviewed', 'designApproved'],
    ['ConstructionStarted', 'constructionStarted'],
    ['IntermediateInspectionRecorded', 'inspectionRecorded'],
    ['CompletionReported', 'completionReported'],
    ['AcceptanceRecorded', 'acceptancePassed'],
    ['SupplyContractSigned', 'contractSigned'],
    ['MeterInstalledAndEnergized', 'energized'],
    ['ProjectArchived', 'archived'],
    ['ProjectCancelled', 'cancelled'],
  ])('%s → %s', (type, step) => expect(stepOf(type, 'none')).toBe(step));

  it('reads the result of reviews and acceptances', () => {
    expect(stepOf(designReviewed({ result: 'rejected', opinions: ['x'] }))).toBe('designRejected');
    expect(stepOf(acceptanceRecorded({ result: 'failed', defects: ['x'] }))).toBe('acceptanceFailed');
  });

  it('keeps the step for the post-connection check, a scheme revision and unknown types', () => {
    expect(stepOf(postConnectionCheckRecorded(), 'archived')).toBe('archived');
    expect(stepOf(supplySchemeRevised(), 'designSubmitted')).toBe('designSubmitted');
    expect(stepOf('SomethingNew', 'energized')).toBe('energized');
  });

  it('maps every event type to a known step', () =>
    PROJECT_EVENT_TYPES.forEach((type) => expect(PROJECT_STEPS).toContain(stepOf(type, 'none'))));
});

describe('folding a project', () => {
  it('gathers the facts of a complete high-voltage history', () => {
    const state = foldProject(projectHistory('highVoltageDual', 'archived'));
    expect(state).toMatchObject({
      step: 'archived',
      eventCount: 12,
      customerClass: 'highVoltageDual',
      policyVersion: 'seed',
      siteSurveys: 1,
      scheme: { supplyMode: 'dual', approvedCapacity: { value: 2000, unit: 'kVA' } },
      designRounds: 1,
      designApproved: true,
      designPendingReview: false,
      constructionStarted: true,
      inspections: [{ round: 1, result: 'passed' }],
      acceptancePassed: true,
      contract: { contractType: 'highVoltage' },
      energized: true,
      archived: true,
      lastOccurredAt: '2025-03-03T12:00:00.000Z',
    });
  });

  it('keeps the latest business time even when a history goes back in time', () => {
    const [first, second] = projectHistory('lowVoltage', 'siteSurveyed');
    const state = foldProject([{ ...second!, occurredAt: '2025-03-05T00:00:00+08:00' }, first!]);
    expect(state.lastOccurredAt).toBe('2025-03-04T16:00:00.000Z');
  });

  it('tracks an open rectification as the latest inspection', () => {
    const state = foldProject([
      ...projectHistory('highVoltageSingle', 'inspectionRecorded'),
      intermediateInspectionRecorded({ round: 2, result: 'rectificationRequired', defects: ['x'] }),
    ]);
    expect(state.inspections.map((i) => i.result)).toEqual(['passed', 'rectificationRequired']);
  });

  it('never throws on odd histories (tolerant reader)', () => {
    const odd = [
      { type: 'SomethingNew', data: { x: 1 }, occurredAt: '2025-01-01T00:00:00Z' },
      { type: 'DesignReviewed', occurredAt: 'not a time' },
      null,
    ] as unknown as ProjectEvent[];
    const state = foldProject(odd);
    expect(state.eventCount).toBe(2);
    expect(state.lastOccurredAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('does not mutate the state it folds from', () => {
    const before = foldProject(projectHistory('lowVoltage', 'schemeReplied'));
    const snapshot = structuredClone(before);
    evolve(before, projectHistory('lowVoltage', 'designSubmitted').at(-1)!);
    expect(before).toEqual(snapshot);
    expect(initialProjectState.eventCount).toBe(0);
  });
});

describe('event envelope constants', () => {
  it('names streams project-<id>', () => expect(projectStreamId('abc')).toBe('project-abc'));
  it('writes every event type at schema version 1 (no stored shape has changed yet)', () =>
    expect(new Set(Object.values(PROJECT_EVENT_SCHEMA))).toEqual(new Set([1])));
  it('has a schema version for each of the eighteen event types', () =>
    expect(Object.keys(PROJECT_EVENT_SCHEMA).sort()).toEqual([...PROJECT_EVENT_TYPES].sort()));
  it('lists eighteen event types', () => expect(new Set(PROJECT_EVENT_TYPES).size).toBe(18));
});
