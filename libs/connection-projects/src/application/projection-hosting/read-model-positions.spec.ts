import type { EventStore } from '#event-sourcing';
import type { DocumentReader } from '#read-store';
import type { LocalProjections, ProjectionHost } from './projection-host.js';
import { ReadModelPositions } from './read-model-positions.js';

/**
 * Read-your-writes of account reads (SPEC §7.1) on a runner and a manager in this process, both faked: what is waited
 * for, in which order. A client energized a project at position 10; the manager opened its account at 12.
 */
describe('ReadModelPositions.waitForAccounts', () => {
  const waits: string[] = [];
  const local = (manager: { reaches: boolean; appendedThrough: number }): LocalProjections => ({
    positions: () => [{ name: 'project-view', position: 0 }],
    waitFor: async (position) => (waits.push(`projections ${position}`), true),
    supplyAccounts: () => ({ name: 'supply-accounts', position: 10, appendedThrough: manager.appendedThrough, refusals: 0 }),
    waitForSupplyAccounts: async (position) => (waits.push(`supply-accounts ${position}`), manager.reaches),
  });
  const positionsWith = (projections: LocalProjections) =>
    new ReadModelPositions({} as EventStore, {} as DocumentReader, { local: projections } as unknown as ProjectionHost);
  beforeEach(() => waits.splice(0));

  it('waits for the manager to handle N, then for the projections to apply what it wrote', async () => {
    expect(await positionsWith(local({ reaches: true, appendedThrough: 12 })).waitForAccounts(10, 1000)).toBe(true);
    expect(waits).toEqual(['supply-accounts 10', 'projections 12']);
  });

  it('waits for the projections to reach N itself when the manager wrote nothing after it', async () => {
    expect(await positionsWith(local({ reaches: true, appendedThrough: 3 })).waitForAccounts(10, 1000)).toBe(true);
    expect(waits).toEqual(['supply-accounts 10', 'projections 10']);
  });

  it('answers false, without waiting for the projections, when the manager does not reach N in time', async () => {
    expect(await positionsWith(local({ reaches: false, appendedThrough: 0 })).waitForAccounts(10, 1000)).toBe(false);
    expect(waits).toEqual(['supply-accounts 10']);
  });

  it('leaves a plain wait to the projections alone', async () => {
    expect(await positionsWith(local({ reaches: false, appendedThrough: 0 })).waitFor(10, 1000)).toBe(true);
    expect(waits).toEqual(['projections 10']);
  });
});
