import { openSqliteEventStore, ProjectionRunner, type Actor } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { projectStreamId, type ProjectEvent } from '../../domain/index.js';
import { auditTrailProjection } from '../audit-trail/audit-trail.projection.js';
import { customerDossierProjection } from './customer-dossier.projection.js';
import { newEvents } from './stored-event.fixtures.js';

export interface FixtureProject {
  projectId: string;
  events: ProjectEvent[];
  actor?: Actor;
}

/**
 * For query specs: the projects appended (in the order given) to a real in-memory SQLite event store, and the dossier
 * and audit-trail projections run over it by the real runner into an in-memory SQLite read store.
 */
export async function projectedStores(projects: FixtureProject[]): Promise<{ reads: ReadStore; close: () => Promise<void> }> {
  const events = await openSqliteEventStore({ file: ':memory:' });
  const reads = await openSqliteReadStore({ file: ':memory:' });
  for (const { projectId, events: history, actor } of projects) {
    await events.append({ streamId: projectStreamId(projectId), expectedVersion: 0, events: newEvents(history, projectId, actor) });
  }
  const runner = new ProjectionRunner({
    eventStore: events,
    readStore: reads,
    projections: [customerDossierProjection, auditTrailProjection],
    batchSize: 7,
    pollIntervalMs: 10,
  });
  await runner.start();
  if (!(await runner.waitFor(await events.headPosition(), 5_000))) throw new Error('projections did not catch up');
  await runner.stop();
  return {
    reads,
    close: async () => {
      await reads.close();
      await events.close();
    },
  };
}
