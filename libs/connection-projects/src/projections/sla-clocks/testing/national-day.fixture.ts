import { openSqliteEventStore, ProjectionRunner, type EventStore, type StoredEvent } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { projectStreamId, type CustomerClass, type ProjectEvent } from '../../../domain/index.js';
import * as e from '../../../domain/testing/index.js';
import { slaClocksProjection } from '../sla-clocks.projection.js';

/**
 * Six projects around the 2025 National Day holiday (Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked), for the SLA
 * dashboard specs. Times are Shanghai wall-clock. Working days nearby: Sep 22–26, Sun 28, 29, 30 | Oct 9, 10,
 * Sat 11, 13, 14 … (Sat Sep 27, Oct 1–8 and Sun Oct 12 are off).
 *
 * | project | class, org unit | history |
 * |---|---|---|
 * | sla-p1 | residential, Xihu | applied Tue 09-30 10:00; scheme replied 10-14 09:00 (deadline: 5 calendar days, Oct 5, beats 3 working days, Oct 11) |
 * | sla-p2 | residential, Xihu | applied Fri 09-26; replied 09-29; acceptance 09-30 11:00; contract; energized on the worked Sat 10-11 10:00 |
 * | sla-p3 | residential, Yuhang | applied Thu 09-25; replied 09-29 17:00; acceptance 09-30 09:00; contract; energized Mon 10-13 09:00 |
 * | sla-p4 | lowVoltage, Yuhang | applied 09-22; replied 09-24; design 1 09-25, rejected 10-09; design 2 10-10 |
 * | sla-p5 | highVoltageSingle, Xihu | applied 09-01; replied 09-12; design 09-15, approved 09-19; … acceptance 09-29; contract 09-30 10:00 |
 * | sla-p6 | lowVoltage, Yuhang | applied 09-22 10:00; cancelled 10-09 10:00 without a reply |
 */
export const XIHU = 'HZ-XH-BRANCH';
export const YUHANG = 'HZ-YH-BRANCH';

/** Tue Sep 30, evening before the holiday. */
export const BEFORE_HOLIDAY = '2025-09-30T18:00:00+08:00';
/** Thu Oct 9, first working morning after the holiday, before that day's 10:00 events. */
export const AFTER_HOLIDAY = '2025-10-09T09:00:00+08:00';
/** Mon Oct 13, noon: the main "now" of the specs. */
export const MONDAY_NOON = '2025-10-13T12:00:00+08:00';

export interface FixtureProject {
  projectId: string;
  events: ProjectEvent[];
}

const journey = (projectId: string, forClass: CustomerClass, orgUnit: string, steps: [string, (opts: e.EventFixtureOptions) => ProjectEvent][]): FixtureProject => {
  const events = steps.map(([time, make]) => make({ occurredAt: `2025-${time}:00+08:00`, forClass }));
  const [first, ...rest] = events;
  if (first?.type !== 'ApplicationAccepted') throw new Error(`${projectId} must start with its application`);
  const applied = { ...first, data: { ...first.data, projectId, orgUnit, customer: { ...first.data.customer, id: `c-${projectId}` } } };
  return { projectId, events: [applied, ...rest.map((ev) => ({ ...ev, data: { ...ev.data, projectId } }) as ProjectEvent)] };
};

const applied = (customerClass: CustomerClass) => (o: e.EventFixtureOptions) => e.applicationAccepted({ customerClass }, o);

