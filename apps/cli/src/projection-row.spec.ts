import type { AnyProjection } from '#event-sourcing';
import { managerRow, projectionRow } from './projection-row.js';

describe('projectionRow', () => {
  const projection = { name: 'project-view', version: 2, collection: 'project-view' } as AnyProjection;
  const state = (live: number, version: number, building: number | null = null) => ({
    name: 'project-view', collection: 'project-view', liveGeneration: live, buildingGeneration: building,
    generations: [
      { generation: live, version, checkpoint: 900 },
      ...(building ? [{ generation: building, version: 2, checkpoint: 300 }] : []),
    ],
  });

  // The lag is the events counted after the checkpoint (positions are not event numbers), as the command counted them.
  const lags = (byCheckpoint: Record<number, string>) => (checkpoint: number) => byCheckpoint[checkpoint]!;

  it('shows the live generation, its checkpoint and the events counted after it', () => {
    expect(projectionRow(projection, state(3, 2), lags({ 900: '12' }))).toEqual(['project-view', '3 v2', '900', '12', '-']);
    expect(projectionRow(projection, state(3, 2), lags({ 900: '10000+' }))).toEqual(['project-view', '3 v2', '900', '10000+', '-']);
  });

  it('flags a generation built by another version, and an unfinished rebuild', () => {
    expect(projectionRow(projection, state(1, 1, 2), lags({ 900: '0' }))).toEqual(['project-view', '1 v1 (code is v2: rebuild)', '900', '0', '2 v2 at 300']);
  });

  it('says so when the projection was never run', () => {
    expect(projectionRow(projection, null, lags({ 0: '42' }))).toEqual(['project-view', 'not built yet', '0', '42', '-']);
  });
});

describe('managerRow', () => {
  it('shows a process manager with its checkpoint and lag, and no generation', () =>
    expect(managerRow('supply-accounts', 900, '3')).toEqual(['supply-accounts', '- (process manager)', '900', '3', '-']));
});
