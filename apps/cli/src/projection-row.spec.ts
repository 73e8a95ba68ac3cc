import type { AnyProjection } from '#event-sourcing';
import { projectionRow } from './projection-row.js';

describe('projectionRow', () => {
  const projection = { name: 'project-view', version: 2, collection: 'project-view' } as AnyProjection;
  const state = (live: number, version: number, building: number | null = null) => ({
    name: 'project-view', collection: 'project-view', liveGeneration: live, buildingGeneration: building,
    generations: [
      { generation: live, version, checkpoint: 900 },
      ...(building ? [{ generation: building, version: 2, checkpoint: 300 }] : []),
    ],
  });

  it('shows the live generation, its checkpoint and the lag behind the head', () => {
    expect(projectionRow(projection, state(3, 2), 1000)).toEqual(['project-view', '3 v2', '900', '100', '-']);
  });

  it('flags a generation built by another version, and an unfinished rebuild', () => {
    expect(projectionRow(projection, state(1, 1, 2), 900)).toEqual(['project-view', '1 v1 (code is v2: rebuild)', '900', '0', '2 v2 at 300']);
  });

  it('says so when the projection was never run', () => {
    expect(projectionRow(projection, null, 42)).toEqual(['project-view', 'not built yet', '0', '42', '-']);
  });
});