export const nationalDayProjects: FixtureProject[] = [
  journey('sla-p1', 'residential', XIHU, [
    ['09-30T10:00', applied('residential')],
    ['10-14T09:00', (o) => e.supplySchemeReplied({}, o)],
  ]),
  journey('sla-p2', 'residential', XIHU, [
    ['09-26T09:00', applied('residential')],
    ['09-28T10:00', (o) => e.siteSurveyed({}, o)],
    ['09-29T15:00', (o) => e.supplySchemeReplied({}, o)],
    ['09-30T11:00', (o) => e.acceptanceRecorded({ result: 'passed' }, o)],
    ['09-30T11:30', (o) => e.supplyContractSigned({}, o)],
    ['10-11T10:00', (o) => e.meterInstalledAndEnergized({}, o)],
  ]),
  journey('sla-p3', 'residential', YUHANG, [
    ['09-25T09:00', applied('residential')],
    ['09-29T17:00', (o) => e.supplySchemeReplied({}, o)],
    ['09-30T09:00', (o) => e.acceptanceRecorded({ result: 'passed' }, o)],
    ['09-30T09:30', (o) => e.supplyContractSigned({}, o)],
    ['10-13T09:00', (o) => e.meterInstalledAndEnergized({}, o)],
  ]),
  journey('sla-p4', 'lowVoltage', YUHANG, [
    ['09-22T09:00', applied('lowVoltage')],
    ['09-24T10:00', (o) => e.supplySchemeReplied({}, o)],
    ['09-25T10:00', (o) => e.designSubmitted({ round: 1 }, o)],
    ['10-09T10:00', (o) => e.designReviewed({ round: 1, result: 'rejected', opinions: ['接地设计不满足规范'] }, o)],
    ['10-10T09:00', (o) => e.designSubmitted({ round: 2 }, o)],
  ]),
  journey('sla-p5', 'highVoltageSingle', XIHU, [
    ['09-01T09:00', applied('highVoltageSingle')],
    ['09-12T10:00', (o) => e.supplySchemeReplied({}, o)],
    ['09-15T09:00', (o) => e.designSubmitted({ round: 1 }, o)],
    ['09-19T10:00', (o) => e.designReviewed({ round: 1, result: 'approved', opinions: [] }, o)],
    ['09-22T09:00', (o) => e.constructionStarted({}, o)],
    ['09-24T09:00', (o) => e.intermediateInspectionRecorded({}, o)],
    ['09-26T09:00', (o) => e.completionReported({}, o)],
    ['09-29T10:00', (o) => e.acceptanceRecorded({ result: 'passed' }, o)],
    ['09-30T10:00', (o) => e.supplyContractSigned({}, o)],
  ]),
  journey('sla-p6', 'lowVoltage', YUHANG, [
    ['09-22T10:00', applied('lowVoltage')],
    ['10-09T10:00', (o) => e.projectCancelled({}, o)],
  ]),
];

const actor = { id: 'u-sla', name: '测试员', role: 'clerk', orgUnit: XIHU };

/** The projects' events as the log would hold them: one stream each, positions in the order given. */
export function storedEvents(projects: FixtureProject[] = nationalDayProjects): StoredEvent[] {
  let position = 0;
  return projects.flatMap(({ projectId, events }) =>
    events.map((event, i): StoredEvent => {
      position += 1;
      return {
        eventId: `${projectId}-${i + 1}`,
        type: event.type,
        schemaVersion: 1,
        streamId: projectStreamId(projectId),
        version: i + 1,
        position,
        data: event.data,
        metadata: { actor, commandId: `cmd-${position}`, correlationId: `cmd-${position}`, causationId: null, occurredAt: event.occurredAt, recordedAt: '2025-10-20T00:00:00.000Z' },
        previousHash: '',
        hash: '',
      };
    }),
  );
}

/** Appends the projects through the EventStore port, each event with its business time as `occurredAt`. */
export async function appendProjects(store: EventStore, projects: FixtureProject[] = nationalDayProjects): Promise<void> {
  for (const { projectId, events } of projects) {
    for (const [i, event] of events.entries()) {
      await store.append({
        streamId: projectStreamId(projectId),
        expectedVersion: i,
        events: [{
          eventId: `${projectId}-${i + 1}`,
          type: event.type,
          schemaVersion: 1,
          data: event.data,
          metadata: { actor, commandId: `${projectId}-c${i + 1}`, correlationId: `${projectId}-c${i + 1}`, causationId: null, occurredAt: event.occurredAt },
        }],
      });
    }
  }
}

/**
 * The fixture as the running system would hold it: events appended to a real embedded event store, projected by the
 * real runner into a real embedded read store. Returns the read store once the runner has caught up.
 */
export async function projectNationalDay(): Promise<{ readStore: ReadStore; close: () => Promise<void> }> {
  const eventStore = await openSqliteEventStore({ file: ':memory:' });
  const readStore = await openSqliteReadStore({ file: ':memory:' });
  await appendProjects(eventStore);
  const runner = new ProjectionRunner({ eventStore, readStore, projections: [slaClocksProjection], pollIntervalMs: 5 });
  await runner.start();
  const caughtUp = await runner.waitFor(await eventStore.headPosition(), 5000);
  await runner.stop();
  if (!caughtUp) throw new Error('the sla-clocks projection did not catch up');
  return { readStore, close: async () => void (await Promise.all([eventStore.close(), readStore.close()])) };
}
