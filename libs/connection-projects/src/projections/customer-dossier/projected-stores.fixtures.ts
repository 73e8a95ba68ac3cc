import { openSqliteEventStore, ProjectionRunner, type Actor } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { accountStreamId, projectStreamId, type AccountEvent, type ProjectEvent } from '../../domain/index.js';
import { accountViewProjection } from '../account-view/account-view.projection.js';
import { storedAccountHistory } from '../account-view/stored-account-events.fixtures.js';
import { auditTrailProjection } from '../audit-trail/audit-trail.projection.js';
import { customerDossierProjection } from './customer-dossier.projection.js';
import { newEvents } from './stored-event.fixtures.js';

export interface FixtureProject {
  projectId: string;
  events: ProjectEvent[];
  actor?: Actor;
}

export interface FixtureAccount {
  accountId: string;
  events: AccountEvent[];
}

/**
 * For query specs: the projects, then the accounts, appended (in the order given) to a real in-memory SQLite event
 * store, and the dossier, audit-trail and account-view projections run over it by the real runner into an in-memory
 * SQLite read store.
 */
export async function projectedStores(projects: FixtureProject[], accounts: FixtureAccount[] = []): Promise<{ reads: ReadStore; close: () => Promise<void> }> {
  const events = await openSqliteEventStore({ file: ':memory:' });
  const reads = await openSqliteReadStore({ file: ':memory:' });
  for (const { projectId, events: history, actor } of projects) {
    await events.append({ streamId: projectStreamId(projectId), expectedVersion: 0, events: newEvents(history, projectId, actor) });
  }
  for (const { accountId, events: history } of accounts) {
    const news = storedAccountHistory(history, accountId).map(({ eventId, type, schemaVersion, data, metadata: { recordedAt: _, ...metadata } }) => ({ eventId, type, schemaVersion, data, metadata }));
    await events.append({ streamId: accountStreamId(accountId), expectedVersion: 0, events: news });
  }
  const runner = new ProjectionRunner({
    eventStore: events,
    readStore: reads,
    projections: [customerDossierProjection, auditTrailProjection, accountViewProjection],
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
