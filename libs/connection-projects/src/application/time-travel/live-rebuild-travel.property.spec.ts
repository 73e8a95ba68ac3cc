import fc from 'fast-check';
import { InMemoryEventStore } from '#event-sourcing/testing';
import type { StoredEvent } from '#event-sourcing';
import { instantMs } from '../../domain/calendar/index.js';
import { decide, evolve, initialProjectState, PROJECT_EVENT_SCHEMA, projectStreamId, type CustomerClass, type ProjectCommand, type ProjectEvent } from '../../domain/index.js';
import * as c from '../../domain/testing/command.fixtures.js';
import { decisionContext } from '../../domain/testing/context.fixtures.js';
import { evolveProjectView, viewAsOf, type ProjectViewDocument } from '../../projections/project-view/index.js';
import { evolveSlaClocks, type SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { clockEvaluator } from '../../projections/sla-clocks/testing/clock-evaluator.reference.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';
import { GetProjectStateHandler, GetProjectStateQuery } from '../queries/project-state.query.js';

/**
 * Any history the decider accepts, under either policy, with waits on the customer anywhere: the live projection (each
 * event applied to the stored document, which goes through JSON as a read store keeps it, some events delivered twice
 * and skipped by their version), a rebuild (one fold of the whole stream) and time travel at the head give the same
 * document, the same clocks, statuses and pauses; time travel at any `at` gives the clocks the SLA read model gives.
 */
const CLASSES: CustomerClass[] = ['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'];
const auditor: Identity = { id: 'u-9', name: '审计', roles: ['auditor'], orgUnit: 'HZ', orgLevel: 'city' };
const HOUR = 3_600_000;
const START = Date.parse('2025-06-02T09:00:00+08:00');

const commandsFor = (k: CustomerClass): ((id: string) => ProjectCommand)[] => [
  (projectId) => c.recordSiteSurvey({ projectId }),
  (projectId) => c.replySupplyScheme({ projectId }, k),
  (projectId) => c.submitDesign({ projectId }, k),
  (projectId) => c.reviewDesign({ projectId }),
  (projectId) => c.reviewDesign({ projectId, result: 'rejected', opinions: ['补充图纸'] }),
  (projectId) => c.startConstruction({ projectId }),
  (projectId) => c.requestIntermediateInspection({ projectId }),
  (projectId) => c.recordIntermediateInspection({ projectId }),
  (projectId) => c.recordIntermediateInspection({ projectId, result: 'rectificationRequired', defects: ['接地'] }),
  (projectId) => c.reportCompletion({ projectId }, k),
  (projectId) => c.recordAcceptance({ projectId }),
  (projectId) => c.recordAcceptance({ projectId, result: 'failed', defects: ['电缆沟'] }),
  (projectId) => c.signSupplyContract({ projectId }, k),
  (projectId) => c.installMeterAndEnergize({ projectId }),
  (projectId) => c.archiveProject({ projectId }),
  (projectId) => c.recordPostConnectionCheck({ projectId }),
  (projectId) => c.startCustomerWait({ projectId }),
  (projectId) => c.endCustomerWait({ projectId }),
  (projectId) => c.startCustomerWait({ projectId, kind: 'accessSystemDesign' }),
  (projectId) => c.endCustomerWait({ projectId }),
];

/** Runs the choices through the decider; a refused command changes nothing, as a clerk would be told no. */
function historyOf(k: CustomerClass, policyVersion: string, startHours: number, steps: { pick: number; hours: number }[]): ProjectEvent[] {
  const projectId = 'p-prop';
  let at = START + startHours * HOUR;
  const ctx = () => decisionContext({ now: new Date(at).toISOString(), policyVersion });
  let state = initialProjectState;
  const events: ProjectEvent[] = [];
  const run = (command: ProjectCommand): boolean => {
    try {
      for (const event of decide(command, state, ctx())) (events.push(event), (state = evolve(state, event)));
      return true;
    } catch {
      return false; // refused: nothing recorded
    }
  };
  run(c.acceptApplication({ projectId, customerClass: k }));
  const pool = commandsFor(k);
  for (const { pick, hours } of steps) {
    at += hours * HOUR;
    if (pick % 97 === 0 && run(c.cancelProject({ projectId }))) continue; // now and then a cancellation
    // The picked command, else the next one the project accepts now (so histories go somewhere).
    for (let i = 0; i < pool.length && !run(pool[(pick + i) % pool.length]!(projectId)); i++);
  }
  return events;
}

async function stored(events: ProjectEvent[]): Promise<{ store: InMemoryEventStore; all: StoredEvent[] }> {
  const store = new InMemoryEventStore();
  const streamId = projectStreamId('p-prop');
  for (const [i, event] of events.entries()) {
    await store.append({
      streamId,
      expectedVersion: i,
      events: [{
        eventId: `e-${i + 1}`, type: event.type, schemaVersion: PROJECT_EVENT_SCHEMA[event.type], data: event.data,
        metadata: { actor: { id: 'u-1', name: '王芳', role: 'clerk', orgUnit: 'HZ' }, commandId: `c-${i + 1}`, correlationId: `c-${i + 1}`, causationId: null, occurredAt: event.occurredAt },
      }],
    });
  }
  return { store, all: await store.readStream(streamId) };
}

const choices = fc.record({
  k: fc.constantFrom(...CLASSES),
  policyVersion: fc.constantFrom('seed', 'sgcc-assessment'),
  startHours: fc.integer({ min: 0, max: 24 * 400 }),
  steps: fc.array(fc.record({ pick: fc.nat(), hours: fc.integer({ min: 0, max: 24 * 6 }) }), { minLength: 15, maxLength: 60 }),
  duplicates: fc.array(fc.boolean(), { maxLength: 80 }),
  asOfHours: fc.array(fc.integer({ min: -24, max: 24 * 500 }), { minLength: 1, maxLength: 4 }),
});

describe('live projection = rebuild = time travel, for any history (SPEC §5.1, §6)', () => {
  it('gives the same documents, clocks, statuses and pauses', async () => {
    const seen = { events: 0, paused: 0, pausedDays: 0, archived: 0 };
    await fc.assert(
      fc.asyncProperty(choices, async ({ k, policyVersion, startHours, steps, duplicates, asOfHours }) => {
        const events = historyOf(k, policyVersion, startHours, steps);
        const { store, all } = await stored(events);
        seen.events += all.length;

        // Live: applied one by one to the stored (JSON) document; a redelivered event is skipped by its version.
        let live: ProjectViewDocument | null = null;
        for (const [i, event] of all.entries()) {
          for (let n = duplicates[i] ? 2 : 1; n > 0; n--) {
            if (live !== null && live.version >= event.version) continue;
            live = JSON.parse(JSON.stringify(evolveProjectView(live, event))) as ProjectViewDocument;
          }
        }
        const rebuilt = all.reduce<ProjectViewDocument | null>(evolveProjectView, null);
        expect(live).toEqual(JSON.parse(JSON.stringify(rebuilt)));

        const handler = new GetProjectStateHandler(store, new ProjectAccess(store));
        const head = all.at(-1)!.metadata.occurredAt;
        const travelled = await handler.execute(new GetProjectStateQuery('p-prop', { version: all.length }, auditor));
        expect(JSON.parse(JSON.stringify(travelled))).toEqual(JSON.parse(JSON.stringify(viewAsOf(live!, head))));

        // At any `at`: the view's clocks are the SLA read model's, status for status (what the dashboard counts).
        const sla = all.reduce<SlaClocksDocument | null>(evolveSlaClocks, null)!;
        for (const hours of asOfHours) {
          const at = new Date(instantMs(all[0]!.metadata.occurredAt) + hours * HOUR).toISOString();
          if (instantMs(at) < instantMs(all[0]!.metadata.occurredAt)) continue;
          const view = await handler.execute(new GetProjectStateQuery('p-prop', { at }, auditor));
          const evaluate = clockEvaluator(at);
          const fromSla = sla.clocks.flatMap((record) => {
            const seen = evaluate(record);
            return seen ? [[record.name, seen.status, seen.elapsedWorkingDays]] : [];
          });
          expect(view.clocks.map((clock) => [clock.name, clock.status, clock.elapsedWorkingDays])).toEqual(fromSla);
          seen.paused += view.clocks.filter((clock) => clock.status === 'paused').length;
          seen.pausedDays += view.clocks.filter((clock) => clock.pausedDays > 0).length;
        }
        if (live?.assessment) seen.archived++;
      }),
      { numRuns: 150 },
    );
    // Not vacuous: long histories, clocks paused and paused before, projects judged at archiving.
    expect(seen.events).toBeGreaterThan(1500);
    expect(seen.paused).toBeGreaterThan(10);
    expect(seen.pausedDays).toBeGreaterThan(10);
    expect(seen.archived).toBeGreaterThan(0);
  });
});
