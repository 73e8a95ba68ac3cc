import type { AnyProjection } from '#event-sourcing';
import type { ProjectionState } from '#read-store';

/** One row of the `projections` table. */
/** `lagAfter(checkpoint)`: the events after it, as the table shows them (`10000+` past the count's cap). */
export function projectionRow(projection: AnyProjection, state: ProjectionState | null, lagAfter: (checkpoint: number) => string): string[] {
  if (!state) return [projection.name, 'not built yet', '0', lagAfter(0), '-'];
  const live = state.generations.find((g) => g.generation === state.liveGeneration)!;
  const building = state.generations.find((g) => g.generation === state.buildingGeneration);
  const version = live.version === projection.version ? `v${live.version}` : `v${live.version} (code is v${projection.version}: rebuild)`;
  return [
    projection.name,
    `${live.generation} ${version}`,
    String(live.checkpoint),
    lagAfter(live.checkpoint),
    building ? `${building.generation} v${building.version} at ${building.checkpoint}` : '-',
  ];
}

/** A process manager's row: it reads the log like a projection but has no generation and is never rebuilt. */
export const managerRow = (name: string, checkpoint: number, lag: string): string[] => [name, '- (process manager)', String(checkpoint), lag, '-'];
